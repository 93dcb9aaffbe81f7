import CooperationCore
import DOT
import Foundation
import Graphviz

/// Renders diagrams at a size: a PNG gets exactly the size's pixels, the drawing fitted and
/// centred on the theme's background; SVG and PDF are scaled to fit the size in inches,
/// keeping their aspect ratio.
public enum DiagramRenderer {
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
        try render(graph, laidOut: GraphvizLayout(graph, layout: Layout(rawValue: layout), limits: limits), format: format, size: size)
    }

    /// The rendered bytes of a part, from its layout when it has one.
    ///
    /// - Throws: ``Graphviz/GraphvizError``.
    public static func render(_ part: DiagramPart, format: OutputFormat, size: DiagramSize?, limits: RenderLimits = .none) throws(GraphvizError) -> Data {
        try render(part.graph, laidOut: part.laidOut(limits: limits), format: format, size: size)
    }

    /// The rendered bytes of `graph` from `laidOut`, its layout: every format drawn from the
    /// same layout, at the size each asks for.
    ///
    /// - Parameters:
    ///   - laidOut: The layout of `graph` (made from its text).
    ///   - format: `svg`, `png`, `pdf` or another Graphviz format.
    ///   - size: The size, or `nil` for Graphviz's natural size.
    /// - Throws: ``Graphviz/GraphvizError``.
    public static func render(_ graph: DOTGraph, laidOut: GraphvizLayout, format: OutputFormat, size: DiagramSize?) throws(GraphvizError) -> Data {
        let data = try renderWithoutCountryIDs(graph, laidOut: laidOut, format: format, size: size)
        guard format == .svg, let plan = graph.attributes[CountryShapeSVG.planAttribute] else { return data }
        return CountryShapeSVG.identify(data, plan: plan.rawValue)
    }

    private static func renderWithoutCountryIDs(_ graph: DOTGraph, laidOut: GraphvizLayout, format: OutputFormat,
                                                size: DiagramSize?) throws(GraphvizError) -> Data {
        guard let size else { return try laidOut.render(format).data }
        // A drawing made for its target (``CooperationDiagram/parts(_:size:onSlide:limits:)``)
        // already has the target's size and its own white space: it is drawn 1:1.
        let madeForTarget = graph.attributes["ratio"]?.rawValue == "fill"
        if format == .png {
            // Draw the layout through a viewport of exactly the size's pixels (at 72 dpi a point
            // is a pixel), zoomed to fit its bounding box.
            let box = laidOut.boundingBox
            let (width, height) = size.pixels
            guard box.width > 0 || box.height > 0 else { return try laidOut.render(format).data }
            let pad = madeForTarget ? 72 * (Double(graph.attributes["pad"]?.rawValue ?? "0") ?? 0) : 0
            let margin = madeForTarget ? 0 : 0.04 * Double(min(width, height))
            let zoom = min((Double(width) - 2 * margin) / max(box.width + 2 * pad, 1), (Double(height) - 2 * margin) / max(box.height + 2 * pad, 1))
            let centre = ((box.minimum.x + box.maximum.x) / 2, (box.minimum.y + box.maximum.y) / 2)
            return try laidOut.render(format, attributes: [
                "dpi": "72", "pad": "0", "viewport": String(format: "%d,%d,%.6f,%.3f,%.3f", width, height, zoom, centre.0, centre.1),
            ]).data
        }
        guard !madeForTarget else { return try laidOut.render(format).data }
        let (width, height) = size.inches
        // The PDF device adds half an inch around the page unless told not to.
        let sizing = ["size": String(format: "%.3f,%.3f!", width, height), "margin": "0"]
        guard graph.attributes["ratio"] == nil else {
            // With a ratio the size is part of the layout: it is laid out again.
            var sized = graph
            for (name, value) in sizing { sized.attributes[name] = .raw(value) }
            return try Graphviz.render(sized, layout: laidOut.layout, format: format, limits: laidOut.limits).data
        }
        return try laidOut.render(format, attributes: sizing).data
    }
}
