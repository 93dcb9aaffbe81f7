import DOT
import Foundation
import FoundationXML
import Graphviz
import Testing

@Suite struct ConcurrencyTests {
    @Test func fourThreadsRenderingAtOnceAllSucceed() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, Set<String>).self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var graph = DOTGraph(id: "w\(worker)")
                    for index in 0..<30 { graph.addEdge("w\(worker)n\(index)", "w\(worker)n\((index + 1) % 30)") }
                    var titles = Set<String>()
                    for _ in 0..<5 {
                        let data = try Graphviz.render(graph, layout: .neato, format: .svg).data
                        let document = try XMLDocument(data: data)
                        titles = Set(try document.nodes(forXPath: "//*[local-name()='g'][@class='node']/*[local-name()='title']").compactMap(\.stringValue))
                        #expect(throws: GraphvizError.self) { try Graphviz.parse("digraph { w\(worker) -> }") }
                    }
                    return (worker, titles)
                }
            }
            var collected: [Int: Set<String>] = [:]
            for try await (worker, titles) in group { collected[worker] = titles }
            return collected
        }
        #expect(results.count == 4)
        for (worker, titles) in results {
            #expect(titles == Set((0..<30).map { "w\(worker)n\($0)" }))
        }
    }

    /// 8 threads × 1,000 calls of mixed valid and invalid DOT — 2,000 parses, 2,000 parses of
    /// text with a syntax error, 2,000 canonical forms, 1,000 renders to SVG and 1,000 renders of
    /// text with a syntax error: every call returns its own right result or its own right error.
    @Test func eightThreadsOfMixedCallsEachGetTheirOwnAnswer() async throws {
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var checked = 0
                    for call in 0..<1_000 {
                        let id = "w\(worker)c\(call)"
                        switch call % 4 {
                        case 0:
                            let graph = try Graphviz.parse("digraph { \(id) -> x\(call % 7) }")
                            #expect(graph.nodes.map(\.id) == [id, "x\(call % 7)"])
                        case 1:
                            #expect {
                                try Graphviz.parse("digraph {\n\(id) ->\n -> }")
                            } throws: { error in
                                (error as? GraphvizError).map { if case .syntax(3, _) = $0 { true } else { false } } ?? false
                            }
                        case 2:
                            let canonical = try Graphviz.canonicalForm(of: "graph { \"\(id)\" [label=\"\(call)\"] }")
                            #expect(canonical.nodes[id]?["label"]?.text == String(call))
                        default:
                            if call % 8 == 3 {
                                let svg = String(decoding: try Graphviz.render(dotText: "digraph { \(id) -> y }", format: .svg).data, as: UTF8.self)
                                #expect(svg.contains("<title>\(id)</title>") && svg.contains("<title>\(id)&#45;&gt;y</title>"))
                            } else {
                                #expect {
                                    try Graphviz.render(dotText: "digraph {\n\n\(id) -> }", format: .svg)
                                } throws: { error in
                                    (error as? GraphvizError).map { if case .syntax(3, _) = $0 { true } else { false } } ?? false
                                }
                            }
                        }
                        checked += 1
                    }
                    return checked
                }
            }
            var total = 0
            for try await count in group { total += count }
            return total
        }
        #expect(counts == 8_000)
    }
}
