import CooperationCore
import DOT
import Foundation
import Graphviz

/// Renders diagrams at a size: a PNG gets exactly the size's pixels, the drawing fitted and
/// centred on the theme's background; SVG and PDF are scaled to fit the size in inches,
/// keeping their aspect ratio.
public enum DiagramRenderer {
    /// From how many nodes a drawing at its natural size is routed edge by edge
    /// (``Graphviz/Graphviz/renderRoutingLocally(_:layout:requests:limits:)``).
    static let localRoutingNodes = 30

    /// The rendered bytes of `graph`.
    ///
    /// - Parameters:
    ///   - layout: A Graphviz layout engine.
    ///   - format: `svg`, `png`, `pdf` or another Graphviz format.
    ///   - size: The size, or `nil` for Graphviz's natural size.
    ///   - limits: The time and memory each Graphviz layout may take (none by default).
    /// - Throws: ``Graphviz/GraphvizError``.
    public static func render(_ graph: DOTGraph, layout: String, format: OutputFormat, size: DiagramSize?,
                              limits: RenderLimits = .none) throws(GraphvizError) -> Data {
        try render(graph, layout: layout, formats: [format], size: size, limits: limits)[0]
    }

    /// The rendered bytes of `graph` in each of `formats`, from one layout: the same positions
    /// in every format, as ``render(_:layout:format:size:limits:)`` draws each.
    ///
    /// - Throws: ``Graphviz/GraphvizError``.
    public static func render(_ graph: DOTGraph, layout: String, formats: [OutputFormat], size: DiagramSize?,
                              limits: RenderLimits = .none) throws(GraphvizError) -> [Data] {
        var laidOut = graph
        // A drawing made for its target (``CooperationDiagram/parts(_:size:onSlide:limits:)``)
        // already has the target's size and its own white space: it is drawn 1:1. Another is
        // scaled to the size in inches, without the half inch the PDF device adds unless told
        // not to; a PNG's viewport sets its own zoom over that.
        let madeForTarget = graph.attributes["ratio"]?.rawValue == "fill"
        if let size, !madeForTarget {
            let (width, height) = size.inches
            laidOut.attributes["size"] = .raw(String(format: "%.3f,%.3f!", width, height))
            laidOut.attributes["margin"] = .raw("0")
        }
        // The resolution is the one attribute of a PNG that the layout reads; at 72 dpi, that of
        // SVG and PDF, it changes neither.
        if size != nil, formats.contains(.png) { laidOut.attributes["dpi"] = .raw("72") }
        let requests = formats.map { format in
            RenderRequest(format) { box in
                guard format == .png, let size else { return [:] }
                return pixelAttributes(graph, box: box, size: size)
            }
        }
        // A large drawing at its natural size has its edges routed among the nodes near each:
        // Graphviz's own routing of every edge among every node grows with the cube of the nodes.
        let routesLocally = size == nil && Set(graph.nodes.map(\.id)).count >= localRoutingNodes
        let renderings = routesLocally
            ? try Graphviz.renderRoutingLocally(laidOut, layout: Layout(rawValue: layout), requests: requests, limits: limits)
            : try Graphviz.render(laidOut, layout: Layout(rawValue: layout), requests: requests, limits: limits)
        return zip(formats, renderings).map { format, rendering in
            guard format == .svg, let plan = graph.attributes[CountryShapeSVG.planAttribute] else { return rendering.data }
            return CountryShapeSVG.identify(rendering.data, plan: plan.rawValue)
        }
    }

    /// What draws a PNG of `graph`, whose layout has bounding box `box`, through a viewport of
    /// exactly the size's pixels (at 72 dpi a point is a pixel), zoomed to fit and centred:
    /// no pad, and the viewport; nothing for an empty box.
    private static func pixelAttributes(_ graph: DOTGraph, box: LaidOutGraph.Rectangle, size: DiagramSize) -> [String: String] {
        guard box.width > 0 || box.height > 0 else { return [:] }
        let madeForTarget = graph.attributes["ratio"]?.rawValue == "fill"
        let (width, height) = size.pixels
        let pad = madeForTarget ? 72 * (Double(graph.attributes["pad"]?.rawValue ?? "0") ?? 0) : 0
        let margin = madeForTarget ? 0 : 0.04 * Double(min(width, height))
        let zoom = min((Double(width) - 2 * margin) / max(box.width + 2 * pad, 1), (Double(height) - 2 * margin) / max(box.height + 2 * pad, 1))
        let centre = ((box.minimum.x + box.maximum.x) / 2, (box.minimum.y + box.maximum.y) / 2)
        return ["pad": "0", "viewport": String(format: "%d,%d,%.6f,%.3f,%.3f", width, height, zoom, centre.0, centre.1)]
    }
}
