import TestFixtures
import CooperationCore
import CooperationFormats
@testable import CooperationPresentation
import DOT
import Foundation
import Graphviz
import Testing

/// The count of edges that run through a node other than their own ends, on small SVGs written
/// by hand (200 × 100 pt fitted into 1920 × 1080 px: 9.6 px a unit, so the 2 px margin is
/// 0.21 units) and on real Graphviz layouts known to cross.
@Suite struct DiagramMetricsTests {
    /// A Graphviz-shaped SVG: node A an ellipse at (20, −50), B a box from 85 to 115 across and
    /// −60 to −40 down, C an ellipse at (180, −50), and `edges` (title, path, arrowhead).
    static func svg(middle: String = #"<polygon fill="none" stroke="black" points="85,-60 115,-60 115,-40 85,-40 85,-60"/>"#,
                    edges: [(String, String, String?)]) -> String {
        func node(_ id: Int, _ name: String, _ shape: String, _ x: Double) -> String {
            """
            <g id="node\(id)" class="node"><title>\(name.lowercased())</title>
            \(shape)
            <text text-anchor="middle" x="\(x)" y="-46" font-family="DejaVu Sans" font-weight="bold" font-size="10.00">\(name)</text>
            </g>
            """
        }
        var text = """
        <svg width="200pt" height="100pt" viewBox="0.00 0.00 200.00 100.00" xmlns="http://www.w3.org/2000/svg">
        <g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(0 100)">
        <polygon fill="white" stroke="transparent" points="0,0 0,-100 200,-100 200,0 0,0"/>
        \(node(1, "A", #"<ellipse fill="none" stroke="black" cx="20" cy="-50" rx="15" ry="10"/>"#, 20))
        \(node(2, "B", middle, 100))
        \(node(3, "C", #"<ellipse fill="none" stroke="black" cx="180" cy="-50" rx="15" ry="10"/>"#, 180))

        """
        for (index, (title, path, arrow)) in edges.enumerated() {
            text += "<g id=\"edge\(index + 1)\" class=\"edge\"><title>\(title)</title>\n<path fill=\"none\" stroke=\"black\" d=\"\(path)\"/>\n"
            if let arrow { text += "<polygon fill=\"black\" stroke=\"black\" points=\"\(arrow)\"/>\n" }
            text += "</g>\n"
        }
        return text + "</g>\n</svg>\n"
    }

    static func metrics(_ svg: String) throws -> DiagramMetrics {
        try DiagramMetrics(svg: svg, size: .slide16x9)
    }

    /// A → C straight through B (a curve whose control points lie on the line), its arrowhead at C.
    @Test func aLineThroughANodeIsOne() throws {
        let metrics = try Self.metrics(Self.svg(edges: [("a&#45;&gt;c", "M35,-50C80,-50 120,-50 155,-50", "155,-53.5 165,-50 155,-46.5 155,-53.5")]))
        #expect(metrics.edgesCrossingNodes == 1)
        #expect(metrics.offenders == ["A → C crosses B"])
        #expect(metrics.problems.contains("1 edges run through another node"))
        #expect(!metrics.passes)
        #expect(metrics.text.contains("edges through a node: 1"))
    }

    /// The same line through B, as a map's line between two places (class `geographic`), is
    /// geography's course and not counted; the map of Poznań runs lines from Poznań over other
    /// places and labels (Bologna's line over Brno's) that the measure would otherwise count.
    @Test func aMapsGeographicLinesAreNotCounted() throws {
        let through = Self.svg(edges: [("a&#45;&gt;c", "M35,-50C80,-50 120,-50 155,-50", nil)])
        let geographic = through.replacingOccurrences(of: #"class="edge""#, with: #"class="edge geographic""#)
        #expect(try Self.metrics(through).edgesCrossingNodes == 1)
        #expect(try Self.metrics(geographic).edgesCrossingNodes == 0)
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let part = try #require(try diagram.parts(.map, size: .slide16x9, onSlide: true).first)
        let svg = String(decoding: try DiagramRenderer.render(part.graph, layout: part.layout, format: .svg, size: .slide16x9), as: UTF8.self)
        let plain = svg.replacingOccurrences(of: #"class="edge geographic""#, with: #"class="edge""#)
        #expect(plain != svg)
        let counted = try DiagramMetrics(svg: plain, size: .slide16x9)
        #expect(counted.edgesCrossingNodes > 0)
        #expect(counted.offenders.contains { $0.hasPrefix("poznan → ") }, "\(counted.offenders)")
        #expect(try DiagramMetrics(svg: svg, size: .slide16x9).edgesCrossingNodes == 0)
    }

    /// A → C arching over B: at x = 85…115 the curve is near y = −83, far above B's top (−60).
    @Test func aCurveGoingRoundANodeIsZero() throws {
        let metrics = try Self.metrics(Self.svg(edges: [("a&#45;&gt;c", "M33,-56C60,-95 140,-95 167,-56", nil)]))
        #expect(metrics.edgesCrossingNodes == 0)
        #expect(metrics.offenders.isEmpty)
    }

    /// A → B drawn from inside A to inside B touches only its own ends.
    @Test func anEdgeInsideItsOwnEndsIsZero() throws {
        let metrics = try Self.metrics(Self.svg(edges: [("a&#45;&gt;b", "M20,-50C40,-50 80,-50 100,-50", "95,-53 105,-50 95,-47 95,-53")]))
        #expect(metrics.edgesCrossingNodes == 0)
    }

    /// A line 0.1 units (1 px) inside B's top grazes it; 2 units (19 px) inside crosses it.
    @Test func aLineGrazingANodeWithinTheMarginIsZero() throws {
        let grazing = try Self.metrics(Self.svg(edges: [("a&#45;&gt;c", "M35,-59.9C80,-59.9 120,-59.9 165,-59.9", nil)]))
        #expect(grazing.edgesCrossingNodes == 0)
        let crossing = try Self.metrics(Self.svg(edges: [("a&#45;&gt;c", "M35,-58C80,-58 120,-58 165,-58", nil)]))
        #expect(crossing.edgesCrossingNodes == 1)
    }

    /// The segment from (100, −76) to (140, −36) cuts the corner of the box round an ellipse
    /// centred at (100, −50) with radii 20 and 10 (at (118, −58)), but its nearest point to the
    /// ellipse is at 1.16 of the radii: it misses the ellipse and crosses a box of that size.
    @Test func anEllipseIsMeasuredAsAnEllipse() throws {
        let edge = [("a&#45;&gt;c", "M100,-76L140,-36", String?.none)]
        let ellipse = #"<ellipse fill="none" stroke="black" cx="100" cy="-50" rx="20" ry="10"/>"#
        #expect(try Self.metrics(Self.svg(middle: ellipse, edges: edge)).edgesCrossingNodes == 0)
        let box = #"<polygon fill="none" stroke="black" points="80,-60 120,-60 120,-40 80,-40 80,-60"/>"#
        #expect(try Self.metrics(Self.svg(middle: box, edges: edge)).edgesCrossingNodes == 1)
    }

    /// An edge's ends are found among the node names even when a name holds the separator.
    @Test func edgeEndsAreSplitBetweenNodeNames() {
        #expect(SVGDrawing.ends(of: "a->b->c", among: ["a->b", "c"]) == ("a->b", "c"))
        #expect(SVGDrawing.ends(of: "x--y", among: ["x", "y"]) == ("x", "y"))
    }

    /// Three boxes pinned on one line by neato: the straight edge from the first to the last
    /// runs through the middle one; routed splines go round it.
    @Test func aRealLayoutOfThreeNodesInALine() throws {
        func graph(splines: String) -> DOTGraph {
            var graph = DOTGraph(id: "line", attributes: ["splines": .raw(splines)])
            for (index, name) in ["first", "middle", "last"].enumerated() {
                graph.addNode(name, ["shape": .raw("box"), "pos": .raw("\(index * 2),0!"), "label": .html(HTMLLabel.bold(name))])
            }
            graph.addEdge("first", "last")
            return graph
        }
        let straight = try Graphviz.render(graph(splines: "false"), layout: .neato, format: .svg).data
        let metrics = try DiagramMetrics(svg: String(decoding: straight, as: UTF8.self), size: .slide16x9)
        #expect(metrics.edgesCrossingNodes == 1)
        #expect(metrics.offenders == ["first → last crosses middle"])
        let routed = try Graphviz.render(graph(splines: "true"), layout: .neato, format: .svg).data
        #expect(try DiagramMetrics(svg: String(decoding: routed, as: UTF8.self), size: .slide16x9).edgesCrossingNodes == 0)
    }

    /// Poznań's partners round the focus on a 16:9 slide with straight lines, as drawn before
    /// edges were routed: Bologna's line from the Europe node runs through Brno.
    @Test func poznanPartnersWithStraightLinesCrossBrno() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        var graph = try #require(try diagram.parts(.partners, size: .slide16x9, onSlide: true).first).graph
        #expect(graph.attributes["splines"]?.rawValue == "true")
        graph.attributes["splines"] = .raw("false")
        let svg = try DiagramRenderer.render(graph, layout: "twopi", format: .svg, size: .slide16x9)
        let metrics = try DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: .slide16x9)
        #expect(metrics.offenders.contains("Europe → Bologna crosses Brno"), "\(metrics.offenders)")
    }

    /// Poznań's radial networks, diplomacy and full views route their edges round the nodes on
    /// the slides (the networks view had 7 straight lines through nodes on 16:9).
    @Test(arguments: [DiagramSize.slide16x9, .slide4x3])
    func poznanRadialViewsRunNoEdgeThroughANode(_ size: DiagramSize) throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        for view in [DiagramView.networks, .diplomacy, .full] {
            for part in try diagram.parts(view, size: size, onSlide: true) {
                let svg = try DiagramRenderer.render(part.graph, layout: part.layout, format: .svg, size: size)
                let metrics = try DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: size)
                #expect(metrics.edgesCrossingNodes == 0, "\(view.rawValue) \(size.name) part \(part.number): \(metrics.offenders)")
            }
        }
    }

    /// The measure is in the JSON `--check` prints.
    @Test func theCountIsEncoded() throws {
        let metrics = try Self.metrics(Self.svg(edges: [("a&#45;&gt;c", "M35,-50C80,-50 120,-50 155,-50", nil)]))
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(metrics)) as? [String: Any]
        #expect(object?["edgesCrossingNodes"] as? Int == 1)
    }
}
