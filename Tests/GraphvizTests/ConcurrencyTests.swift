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
}
