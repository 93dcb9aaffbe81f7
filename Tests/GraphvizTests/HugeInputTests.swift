import DOT
import Foundation
import Graphviz
import Testing

/// Inputs far larger or deeper than any real diagram get an answer or a clear error, and the
/// process carries on. (A million-node DOT file and its layout are checked by
/// `make hardening`, which also measures the memory they take.)
@Suite struct HugeInputTests {
    @Test(arguments: [5_000, 100_000])
    func deeplyNestedSubgraphsAreASyntaxErrorNamingTheNesting(depth: Int) throws {
        let text = "digraph {\n" + String(repeating: "subgraph {", count: depth) + "a" + String(repeating: "}", count: depth) + "}\n"
        #expect {
            try Graphviz.parse(text)
        } throws: { error in
            guard case let GraphvizError.syntax(line, message) = error else { return false }
            return line == 2 && message.contains("nested more deeply than Graphviz's parser can hold")
        }
        #expect(try Graphviz.parse("digraph { a -> b }").edges.count == 1)
    }

    @Test func nestingGraphvizCanHoldReadsBack() throws {
        let depth = 500
        let text = "digraph {\n" + (0..<depth).map { "subgraph s\($0) {" }.joined() + "a" + String(repeating: "}", count: depth) + "}\n"
        var level = try Graphviz.canonicalForm(of: text).subgraphs
        var seen = 0
        while let (name, subgraph) = level.first {
            #expect(name == "s\(seen)")
            seen += 1
            level = subgraph.subgraphs
        }
        #expect(seen == depth)
    }

    @Test func tenMegabyteLabelRendersWithinLimits() throws {
        var graph = DOTGraph()
        graph.addNode("a", ["label": .text(String(repeating: "Poznań ", count: 10 * 1_048_576 / 8)), "shape": .raw("box")])
        graph.addEdge("a", "b")
        let rendering = try Graphviz.render(graph, format: .dot, limits: RenderLimits(time: .seconds(300), memory: 4 << 30))
        let laidOut = try Graphviz.canonicalForm(of: String(decoding: rendering.data, as: UTF8.self))
        #expect(laidOut.nodes["a"]?["label"]?.text.count == 10 * 1_048_576 / 8 * 7)
        #expect(laidOut.nodes["a"]?["pos"] != nil)
    }
}
