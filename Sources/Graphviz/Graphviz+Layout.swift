import DOT

extension Graphviz {
    /// Lays a graph out and reads back where Graphviz put everything: node centres and sizes,
    /// edge splines and arrow tips, cluster frames, label positions and the bounding box, the
    /// same placement the SVG of the graph has. For drawing the graph with other tools (native
    /// slide shapes) or measuring it.
    ///
    /// With `limits`, the layout runs in a child process that is stopped past them, and its
    /// positions come back as Graphviz's `dot` output, read by cgraph.
    ///
    /// - Parameters:
    ///   - graph: The graph, written by ``DOT/DOTWriter`` and read by cgraph.
    ///   - layout: The layout engine.
    ///   - limits: The time and memory the layout may take (none by default).
    /// - Returns: The laid-out graph.
    /// - Throws: ``GraphvizError``: an unknown layout (with the installed ones), a syntax error,
    ///   a layout failure with Graphviz's message, a limit exceeded.
    public static func layout(_ graph: DOTGraph, layout: Layout = .dot, limits: RenderLimits = .none) throws(GraphvizError) -> LaidOutGraph {
        try Self.layout(dotText: graph.dotText, layout: layout, limits: limits)
    }

    /// Lays DOT text out; see ``layout(_:layout:limits:)``.
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` when the text does not parse, and the
    ///   errors of ``layout(_:layout:limits:)``.
    public static func layout(dotText: String, layout: Layout = .dot, limits: RenderLimits = .none) throws(GraphvizError) -> LaidOutGraph {
        if !limits.isNone {
            let laidOut = try render(dotText: dotText, layout: layout, format: .dot, limits: limits)
            return try GraphvizContext.withLock { (_) throws(GraphvizError) -> LaidOutGraph in
                let graph = try CGraph.read(String(decoding: laidOut.data, as: UTF8.self))
                defer { CGraph.close(graph) }
                // Graphviz's output lists a cluster's nodes first; the original text gives the order.
                let original = try CGraph.read(dotText)
                defer { CGraph.close(original) }
                return LayoutReader.read(graph).ordered(like: LayoutReader.order(of: original))
            }
        }
        return try GraphvizContext.withLock { (context) throws(GraphvizError) -> LaidOutGraph in
            guard context.layouts.contains(layout.rawValue) else {
                throw .unknownLayout(layout.rawValue, available: context.layouts)
            }
            let graph = try CGraph.read(dotText)
            defer { CGraph.close(graph) }
            try UntrustedAttributeCheck.check(graph, .none, .refuseScripts)
            return try Renderer.layout(graph, context: context, layout: layout.rawValue).0
        }
    }

    /// The bounding box Graphviz gives a graph's layout (`bb`), without drawing it or reading
    /// anything else back: what a caller fitting a drawing to a page measures, several times,
    /// before it draws. The same box as ``layout(_:layout:limits:)``'s.
    ///
    /// - Throws: the errors of ``layout(_:layout:limits:)``.
    public static func boundingBox(_ graph: DOTGraph, layout: Layout = .dot, limits: RenderLimits = .none) throws(GraphvizError) -> LaidOutGraph.Rectangle {
        if !limits.isNone { return try Self.layout(graph, layout: layout, limits: limits).boundingBox }
        let dotText = graph.dotText
        return try GraphvizContext.withLock { (context) throws(GraphvizError) -> LaidOutGraph.Rectangle in
            guard context.layouts.contains(layout.rawValue) else {
                throw .unknownLayout(layout.rawValue, available: context.layouts)
            }
            let parsed = try CGraph.read(dotText)
            defer { CGraph.close(parsed) }
            try UntrustedAttributeCheck.check(parsed, .none, .refuseScripts)
            return try Renderer.boundingBox(parsed, context: context, layout: layout.rawValue)
        }
    }
}
