import TestFixtures
import CooperationCore
import CooperationFormats
@testable import CooperationPresentation
import DOT
import Foundation
import Graphviz
import Testing

/// Edges routed pair by pair among the nodes near them
/// (``Graphviz/Graphviz/renderRoutingLocally(_:layout:requests:limits:)``), against Graphviz
/// routing every edge among every node, on the Poznań `full` view and a generated network of
/// 80 cities: the nodes sit where Graphviz puts them, every edge is drawn, and no more edges
/// run through a node than Graphviz's own routes do.
@Suite struct LocalRoutingTests {
    /// Where every node's first label text is (`x`, `y` of the first `<text>` after its
    /// `class="node …"`, inside its link if it has a tooltip), by the node's title.
    static func labelCentres(_ svg: String) throws -> [String: (Double, Double)] {
        var centres: [String: (Double, Double)] = [:]
        for block in svg.components(separatedBy: "class=\"node").dropFirst() {
            let body = block.components(separatedBy: "class=\"edge").first ?? ""
            guard let title = body.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first,
                  let text = body.components(separatedBy: "<text").dropFirst().first?.components(separatedBy: ">").first else { continue }
            func number(_ name: String) -> Double? {
                text.components(separatedBy: " \(name)=\"").dropFirst().first?.components(separatedBy: "\"").first.flatMap(Double.init)
            }
            guard let x = number("x"), let y = number("y") else { continue }
            centres[title] = (x, y)
        }
        return centres
    }

    static func edgeCount(_ svg: String) -> Int {
        svg.components(separatedBy: "class=\"edge").count - 1
    }

    /// Ours against Graphviz's on `graph`.
    static func compare(_ graph: DOTGraph, layout: String) throws {
        let ours = String(decoding: try DiagramRenderer.render(graph, layout: layout, format: .svg, size: nil), as: UTF8.self)
        let graphviz = String(decoding: try Graphviz.render(graph, layout: Layout(rawValue: layout), format: .svg).data, as: UTF8.self)
        #expect(ours != graphviz, "routed here, not by Graphviz")
        let (mine, theirs) = (try labelCentres(ours), try labelCentres(graphviz))
        #expect(mine.count == theirs.count && mine.count >= DiagramRenderer.localRoutingNodes, "\(mine.count) \(theirs.count)")
        for (title, centre) in theirs {
            let placed = try #require(mine[title], "\(title)")
            #expect(abs(placed.0 - centre.0) < 0.1 && abs(placed.1 - centre.1) < 0.1, "\(title)")
        }
        #expect(edgeCount(ours) == edgeCount(graphviz) && edgeCount(ours) == graph.edges.count)
        let size = DiagramSize.pixels(width: 1920, height: 1080)
        let (measured, reference) = (try DiagramMetrics(svg: ours, size: size), try DiagramMetrics(svg: graphviz, size: size))
        #expect(measured.edgesCrossingNodes <= reference.edgesCrossingNodes, "\(measured.offenders)")
        #expect(measured.labelsCrossingNodes == reference.labelsCrossingNodes)
    }

    @Test func poznanFullViewIsRoutedAsGraphvizRoutesIt() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        try Self.compare(diagram.graph(.full), layout: diagram.layout(for: .full))
    }

    @Test func aGeneratedNetworkIsRoutedAsGraphvizRoutesIt() throws {
        var graph = DOTGraph(id: "generated")
        graph.attributes = ["splines": .raw("true"), "overlap": .raw("false"), "sep": .raw("+6")]
        var random = SplitMix64(seed: 7)
        let shapes = ["ellipse", "box", "hexagon", "note"]
        for index in 0..<80 {
            graph.addNode("city\(index)", ["shape": .raw(shapes[index % shapes.count]), "label": .text("City \(index)")])
        }
        // No two edges join the same two cities: Graphviz 2.43 routes such edges round nodes
        // through code that can write past its buffer, and the reference here is Graphviz's
        // routing in this process (see the test below).
        var joined = Set<[Int]>()
        func join(_ one: Int, _ other: Int) {
            guard one != other, joined.insert([min(one, other), max(one, other)]).inserted else { return }
            graph.addEdge("city\(one)", "city\(other)")
        }
        for index in 1..<80 { join(Int(random.next() % UInt64(index)), index) }
        for _ in 0..<40 { join(Int(random.next() % 80), Int(random.next() % 80)) }
        try Self.compare(graph, layout: "neato")
    }

    /// Edges between the same two nodes are all drawn: side by side when their line is clear,
    /// round the node in between otherwise (routed in a child process, as Graphviz 2.43's
    /// routing of several at once round nodes can write past its buffer).
    @Test func edgesBetweenTheSameNodesAreAllDrawn() throws {
        var graph = DOTGraph(id: "parallel")
        graph.attributes = ["splines": .raw("true")]
        for (name, x) in [("a", 0), ("between", 150), ("b", 300)] { graph.addNode(name, ["pos": .raw("\(x),0!")]) }
        for (name, x) in [("c", 0), ("d", 300)] { graph.addNode(name, ["pos": .raw("\(x),200!")]) }
        for _ in 0..<2 {
            graph.addEdge("a", "b")
            graph.addEdge("c", "d")
        }
        let laidOut = try Graphviz.renderRoutingLocally(graph, layout: .neato, requests: [RenderRequest(.dot)])[0]
        let routed = try Graphviz.layout(dotText: String(decoding: laidOut.data, as: UTF8.self), layout: Layout(rawValue: "nop2"))
        let around = routed.edges.filter { $0.tail == "a" }, straight = routed.edges.filter { $0.tail == "c" }
        #expect(around.count == 2 && straight.count == 2)
        let between = try #require(routed.nodes.first { $0.name == "between" })
        for edge in around {
            // Round the node in between: above or below it all the way past it.
            let past = edge.points.filter { abs($0.x - between.center.x) < between.width / 2 }
            #expect(!past.isEmpty && past.allSatisfy { abs($0.y - between.center.y) >= between.height / 2 }, "\(edge.points)")
        }
        #expect(straight[0].points != straight[1].points, "side by side")
    }

    /// What the router does not handle is drawn by Graphviz as it is.
    @Test func clustersAndDotAreGraphvizsOwn() throws {
        var graph = DOTGraph(id: "clustered")
        graph.attributes = ["splines": .raw("true")]
        for index in 0..<40 { graph.addEdge("n\(index)", "n\((index * 7 + 3) % 40)") }
        var cluster = DOTSubgraph("cluster_a")
        cluster.addNode("n0")
        graph.addSubgraph(cluster)
        var ring = DOTGraph(id: "ring")
        ring.attributes = ["splines": .raw("true")]
        for index in 0..<40 { ring.addEdge("r\(index)", "r\((index + 1) % 40)") }
        for (drawn, layout) in [(graph, Layout.neato), (ring, Layout.dot)] {
            let ours = try Graphviz.renderRoutingLocally(drawn, layout: layout, requests: [RenderRequest(.svg)])[0].data
            #expect(ours == (try Graphviz.render(drawn, layout: layout, format: .svg).data))
        }
    }
}
