import DOT
import Foundation
import Graphviz
import TestFixtures
import Testing

/// A PNG of a graph on an opaque background is compressed by the module from cairo's bitmap
/// (Graphviz's `bmp` device) instead of by cairo's own PNG writer: Pillow, reading both,
/// finds the same size and the same pixel everywhere. `png:cairo` names cairo's writer.
@Suite struct PNGTests {
    /// Every pixel of each PNG, as Pillow reads them: `[mode, width, height, sha256 of RGB]`.
    static let decode = """
    import hashlib, json, sys
    from PIL import Image
    out = []
    for path in sys.argv[1:]:
        image = Image.open(path)
        image.load()
        out.append([image.mode, image.width, image.height, hashlib.sha256(image.convert('RGB').tobytes()).hexdigest()])
    print(json.dumps(out))
    """

    static func pixels(_ images: [Data]) throws -> [[String]] {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try images.enumerated().map { index, data in
            let url = folder.appendingPathComponent("\(index).png")
            try data.write(to: url)
            return url.path
        }
        let output = try Fixtures.python(decode, arguments: paths)
        let rows = try JSONSerialization.jsonObject(with: output) as? [[Any]] ?? []
        return rows.map { $0.map { "\($0)" } }
    }

    /// The sample with routed edges, filled nodes, an HTML label and a translucent fill, on `background`.
    static func drawing(_ background: String?) -> DOTGraph {
        var graph = RenderRequestTests.routed
        if let background { graph.attributes["bgcolor"] = .raw(background) }
        graph.attributes["label"] = .html(HTMLLabel(markup: "<B>Poznań</B> — Győr"))
        graph.nodeDefaults["style"] = .raw("filled")
        graph.nodeDefaults["fillcolor"] = .raw("#56B4E980")
        return graph
    }

    /// A drawing through a viewport of whole pixels at 72 dpi, as slides are drawn.
    static func slide(_ background: String?, viewport: String = "301,173,1.7,60,80", dpi: String = "72") -> DOTGraph {
        var graph = drawing(background)
        graph.attributes["dpi"] = .raw(dpi)
        graph.attributes["pad"] = .raw("0")
        graph.attributes["viewport"] = .raw(viewport)
        return graph
    }

    @Test(arguments: ["white", "#1E2430", "#ffffffff", "lightyellow"])
    func opaqueBackgroundGivesCairosPixels(_ background: String) throws {
        for layout in [Layout.dot, .neato] {
            let graph = Self.slide(background)
            let ours = try Graphviz.render(graph, layout: layout, format: .png).data
            let cairo = try Graphviz.render(graph, layout: layout, format: "png:cairo").data
            #expect(ours != cairo, "the module's PNG, not cairo's")
            let decoded = try Self.pixels([ours, cairo])
            #expect(decoded[0][0] == "RGB")
            #expect(decoded[0][1] == "301" && decoded[0][2] == "173")
            #expect(decoded[0] == decoded[1])
            // The same bytes from a layout in a child process.
            let isolated = try Graphviz.render(graph, layout: layout, format: .png, limits: .isolated).data
            #expect(isolated == ours)
        }
    }

    /// A background that may let pixels through, or a page whose last row and column are
    /// partly covered (no viewport, a fractional size, another resolution), keeps cairo's PNG
    /// with its alpha channel.
    @Test(arguments: [
        slide(nil), slide("transparent"), slide("#ffffff80"), slide("white:blue"), drawing("white"),
        slide("white", viewport: "300.5,173,1.7,60,80"), slide("white", dpi: "96"),
    ])
    func otherPicturesKeepCairosPNG(_ graph: DOTGraph) throws {
        let ours = try Graphviz.render(graph, layout: .neato, format: .png).data
        let cairo = try Graphviz.render(graph, layout: .neato, format: "png:cairo").data
        #expect(ours == cairo)
    }
}
