// Fuzzes the CSV pair reader (nodes.csv, 0x01, links.csv); see FuzzSupport/DatasetFuzzing.swift and ../Scripts/fuzz.sh.
import FuzzSupport

LibFuzzer.run { start, count in
    if let start { DatasetFuzzing.check(UnsafeBufferPointer(start: start, count: count), fileExtension: "csv") }
    return 0
}
