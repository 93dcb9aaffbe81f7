import CGraphviz
import Foundation

/// A graph cgraph read and `gvLayout` laid out, kept in this process for renders until
/// ``free(_:)`` (`gvFreeLayout`, `agclose`), which ``GraphvizLayout`` calls when it is released.
/// Callers hold ``GraphvizContext``'s lock.
final class HeldLayout: @unchecked Sendable {
    private let graph: GraphPointer
    /// Whether the graph sets `ratio`, with which its `size` is part of the layout.
    let setsRatio: Bool
    /// The positions, read on first use.
    private var readPositions: LaidOutGraph?

    private init(graph: GraphPointer, setsRatio: Bool) {
        self.graph = graph
        self.setsRatio = setsRatio
    }

    /// Reads, checks and lays out DOT text, and attaches the positions as attributes
    /// (`attach_attrs`), as Graphviz's `dot` output has them. On any failure everything made is
    /// freed. Returns the layout, its bounding box (`bb`) and its warnings.
    static func make(_ dotText: String, layout: String, fileAccess: FileAccess, links: LinkPolicy,
                     context: GraphvizContext) throws(GraphvizError) -> (held: HeldLayout, boundingBox: LaidOutGraph.Rectangle, warnings: [String]) {
        guard context.layouts.contains(layout) else {
            throw .unknownLayout(layout, available: context.layouts)
        }
        let graph = try CGraph.read(dotText)
        let warnings: [String]
        do {
            try UntrustedAttributeCheck.check(graph, fileAccess, links)
            warnings = try Renderer.layOut(graph, context: context, layout: layout)
        } catch {
            CGraph.close(graph)
            throw error
        }
        attach_attrs(graph)
        let box = CGraph.graphAttribute(graph, "bb").flatMap(LaidOutGraph.rectangle)
            ?? LaidOutGraph.Rectangle(minimum: LaidOutGraph.Point(x: 0, y: 0), maximum: LaidOutGraph.Point(x: 0, y: 0))
        let held = HeldLayout(graph: graph, setsRatio: !(CGraph.graphAttribute(graph, "ratio") ?? "").isEmpty)
        return (held, box, warnings + ErrorCapture.drain().warnings)
    }

    /// Where everything was placed (``LayoutReader``), read once.
    func positions() -> LaidOutGraph {
        if let readPositions { return readPositions }
        let positions = LayoutReader.read(graph)
        readPositions = positions
        return positions
    }

    /// Renders the layout with `attributes` set for this render only.
    func render(_ format: String, attributes: [String: String], context: GraphvizContext) throws(GraphvizError) -> Rendering {
        let saved = RenderAttributes.set(attributes, on: graph)
        defer { RenderAttributes.restore(saved, on: graph) }
        return try Renderer.renderLaidOut(graph, context: context, format: format)
    }

    /// Frees the layout and the graph.
    func free(_ context: GraphvizContext) {
        gvFreeLayout(context.gvc, graph)
        CGraph.close(graph)
    }
}
