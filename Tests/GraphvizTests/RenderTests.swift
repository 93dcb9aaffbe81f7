import DOT
import Foundation
import FoundationXML
import Graphviz
import Testing

@Suite struct RenderTests {
    static var sample: DOTGraph {
        var graph = DOTGraph(id: "sample")
        for (a, b) in [("Poznań", "Győr"), ("Poznań", "Ra’ananna"), ("Győr", "Brno"), ("Brno", "Poznań")] {
            graph.addEdge(a, b)
        }
        return graph
    }

    @Test(arguments: [Layout.dot, .neato, .fdp, .sfdp, .twopi, .circo])
    func svgIsXMLAndHoldsEveryNodeTitle(_ layout: Layout) throws {
        let rendering = try Graphviz.render(RenderTests.sample, layout: layout, format: .svg)
        let document = try XMLDocument(data: rendering.data)
        let titles = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']/*[local-name()='title']").compactMap(\.stringValue)
        #expect(Set(titles) == ["Poznań", "Győr", "Ra’ananna", "Brno"])
    }

    @Test func pngHasSignatureAndSaneSize() throws {
        let data = try Graphviz.render(RenderTests.sample, format: .png).data
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((50...2000).contains(width) && (50...2000).contains(height))
    }

    @Test func pdfStartsWithItsMagic() throws {
        let data = try Graphviz.render(RenderTests.sample, format: .pdf).data
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(data.count > 500)
    }

    @Test func laidOutDOTCarriesPositions() throws {
        let text = String(decoding: try Graphviz.render(RenderTests.sample, format: .dot).data, as: UTF8.self)
        let parsed = try Graphviz.canonicalForm(of: text)
        #expect(parsed.nodes["Brno"]?["pos"] != nil)
        let xdot = String(decoding: try Graphviz.render(RenderTests.sample, format: .xdot).data, as: UTF8.self)
        #expect(xdot.contains("_draw_"))
    }

    @Test func standardLayoutsAndFormatsAreListed() {
        #expect(Set(["dot", "neato", "fdp", "sfdp", "twopi", "circo"]).isSubset(of: Graphviz.availableLayouts))
        #expect(Set(["svg", "png", "pdf", "dot", "xdot"]).isSubset(of: Graphviz.availableFormats))
    }

    @Test func renderingTwiceGivesTheSameSVG() throws {
        let first = try Graphviz.render(RenderTests.sample, format: .svg).data
        let second = try Graphviz.render(RenderTests.sample, format: .svg).data
        #expect(first == second)
    }

    /// Edges routed round elliptic nodes (twopi with `splines=true`) come out the same however
    /// many layouts ran before, in-process or in a child: the router turns each ellipse's
    /// obstacle by a `drand48()` draw, which every layout now starts from one seed.
    @Test func routedSplinesDoNotDependOnEarlierLayouts() throws {
        var graph = DOTGraph(id: "ring", attributes: ["splines": .raw("true"), "root": .text("hub"), "ranksep": .raw("2")])
        for index in 0..<8 { graph.addEdge("hub", "n\(index)") }
        // Each of these crosses the ring past the hub, so it is routed round it.
        for index in 0..<4 { graph.addEdge("n\(index)", "n\(index + 4)") }
        let first = try Graphviz.render(graph, layout: .twopi, format: .svg).data
        for _ in 0..<3 { _ = try Graphviz.render(graph, layout: .twopi, format: .svg) }
        #expect(try Graphviz.render(graph, layout: .twopi, format: .svg).data == first)
        #expect(try Graphviz.render(graph, layout: .twopi, format: .svg, limits: .isolated).data == first)
    }
}
