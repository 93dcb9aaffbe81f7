// Fuzzes DOT parsing through cgraph, and our writer on whatever cgraph accepts: a graph that
// parses must write back to text that parses to the same graph. DOT that parses is also read
// as a dataset. See ../Scripts/fuzz.sh.
import DOT
import FuzzSupport
import Graphviz

LibFuzzer.run { start, count in
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let graph = try? Graphviz.parse(text), let original = try? Graphviz.canonicalForm(of: text) else { return 0 }
    // cgraph itself renames every ID that starts with "%" (its prefix for anonymous objects)
    // to "%<number>", so such graphs cannot keep their names through any writer.
    if original.nodes.keys.contains(where: { $0.utf8.first == UInt8(ascii: "%") }) { return 0 }
    guard let again = try? Graphviz.canonicalForm(of: graph.dotText), again == original else {
        LibFuzzer.fail("our writer changed the graph of: \(text.debugDescription)")
    }
    DatasetFuzzing.check(bytes, fileExtension: "dot")
    return 0
}
