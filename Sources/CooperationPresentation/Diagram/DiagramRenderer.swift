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
        let data = try renderWithoutCountryIDs(graph, layout: layout, format: format, size: size, limits: limits)
        guard format == .svg, let plan = graph.attributes[CountryShapeSVG.planAttribute] else { return data }
        return CountryShapeSVG.identify(data, plan: plan.rawValue)
    }

    private static func renderWithoutCountryIDs(_ graph: DOTGraph, layout: String, format: OutputFormat, size: DiagramSize?,
                                                limits: RenderLimits) throws(GraphvizError) -> Data {
        guard let size else { return try Graphviz.render(graph, layout: Layout(rawValue: layout), format: format, limits: limits).data }
        var sized = graph
        // A drawing made for its target (``CooperationDiagram/parts(_:size:onSlide:limits:)``)
        // already has the target's size and its own white space: it is drawn 1:1.
        let madeForTarget = graph.attributes["ratio"]?.rawValue == "fill"
        if format == .png {
            // Lay out once to learn the drawing's bounding box, then draw it through a viewport
            // of exactly the size's pixels (at 72 dpi a point is a pixel), zoomed to fit.
            // A background drawing (a map's countries) never moves the box, and is large: leave it out.
            var probe = graph
            probe.attributes["_background"] = nil
            let laidOut = String(decoding: try Graphviz.render(probe, layout: Layout(rawValue: layout), format: .dot, limits: limits).data, as: UTF8.self)
            let box = try Graphviz.canonicalForm(of: laidOut).attributes["bb"]?.text.split(separator: ",").compactMap { Double($0) } ?? []
            let (width, height) = size.pixels
            guard box.count == 4, box[2] > box[0] || box[3] > box[1] else {
                return try Graphviz.render(graph, layout: Layout(rawValue: layout), format: format, limits: limits).data
            }
            let pad = madeForTarget ? 72 * (Double(graph.attributes["pad"]?.rawValue ?? "0") ?? 0) : 0
            let margin = madeForTarget ? 0 : 0.04 * Double(min(width, height))
            let zoom = min((Double(width) - 2 * margin) / max(box[2] - box[0] + 2 * pad, 1), (Double(height) - 2 * margin) / max(box[3] - box[1] + 2 * pad, 1))
            let centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
            sized.attributes["dpi"] = .raw("72")
            sized.attributes["pad"] = .raw("0")
            sized.attributes["viewport"] = .raw(String(format: "%d,%d,%.6f,%.3f,%.3f", width, height, zoom, centre.0, centre.1))
        } else if !madeForTarget {
            let (width, height) = size.inches
            sized.attributes["size"] = .raw(String(format: "%.3f,%.3f!", width, height))
            // The PDF device adds half an inch around the page unless told not to.
            sized.attributes["margin"] = .raw("0")
        }
        return try Graphviz.render(sized, layout: Layout(rawValue: layout), format: format, limits: limits).data
    }
}
