import DOT
import Foundation

/// A graph laid out once by Graphviz and rendered from that one layout to as many formats as
/// wanted: the SVG, the PNG and the PDF of a diagram cost one layout, not three.
///
/// In the calling process the graph Graphviz read stays laid out (`gvLayout` once) until the
/// value is released (`gvFreeLayout`, `agclose`); each render is one `gvRenderData`. With
/// ``RenderLimits`` that set a limit or isolate crashes, nothing of Graphviz stays in this
/// process: the layout runs in a child process to learn the positions, and each render lays
/// the graph out again in a child of its own, as ``Graphviz/render(_:layout:format:fileAccess:limits:links:)`` does.
///
/// A render may change the attributes that only the rendering reads (``renderAttributes``):
/// the resolution, the page size, the padding, the margin and the viewport. Its bytes are those
/// of laying the graph out afresh with those attributes set on the root graph alone and
/// rendering it. (Set in a graph's text, an attribute is also its subgraphs' default: a
/// `margin` there would be its clusters' margin too, which is part of their layout.)
///
/// ```swift
/// let layout = try GraphvizLayout(graph, layout: .neato)
/// let svg = try layout.render(.svg).data
/// let png = try layout.render(.png, attributes: ["dpi": "72", "viewport": "1920,1080,1.5,400,300"]).data
/// ```
///
/// Every call is serialized with the module's other calls; the value may be used from any thread.
public final class GraphvizLayout: @unchecked Sendable {
    /// The graph attributes a render may set: `dpi` (or `resolution`), `size` (unless the graph
    /// sets `ratio`, with which the size changes the layout itself), `pad`, `margin` and `viewport`.
    public static let renderAttributes: Set<String> = ["dpi", "resolution", "size", "pad", "margin", "viewport"]

    /// The DOT text laid out.
    public let dotText: String
    /// The layout engine.
    public let layout: Layout
    /// The limits each Graphviz call for this graph runs within.
    public let limits: RenderLimits
    /// The drawing's bounding box in points (Graphviz's `bb`, as its `dot` output writes it).
    public let boundingBox: LaidOutGraph.Rectangle
    /// The warnings Graphviz gave while laying the graph out.
    public let warnings: [String]

    /// Where Graphviz put everything: the same as ``Graphviz/layout(_:layout:limits:)`` gives.
    public var positions: LaidOutGraph {
        guard let held else { return childPositions ?? LaidOutGraph(boundingBox: boundingBox, attributes: [:], nodes: [], edges: [], clusters: []) }
        return GraphvizContext.withLock { (_) in held.positions() }
    }

    /// The graph laid out in this process, or `nil` when every render runs in a child process.
    private let held: HeldLayout?
    /// The positions the child process's layout gave.
    private let childPositions: LaidOutGraph?
    private let fileAccess: FileAccess
    private let links: LinkPolicy
    private let setsRatio: Bool

    /// Lays a graph out; see ``init(dotText:layout:fileAccess:limits:links:)``.
    public convenience init(_ graph: DOTGraph, layout: Layout = .dot, fileAccess: FileAccess = .none, limits: RenderLimits = .none,
                            links: LinkPolicy = .refuseScripts) throws(GraphvizError) {
        try self.init(dotText: graph.dotText, layout: layout, fileAccess: fileAccess, limits: limits, links: links)
    }

    /// Lays DOT text out (`agmemread`, `gvLayout`), with the same checks as
    /// ``Graphviz/render(dotText:layout:format:fileAccess:limits:links:)``.
    ///
    /// - Parameters:
    ///   - dotText: The graph.
    ///   - layout: The layout engine.
    ///   - fileAccess: The folders the graph's attributes may read files from (none by default).
    ///   - limits: The time and memory the layout and each render may take, and whether a crash
    ///     is isolated (none, in this process, by default).
    ///   - links: Whether links that run scripts are let through (refused by default).
    /// - Throws: ``GraphvizError``: an unknown layout (with the installed ones), a syntax error,
    ///   a forbidden file or link, a layout failure with Graphviz's message, a limit exceeded,
    ///   a crash isolated.
    public init(dotText: String, layout: Layout = .dot, fileAccess: FileAccess = .none, limits: RenderLimits = .none,
                links: LinkPolicy = .refuseScripts) throws(GraphvizError) {
        self.dotText = dotText
        self.layout = layout
        self.limits = limits
        self.fileAccess = fileAccess
        self.links = links
        if limits.isNone {
            let made = try GraphvizContext.withLock { (context) throws(GraphvizError) in
                try HeldLayout.make(dotText, layout: layout.rawValue, fileAccess: fileAccess, links: links, context: context)
            }
            (held, boundingBox, warnings, setsRatio, childPositions) = (made.held, made.boundingBox, made.warnings, made.held.setsRatio, nil)
        } else {
            let laidOut = try Graphviz.render(dotText: dotText, layout: layout, format: .dot, fileAccess: fileAccess, limits: limits, links: links)
            held = nil
            warnings = laidOut.warnings
            let read = try GraphvizContext.withLock { (_) throws(GraphvizError) in
                try LayoutReader.read(laidOut: laidOut.data, original: dotText)
            }
            (childPositions, boundingBox, setsRatio) = (read.positions, read.positions.boundingBox, read.setsRatio)
        }
    }

    deinit {
        guard let held else { return }
        GraphvizContext.withLock { held.free($0) }
    }

    /// Renders the layout (`gvRenderData`), with `attributes` set on the graph for this render
    /// only.
    ///
    /// - Parameters:
    ///   - format: The output format.
    ///   - attributes: Graph attributes among ``renderAttributes`` and their values, for this
    ///     render (none by default).
    /// - Returns: The rendered bytes, and the layout's warnings followed by the render's.
    /// - Throws: ``GraphvizError``: an unknown format (with the installed ones), an attribute
    ///   that would change the layout, a render failure with Graphviz's message, and, in a
    ///   child process, a limit exceeded or a crash isolated.
    public func render(_ format: OutputFormat, attributes: [String: String] = [:]) throws(GraphvizError) -> Rendering {
        for name in attributes.keys.sorted() where !Self.renderAttributes.contains(name) || (name == "size" && setsRatio) {
            throw .invalidInput("the attribute '\(name)' changes the layout, not only its rendering: set it on the graph and lay it out again")
        }
        guard let held else { return try renderInChild(format, attributes: attributes) }
        return try GraphvizContext.withLock { (context) throws(GraphvizError) -> Rendering in
            guard context.formats.contains(format.rawValue) else {
                throw .unknownFormat(format.rawValue, available: context.formats)
            }
            let rendering = try held.render(format.rawValue, attributes: attributes, context: context)
            return Rendering(data: rendering.data, warnings: warnings + rendering.warnings)
        }
    }

    /// Renders the layout to each format, in order; see ``render(_:attributes:)``.
    ///
    /// - Throws: The first ``GraphvizError`` of a render.
    public func render(_ formats: [OutputFormat]) throws(GraphvizError) -> [Rendering] {
        var renderings: [Rendering] = []
        for format in formats { renderings.append(try render(format)) }
        return renderings
    }

    /// A render in a child process: the text read again with `attributes` set, then laid out
    /// and rendered there.
    private func renderInChild(_ format: OutputFormat, attributes: [String: String]) throws(GraphvizError) -> Rendering {
        try GraphvizContext.withLock { (context) throws(GraphvizError) -> Rendering in
            guard context.formats.contains(format.rawValue) else {
                throw .unknownFormat(format.rawValue, available: context.formats)
            }
            return try ChildRenderer.render(dotText, attributes: attributes, context: context, layout: layout.rawValue, format: format.rawValue,
                                            fileAccess: fileAccess, links: links, limits: limits)
        }
    }
}
