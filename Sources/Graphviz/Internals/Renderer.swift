import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Layout and render of a parsed graph (`gvLayout`, `gvRenderData`, `gvFreeRenderData`,
/// `gvFreeLayout`). Callers hold ``GraphvizContext``'s lock.
enum Renderer {
    /// The seed of the C library's `drand48`, set before every layout (`srand48`): the seed
    /// neato sets itself when no `start` is given.
    static let randomSeed = 1

    /// Sets the C library's `drand48` to ``randomSeed`` (`srand48`). Neato, fdp and sfdp seed
    /// it themselves, but the spline router of twopi, circo and neato turns each elliptic
    /// node's obstacle by a `drand48()` draw, so without this the same graph's edges would
    /// depend on every layout the process ran before.
    static func seedRandomNumbers() {
        srand48(randomSeed)
    }

    static func render(_ graph: GraphPointer, context: GraphvizContext, layout: String, format: String) throws(GraphvizError) -> Rendering {
        try render(graph, context: context, layout: layout, requests: [(format, { _ in [:] })])[0]
    }
}

extension Renderer {
    /// Lays a parsed graph out once (`gvLayout`) and renders every request from that layout
    /// (`gvRenderData`), each with its attributes set on the graph and the graph's own values
    /// put back after it; the layout is freed on every path.
    static func render(_ graph: GraphPointer, context: GraphvizContext, layout: String,
                       requests: [(format: String, attributes: (LaidOutGraph.Rectangle) -> [String: String])]) throws(GraphvizError) -> [Rendering] {
        let layoutWarnings = try layOut(graph, context: context, layout: layout)
        defer { gvFreeLayout(context.gvc, graph) }
        let box = boundingBox(graph)
        var renderings: [Rendering] = []
        for request in requests {
            let previous = request.attributes(box).sorted { $0.key < $1.key }.map { ($0.key, CGraph.setGraphAttribute(graph, $0.key, $0.value)) }
            defer { for (name, value) in previous { CGraph.setGraphAttribute(graph, name, value) } }
            if let bitmap = bitmapFormat(graph, context: context, format: request.format) {
                let (data, warnings) = try renderData(graph, context: context, format: bitmap)
                if let png = BitmapPNG.png(fromBMP: data) {
                    renderings.append(Rendering(data: png, warnings: layoutWarnings + warnings))
                    continue
                }
            }
            let (data, warnings) = try renderData(graph, context: context, format: request.format)
            renderings.append(Rendering(data: data, warnings: layoutWarnings + warnings))
        }
        return renderings
    }

    /// The box of a laid-out graph as Graphviz writes it (`bb`, five significant digits), so
    /// that it is the one a layout in a child process reports through its `dot` output.
    private static func boundingBox(_ graph: GraphPointer) -> LaidOutGraph.Rectangle {
        let bb = cg_bounding_box(graph)
        let origin = LaidOutGraph.Point(x: 0, y: 0)
        return LaidOutGraph.rectangle(String(format: "%.5g,%.5g,%.5g,%.5g", bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y))
            ?? LaidOutGraph.Rectangle(minimum: origin, maximum: origin)
    }

    /// Lays a parsed graph out (`gvLayout`) and returns its bounding box, drawing nothing; the
    /// layout is freed on every path.
    static func boundingBox(_ graph: GraphPointer, context: GraphvizContext, layout: String) throws(GraphvizError) -> LaidOutGraph.Rectangle {
        _ = try layOut(graph, context: context, layout: layout)
        defer { gvFreeLayout(context.gvc, graph) }
        return boundingBox(graph)
    }

    /// Seeds the random numbers and lays a parsed graph out (`gvLayout`): the layout's
    /// warnings. A failed layout is freed here; the caller frees a laid-out one (`gvFreeLayout`).
    private static func layOut(_ graph: GraphPointer, context: GraphvizContext, layout: String) throws(GraphvizError) -> [String] {
        seedRandomNumbers()
        let laidOut = gvLayout(context.gvc, graph, layout)
        let (errors, warnings) = ErrorCapture.drain()
        if laidOut != 0 || !errors.isEmpty {
            gvFreeLayout(context.gvc, graph)
            throw .layoutFailed(engine: layout, message: errors.joined(separator: "; ").nonEmpty ?? "gvLayout returned \(laidOut)")
        }
        return warnings
    }

    /// The bytes of a laid-out graph in `format` (`gvRenderData`), and the render's warnings.
    private static func renderData(_ graph: GraphPointer, context: GraphvizContext, format: String) throws(GraphvizError) -> (Data, [String]) {
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(context.gvc, graph, format, &result, &length)
        defer { if let result { gvFreeRenderData(result) } }
        let (renderErrors, renderWarnings) = ErrorCapture.drain()
        guard rendered == 0, renderErrors.isEmpty, let result else {
            throw .renderFailed(format: format, message: renderErrors.joined(separator: "; ").nonEmpty ?? "gvRenderData returned \(rendered)")
        }
        return (Data(bytes: result, count: Int(length)), renderWarnings)
    }

    /// The format a PNG of `graph` is drawn in before ``BitmapPNG`` compresses it (`bmp`, the
    /// same cairo drawing uncompressed, without alpha), or `nil` to let cairo write the PNG.
    ///
    /// Only a picture with no pixel that lets anything through may lose its alpha channel: an
    /// opaque background over a page of whole pixels, a `viewport` of whole points at 72 dpi
    /// (a page of a fractional size leaves its last row and column partly covered). That is
    /// how slides and reports are drawn; anything else keeps cairo's PNG.
    static func bitmapFormat(_ graph: GraphPointer, context: GraphvizContext, format: String) -> String? {
        guard format == "png", context.formats.contains("bmp"),
              let background = CGraph.graphAttribute(graph, "bgcolor"), BitmapPNG.isOpaque(background: background),
              CGraph.graphAttribute(graph, "dpi").flatMap(Double.init) == 72,
              let viewport = CGraph.graphAttribute(graph, "viewport") else { return nil }
        let size = viewport.split(separator: ",").prefix(2).compactMap { Double($0) }
        guard size.count == 2, size.allSatisfy({ $0 >= 1 && $0 == $0.rounded() }) else { return nil }
        return "bmp"
    }
}

extension String {
    /// `nil` when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension Renderer {
    /// Lays a parsed graph out (`gvLayout`), attaches the positions as attributes
    /// (`attach_attrs`) and reads them back; the layout is freed (`gvFreeLayout`) on every path.
    static func layout(_ graph: GraphPointer, context: GraphvizContext, layout: String) throws(GraphvizError) -> (LaidOutGraph, [String]) {
        let warnings = try layOut(graph, context: context, layout: layout)
        defer { gvFreeLayout(context.gvc, graph) }
        attach_attrs(graph)
        return (LayoutReader.read(graph), warnings + ErrorCapture.drain().warnings)
    }
}
