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
        seedRandomNumbers()
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
        seedRandomNumbers()
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
