import DOT
import Foundation

/// Graphviz in-process: layout and render DOT to SVG, PNG, PDF and more, and parse DOT into
/// ``DOT/DOTGraph`` values, through libgvc and libcgraph.
///
/// Every call is serialized inside the module, so callers may use any thread. One Graphviz
/// context is made on first use and reused. Every message Graphviz reports is captured into a
/// ``GraphvizError`` or into ``Rendering/warnings``; nothing is printed.
///
/// ```swift
/// let svg = try Graphviz.render(graph, layout: .dot, format: .svg).data
/// ```
public enum Graphviz {
    /// The version of the Graphviz library the module was built against.
    public static var version: String { LibraryVersion.text }

    /// The layout engines installed, sorted (`dot`, `neato`, `fdp`, `sfdp`, `twopi`, `circo`…).
    public static var availableLayouts: [String] {
        GraphvizContext.withLock { $0.layouts }
    }

    /// The output formats installed, sorted (`svg`, `png`, `pdf`, `dot`, `xdot`…).
    public static var availableFormats: [String] {
        GraphvizContext.withLock { $0.formats }
    }

    /// Lays out and renders a graph.
    ///
    /// Attributes that read files (`image`, `shapefile`, `imagepath`, `fontpath`, `stylesheet`,
    /// `<IMG SRC>`) are refused unless their files lie in a folder `fileAccess` allows, and links
    /// that run scripts (`URL="javascript:…"`) unless `links` allows them.
    ///
    /// By default the layout runs in the calling process: a crash of Graphviz itself ends the
    /// caller. With ``RenderLimits/isolated``, or any limit, it runs in a child process that is
    /// stopped past the limits, and a crash becomes ``GraphvizError/crashed(engine:signal:)``;
    /// use that for DOT from elsewhere.
    ///
    /// - Parameters:
    ///   - graph: The graph, written by ``DOT/DOTWriter`` and read by cgraph.
    ///   - layout: The layout engine.
    ///   - format: The output format.
    ///   - fileAccess: The folders the graph's attributes may read files from (none by default).
    ///   - limits: The time and memory the layout and render may take, and whether a crash is
    ///     isolated (none, in this process, by default).
    ///   - links: Whether links that run scripts are let through (refused by default).
    /// - Returns: The rendered bytes and any warnings.
    /// - Throws: ``GraphvizError``: an unknown layout or format (with the installed ones), a
    ///   layout or render failure with Graphviz's message, a limit exceeded, a crash isolated.
    public static func render(_ graph: DOTGraph, layout: Layout = .dot, format: OutputFormat, fileAccess: FileAccess = .none,
                              limits: RenderLimits = .none, links: LinkPolicy = .refuseScripts) throws(GraphvizError) -> Rendering {
        try render(dotText: graph.dotText, layout: layout, format: format, fileAccess: fileAccess, limits: limits, links: links)
    }

    /// Lays out and renders DOT text; see ``render(_:layout:format:fileAccess:limits:links:)``.
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` when the text does not parse,
    ///   ``GraphvizError/forbiddenFileAccess(attribute:path:)`` when an attribute would read a
    ///   file outside `fileAccess`, ``GraphvizError/forbiddenLink(attribute:value:)`` for a
    ///   script link `links` refuses, and the errors of ``render(_:layout:format:fileAccess:limits:links:)``.
    public static func render(dotText: String, layout: Layout = .dot, format: OutputFormat, fileAccess: FileAccess = .none,
                              limits: RenderLimits = .none, links: LinkPolicy = .refuseScripts) throws(GraphvizError) -> Rendering {
        try GraphvizContext.withLock { (context) throws(GraphvizError) -> Rendering in
            guard context.layouts.contains(layout.rawValue) else {
                throw .unknownLayout(layout.rawValue, available: context.layouts)
            }
            guard context.offers(format.rawValue) else {
                throw .unknownFormat(format.rawValue, available: context.formats)
            }
            let graph = try CGraph.read(dotText)
            defer { CGraph.close(graph) }
            try UntrustedAttributeCheck.check(graph, fileAccess, links)
            if limits.isNone {
                return try Renderer.render(graph, context: context, layout: layout.rawValue, format: format.rawValue)
            }
            return try ChildRenderer.render(graph, context: context, layout: layout.rawValue, format: format.rawValue, limits: limits)
        }
    }

    /// Parses DOT text through cgraph into a ``DOT/DOTGraph``: nodes, edges (multi-edges kept),
    /// subgraphs and clusters, defaults and per-object attributes. Writing the result with
    /// ``DOT/DOTWriter`` gives a text that Graphviz reads as the same graph.
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` with Graphviz's message and line.
    public static func parse(_ dotText: String) throws(GraphvizError) -> DOTGraph {
        try GraphvizContext.withLock { (context) throws(GraphvizError) -> DOTGraph in
            let graph = try CGraph.read(dotText)
            defer { CGraph.close(graph) }
            var reader = GraphReader(root: graph, initialDefaults: context.initialDefaults)
            return reader.read()
        }
    }

    /// The graph that cgraph reads from DOT text, with every attribute's effective value.
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` with Graphviz's message and line.
    public static func canonicalForm(of dotText: String) throws(GraphvizError) -> CanonicalGraph {
        try GraphvizContext.withLock { (_) throws(GraphvizError) -> CanonicalGraph in
            let graph = try CGraph.read(dotText)
            defer { CGraph.close(graph) }
            return CanonicalReader.read(graph)
        }
    }

    /// Checks that DOT text parses, without building anything from it (`agread`, `agclose`).
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` with Graphviz's message and line.
    public static func validate(_ dotText: String) throws(GraphvizError) {
        try GraphvizContext.withLock { (_) throws(GraphvizError) -> Void in
            CGraph.close(try CGraph.read(dotText))
        }
    }

    /// The text Graphviz's own writer (`agwrite`) gives for DOT text, after cgraph has read it.
    ///
    /// - Throws: ``GraphvizError/syntax(line:message:)`` when the text does not parse.
    public static func writtenByCgraph(_ dotText: String) throws(GraphvizError) -> String {
        try GraphvizContext.withLock { (_) throws(GraphvizError) -> String in
            let graph = try CGraph.read(dotText)
            defer { CGraph.close(graph) }
            return try CGraph.write(graph)
        }
    }
}

extension Graphviz {
    /// Lays `graph` out once and renders it to every request in turn, from that one layout:
    /// the same positions in every format, at the cost of one layout.
    ///
    /// With ``RenderLimits/isolated`` or any limit, each request is laid out and rendered in a
    /// child process of its own (the bounding box from a first layout to `dot`), within the limits.
    ///
    /// - Parameters:
    ///   - graph: The graph, written by ``DOT/DOTWriter`` and read by cgraph.
    ///   - layout: The layout engine.
    ///   - requests: The outputs, each a format and the attributes it is rendered with.
    ///   - limits: The time and memory each layout and render may take (none by default).
    /// - Returns: The renderings, in the order of `requests`.
    /// - Throws: the errors of ``render(_:layout:format:fileAccess:limits:links:)``.
    public static func render(_ graph: DOTGraph, layout: Layout = .dot, requests: [RenderRequest],
                              limits: RenderLimits = .none) throws(GraphvizError) -> [Rendering] {
        let dotText = graph.dotText
        guard limits.isNone else {
            var box: LaidOutGraph.Rectangle?
            var renderings: [Rendering] = []
            for request in requests {
                let laidOut: LaidOutGraph.Rectangle
                if let box { laidOut = box } else {
                    laidOut = try Self.layout(dotText: dotText, layout: layout, limits: limits).boundingBox
                    box = laidOut
                }
                var adjusted = graph
                for (name, value) in request.attributes(laidOut).sorted(by: { $0.key < $1.key }) { adjusted.attributes[name] = .raw(value) }
                renderings.append(try render(adjusted, layout: layout, format: request.format, limits: limits))
            }
            return renderings
        }
        return try GraphvizContext.withLock { (context) throws(GraphvizError) -> [Rendering] in
            guard context.layouts.contains(layout.rawValue) else {
                throw .unknownLayout(layout.rawValue, available: context.layouts)
            }
            if let unknown = requests.first(where: { !context.offers($0.format.rawValue) }) {
                throw .unknownFormat(unknown.format.rawValue, available: context.formats)
            }
            let parsed = try CGraph.read(dotText)
            defer { CGraph.close(parsed) }
            try UntrustedAttributeCheck.check(parsed, .none, .refuseScripts)
            return try Renderer.render(parsed, context: context, layout: layout.rawValue,
                                       requests: requests.map { ($0.format.rawValue, $0.attributes) })
        }
    }
}
