// Fuzzes DOT parsing through cgraph, and our writer on whatever cgraph accepts: a graph that
// parses must write back to text that parses to the same graph. Runs libFuzzer's driver
// (libclang_rt.fuzzer_no_main) from Swift's own entry point; see ../Scripts/fuzz.sh.
import DOT
import Foundation
import Graphviz

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { start, count in
    guard let start else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    guard let graph = try? Graphviz.parse(text), let original = try? Graphviz.canonicalForm(of: text) else { return 0 }
    // cgraph itself renames every ID that starts with "%" (its prefix for anonymous objects)
    // to "%<number>", so such graphs cannot keep their names through any writer.
    if original.nodes.keys.contains(where: { $0.hasPrefix("%") }) { return 0 }
    guard let again = try? Graphviz.canonicalForm(of: graph.dotText), again == original else {
        FileHandle.standardError.write(Data("our writer changed the graph of: \(text.debugDescription)\n".utf8))
        abort()
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, testOneInput))
