import CGraphviz
import Foundation

/// Layout and render of a parsed graph (`gvLayout`, `gvRenderData`, `gvFreeRenderData`,
/// `gvFreeLayout`). Callers hold ``GraphvizContext``'s lock.
enum Renderer {
    static func render(_ graph: GraphPointer, context: GraphvizContext, layout: String, format: String) throws(GraphvizError) -> Rendering {
        let laidOut = gvLayout(context.gvc, graph, layout)
        defer { gvFreeLayout(context.gvc, graph) }
        var (errors, warnings) = ErrorCapture.drain()
        if laidOut != 0 || !errors.isEmpty {
            throw .layoutFailed(engine: layout, message: errors.joined(separator: "; ").nonEmpty ?? "gvLayout returned \(laidOut)")
        }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(context.gvc, graph, format, &result, &length)
        defer { if let result { gvFreeRenderData(result) } }
        let (renderErrors, renderWarnings) = ErrorCapture.drain()
        warnings += renderWarnings
        errors = renderErrors
        guard rendered == 0, errors.isEmpty, let result else {
            throw .renderFailed(format: format, message: errors.joined(separator: "; ").nonEmpty ?? "gvRenderData returned \(rendered)")
        }
        let data = Data(bytes: result, count: Int(length))
        return Rendering(data: data, warnings: warnings)
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
        let laidOut = gvLayout(context.gvc, graph, layout)
        defer { gvFreeLayout(context.gvc, graph) }
        let (errors, warnings) = ErrorCapture.drain()
        if laidOut != 0 || !errors.isEmpty {
            throw .layoutFailed(engine: layout, message: errors.joined(separator: "; ").nonEmpty ?? "gvLayout returned \(laidOut)")
        }
        attach_attrs(graph)
        return (LayoutReader.read(graph), warnings + ErrorCapture.drain().warnings)
    }
}
