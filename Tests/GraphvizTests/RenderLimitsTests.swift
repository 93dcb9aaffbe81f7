import DOT
import Foundation
import Graphviz
import Testing

/// Renders with ``RenderLimits`` run in a child process: the same bytes and messages as in
/// the calling process, and a clear error, not a hang or a dead process, past a limit.
@Suite struct RenderLimitsTests {
    static let generous = RenderLimits(time: .seconds(120), memory: 2 << 30)

    /// A graph `dot` needs far longer than a second to lay out (20,000 nodes, scattered edges).
    static let slowGraph: String = {
        let count = 20_000
        return "digraph {\n" + (0..<count).map { "n\($0) -> n\(($0 * 7_919 + 13) % count);\n" }.joined() + "}\n"
    }()

    /// A ring of 8,000 nodes: neato's stress model wants a distance matrix of 8,000² entries.
    static let memoryHungryGraph: String = {
        let count = 8_000
        return "graph {\n" + (0..<count).map { "n\($0) -- n\(($0 + 1) % count);\n" }.joined() + "}\n"
    }()

    @Test(arguments: [OutputFormat.svg, .png, .pdf, .dot])
    func limitedRenderGivesTheSameBytesAsAnInProcessOne(format: OutputFormat) throws {
        // Graphviz warns about an unknown colour once for as long as it stays the last one it
        // met, so the colour is new to this call and the child (which cannot tell the parent)
        // renders first.
        let colour = "nonsense\(UUID().uuidString.prefix(8))"
        let text = "digraph { a -> b -> c; subgraph cluster_x { label=\"X\"; c -> d } d -> a [color=\(colour)] }"
        let limited = try Graphviz.render(dotText: text, format: format, limits: Self.generous)
        let inProcess = try Graphviz.render(dotText: text, format: format)
        #expect(!limited.data.isEmpty)
        if format != .pdf {
            // A PDF holds its creation time; the others are byte-identical.
            #expect(limited.data == inProcess.data)
        } else {
            #expect(limited.data.starts(with: Data("%PDF".utf8)))
        }
        #expect(limited.warnings == inProcess.warnings)
        #expect(limited.warnings.contains { $0.contains(colour) })
    }

    @Test func largeOutputComesThroughThePipeWhole() throws {
        var graph = DOTGraph()
        for index in 0..<200 {
            graph.addNode("n\(index)", ["tooltip": .text(String(repeating: "tooltip \(index) ", count: 1_000))])
            graph.addEdge("n\(index)", "n\((index + 1) % 200)")
        }
        let limited = try Graphviz.render(graph, format: .svg, limits: Self.generous)
        let inProcess = try Graphviz.render(graph, format: .svg)
        #expect(limited.data.count > 1_000_000)
        #expect(limited.data == inProcess.data)
    }

    @Test func layoutErrorInTheChildIsTheSameError() {
        let text = "digraph { a [label=<<TABLE></TABLE><B>x</B>>] }"
        var errors: [GraphvizError] = []
        for limits in [RenderLimits.none, Self.generous] {
            do {
                _ = try Graphviz.render(dotText: text, format: .svg, limits: limits)
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
        if case .layoutFailed(engine: "dot", let message)? = errors.first {
            #expect(message.contains("syntax error"))
        } else {
            Issue.record("expected a layout failure, got \(errors)")
        }
    }

    @Test func layoutPastTheTimeLimitIsStoppedAndTheProcessCarriesOn() throws {
        #expect {
            try Graphviz.render(dotText: Self.slowGraph, format: .svg, limits: RenderLimits(time: .seconds(1)))
        } throws: { error in
            guard case let GraphvizError.timeLimitExceeded(engine, limit) = error else { return false }
            return engine == "dot" && limit == .seconds(1) && "\(error)".contains("longer than the 1 s allowed")
        }
        #expect(try Graphviz.render(dotText: "digraph { a -> b }", format: .svg).data.count > 100)
    }

    @Test func layoutPastTheMemoryLimitIsStoppedAndTheProcessCarriesOn() throws {
        #expect {
            try Graphviz.render(dotText: Self.memoryHungryGraph, layout: .neato, format: .svg,
                                limits: RenderLimits(time: .seconds(120), memory: 64 << 20))
        } throws: { error in
            guard case let GraphvizError.memoryLimitExceeded(engine, limit) = error else { return false }
            return engine == "neato" && limit == 64 << 20 && "\(error)".contains("64 MB")
        }
        #expect(try Graphviz.parse("digraph { a -> b }").edges.count == 1)
    }

    @Test func threadsRenderingWithLimitsEachGetTheirOwnDrawing() async throws {
        let titles = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var graph = DOTGraph()
                    for index in 0..<20 { graph.addEdge("w\(worker)n\(index)", "w\(worker)n\((index + 1) % 20)") }
                    var allOwn = true
                    for _ in 0..<10 {
                        let svg = String(decoding: try Graphviz.render(graph, layout: .neato, format: .svg, limits: Self.generous).data, as: UTF8.self)
                        allOwn = allOwn && (0..<20).allSatisfy { svg.contains("<title>w\(worker)n\($0)</title>") }
                            && !svg.contains("<title>w\((worker + 1) % 4)n0</title>")
                    }
                    return (worker, allOwn)
                }
            }
            var collected: [Int: Bool] = [:]
            for try await (worker, allOwn) in group { collected[worker] = allOwn }
            return collected
        }
        #expect(titles == [0: true, 1: true, 2: true, 3: true])
    }
}
