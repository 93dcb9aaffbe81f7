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
}
