import DOT
import Foundation
import TestFixtures
import Graphviz
import Testing

/// ``Graphviz/layout(_:layout:limits:)`` against the `dot` program's own plain output
/// (`-Tplain`: node centres and sizes in inches) for the same text.
@Suite struct LayoutTests {
    static let text = """
    digraph sample {
      rankdir=LR
      node [shape=box, fixedsize=true, width=1, height=0.5]
      a -> b [label="one"]
      subgraph cluster_pair { label="Pair"; b; c }
      b -> c
      a -> c [dir=both]
      d [shape=ellipse, width=2, height=1, xlabel="outside"]
      c -> d
    }
    """

    /// `node NAME X Y WIDTH HEIGHT …` lines and the `graph SCALE WIDTH HEIGHT` line of `dot -Tplain`.
    static func plain(_ text: String, layout: String) throws -> (nodes: [String: [Double]], size: [Double]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-K\(layout)", "-Tplain"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readAll()
        process.waitUntilExit()
        var nodes: [String: [Double]] = [:], size: [Double] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.first == "graph" { size = fields.dropFirst(2).prefix(2).compactMap { Double($0) } }
            if fields.first == "node", fields.count > 5 { nodes[String(fields[1])] = fields[2...5].compactMap { Double($0) } }
        }
        return (nodes, size)
    }

    @Test(arguments: ["dot", "neato"])
    func nodesSitWhereTheDotProgramPutsThem(_ layout: String) throws {
        let laidOut = try Graphviz.layout(dotText: Self.text, layout: Layout(rawValue: layout))
        let plain = try Self.plain(Self.text, layout: layout)
        #expect(laidOut.nodes.map(\.name) == ["a", "b", "c", "d"])
        for node in laidOut.nodes {
            let expected = try #require(plain.nodes[node.name])
            // Plain output gives inches from the bounding box's lower-left corner.
            #expect(abs(node.center.x - laidOut.boundingBox.minimum.x - expected[0] * 72) < 1, "\(node.name) x")
            #expect(abs(node.center.y - laidOut.boundingBox.minimum.y - expected[1] * 72) < 1, "\(node.name) y")
            #expect(abs(node.width - expected[2] * 72) < 0.5 && abs(node.height - expected[3] * 72) < 0.5, "\(node.name) size")
        }
        #expect(abs(laidOut.boundingBox.width - plain.size[0] * 72) < 1 && abs(laidOut.boundingBox.height - plain.size[1] * 72) < 1)
    }

    /// The box alone is the one the `dot` program gives (`-Tplain`'s width and height) and the
    /// one of the whole layout, in this process and in a child.
    @Test(arguments: ["dot", "neato", "twopi"])
    func boundingBoxAloneIsTheLayoutsBox(_ layout: String) throws {
        let graph = try Graphviz.parse(Self.text)
        let box = try Graphviz.boundingBox(graph, layout: Layout(rawValue: layout))
        #expect(box == (try Graphviz.layout(graph, layout: Layout(rawValue: layout)).boundingBox))
        #expect(box == (try Graphviz.boundingBox(graph, layout: Layout(rawValue: layout), limits: .isolated)))
        let plain = try Self.plain(Self.text, layout: layout)
        #expect(abs(box.width - plain.size[0] * 72) < 1 && abs(box.height - plain.size[1] * 72) < 1)
        #expect(throws: GraphvizError.self) { try Graphviz.boundingBox(graph, layout: "no-such-layout") }
    }

    @Test func edgesRunFromTailToHeadWithTheirArrowsAndLabels() throws {
        let laidOut = try Graphviz.layout(dotText: Self.text, layout: .dot)
        let nodes = Dictionary(uniqueKeysWithValues: laidOut.nodes.map { ($0.name, $0) })
        #expect(laidOut.edges.map { "\($0.tail)->\($0.head)" } == ["a->b", "b->c", "a->c", "c->d"])
        for edge in laidOut.edges {
            let tail = try #require(nodes[edge.tail]), head = try #require(nodes[edge.head])
            let first = try #require(edge.points.first), last = try #require(edge.points.last)
            // A spline starts and ends at its node's border, or an arrow's length (10 points) from it.
            #expect(abs(first.x - tail.center.x) <= tail.width / 2 + 12 && abs(first.y - tail.center.y) <= tail.height / 2 + 12)
            #expect(abs(last.x - head.center.x) <= head.width / 2 + 12 && abs(last.y - head.center.y) <= head.height / 2 + 12)
            #expect(edge.headArrowTip != nil)
            #expect((edge.tailArrowTip != nil) == (edge.tail == "a" && edge.head == "c"))
        }
        #expect(laidOut.edges[0].labelPosition != nil && laidOut.edges[1].labelPosition == nil)
        #expect(nodes["d"]?.externalLabelPosition != nil && nodes["a"]?.externalLabelPosition == nil)
        #expect(laidOut.edges[0].attributes["label"]?.text == "one")
    }

    @Test func clusterFramesHoldTheirNodes() throws {
        let laidOut = try Graphviz.layout(dotText: Self.text, layout: .dot)
        let cluster = try #require(laidOut.clusters.first)
        #expect(laidOut.clusters.count == 1 && cluster.name == "cluster_pair" && cluster.nodes == ["b", "c"])
        #expect(cluster.attributes["label"]?.text == "Pair" && cluster.labelPosition != nil)
        for node in laidOut.nodes where cluster.nodes.contains(node.name) {
            #expect(cluster.bounds.minimum.x <= node.center.x - node.width / 2 && node.center.x + node.width / 2 <= cluster.bounds.maximum.x)
            #expect(cluster.bounds.minimum.y <= node.center.y - node.height / 2 && node.center.y + node.height / 2 <= cluster.bounds.maximum.y)
        }
        let a = try #require(laidOut.nodes.first)
        #expect(!(cluster.bounds.minimum.x...cluster.bounds.maximum.x).contains(a.center.x))
    }

    @Test func aLayoutInAChildProcessGivesTheSamePlacement() throws {
        let here = try Graphviz.layout(dotText: Self.text, layout: .dot)
        let child = try Graphviz.layout(dotText: Self.text, layout: .dot, limits: RenderLimits(time: .seconds(30)))
        #expect(here.nodes.map(\.center) == child.nodes.map(\.center))
        #expect(here.edges.map(\.points) == child.edges.map(\.points))
        #expect(here.clusters.map(\.bounds) == child.clusters.map(\.bounds))
    }

    @Test func errorsAreCaptured() {
        #expect(throws: GraphvizError.self) { try Graphviz.layout(dotText: "digraph { a -> }") }
        do {
            _ = try Graphviz.layout(dotText: Self.text, layout: "nosuchlayout")
            Issue.record("an unknown layout was accepted")
        } catch let error as GraphvizError {
            guard case let .unknownLayout(name, available) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(name == "nosuchlayout" && available.contains("dot"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
