// Fuzzes the GraphML dataset reader; see FuzzSupport/DatasetFuzzing.swift and ../Scripts/fuzz.sh.
import FuzzSupport

LibFuzzer.run { start, count in
    if let start { DatasetFuzzing.check(UnsafeBufferPointer(start: start, count: count), fileExtension: "graphml") }
    return 0
}
