// Fuzzes the JSON dataset readers (ours and node-link); see FuzzSupport/DatasetFuzzing.swift and ../Scripts/fuzz.sh.
import FuzzSupport

LibFuzzer.run { start, count in
    if let start { DatasetFuzzing.check(UnsafeBufferPointer(start: start, count: count), fileExtension: "json") }
    return 0
}
