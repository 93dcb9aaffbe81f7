import DOT
import Graphviz

/// The font size at which a line of text fits a width on one line. The text is measured by
/// Graphviz's text layout (Pango over fontconfig and FreeType, so with the font's own
/// advance widths and kerning): a plain-text node of the text is laid out at 100 pt and its
/// width read back.
enum TitleFitting {
    /// The share of the box the text may take, for the small differences between Pango's
    /// layout and a presentation program's.
    static let slack = 0.92

    /// The width of `text` at 100 pt in points.
    static func width(of text: String, font: String, bold: Bool) throws(GraphvizError) -> Double {
        var graph = DOTGraph(id: "measure")
        graph.addNode("text", [
            "shape": .raw("plaintext"), "margin": .raw("0"), "width": .raw("0"), "height": .raw("0"), "fontsize": .raw("100"),
            "fontname": .text(bold ? font + " Bold" : font), "label": .text(text),
        ])
        return try Graphviz.layout(graph, layout: .dot).nodes.first?.width ?? 0
    }

    /// The largest size, in hundredths of a point and at most `maximum`, at which `text`
    /// fits `width` EMU on one line (at least 10 pt).
    static func size(of text: String, font: String, bold: Bool, maximum: Int, width: Int) throws(GraphvizError) -> Int {
        let measured = try Self.width(of: text, font: font, bold: bold)
        guard measured > 0 else { return maximum }
        let available = Double(width) / DrawingML.emuPerPoint * slack
        let fitting = Int((available / measured * 100 * 100).rounded(.down))
        return max(1000, min(maximum, fitting / 100 * 100))
    }
}
