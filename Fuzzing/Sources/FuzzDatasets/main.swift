// Fuzzes every dataset reader (YAML, JSON and node-link JSON, GraphML, GEXF, DOT, the CSV
// pair): the first byte picks the format, the rest is the file. Runs libFuzzer's driver
// (libclang_rt.fuzzer_no_main) from Swift's own entry point; see ../Scripts/fuzz.sh.
import CooperationGraph
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

enum Fuzzing {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-fuzz-\(getpid())")
    static let extensions = ["yaml", "json", "graphml", "gexf", "dot", "csv"]
}

let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { start, count in
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let format = Fuzzing.extensions[Int(bytes[0]) % Fuzzing.extensions.count]
    let body = Data(bytes.dropFirst())
    try? FileManager.default.createDirectory(at: Fuzzing.folder, withIntermediateDirectories: true)
    let path: String
    if format == "csv" {
        let text = String(decoding: body, as: UTF8.self)
        let parts = text.components(separatedBy: "\u{1}")
        try? Data(("id,kind,name,country,continent\n" + (parts.first ?? "")).utf8).write(to: Fuzzing.folder.appendingPathComponent("nodes.csv"))
        try? Data(("source,target,kind,year\n" + (parts.dropFirst().first ?? "")).utf8).write(to: Fuzzing.folder.appendingPathComponent("links.csv"))
        path = Fuzzing.folder.path
    } else {
        let file = Fuzzing.folder.appendingPathComponent("input.\(format)")
        try? body.write(to: file)
        path = file.path
    }
    let (dataset, diagnostics) = DatasetLoader.check([path])
    if !diagnostics.contains(where: { $0.severity == .error }), let focus = dataset.focus, dataset.contains(focus) {
        _ = try? CooperationStatistics(dataset: dataset)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, testOneInput))
