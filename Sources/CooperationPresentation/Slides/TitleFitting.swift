import DOT
import Foundation
import Graphviz

/// The font size at which a line of text fits a width on one line. The text is measured by
/// Graphviz's text layout (Pango over fontconfig and FreeType, so with the font's own
/// advance widths and kerning): a plain-text node of the text is laid out at 100 pt and its
/// width read back.
enum TitleFitting {
    /// The share of the box the text may take, for the small differences between Pango's
    /// layout and a presentation program's.
    static let slack = 0.92
    /// A line's height in ems: presentation programs space single lines at about 1.2 em.
    static let lineHeight = 1.2
    /// A text box's default insets (0.1 in left and right, 0.05 in top and bottom), in EMU.
    static let horizontalInsets = 182_880, verticalInsets = 91_440

    /// Widths already measured, by font, weight and text: a deck measures the same titles and
    /// halves of captions many times.
    nonisolated(unsafe) private static var measured: [String: Double] = [:]
    private static let lock = NSLock()

    /// The width of `text` at 100 pt in points.
    static func width(of text: String, font: String, bold: Bool) throws(GraphvizError) -> Double {
        let key = "\(bold ? "bold" : "regular")\u{0}\(font)\u{0}\(text)"
        if let known = lock.withLock({ measured[key] }) { return known }
        let width = try measure(text, font: font, bold: bold)
        lock.withLock { measured[key] = width }
        return width
    }

    /// Lays out a plain-text node of `text` at 100 pt and reads its width back.
    private static func measure(_ text: String, font: String, bold: Bool) throws(GraphvizError) -> Double {
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

    /// The lines, broken at spaces, and the size (hundredths of a point, at most `maximum`) at
    /// which `text` fits a box of `width` × `height` EMU inside its insets. One line when it
    /// fits at `minimum` or more, else two lines of about equal width; when even two lines
    /// need less than `minimum`, the size that fits wins over `minimum`, so the text never
    /// runs past the box's edge.
    static func lines(of text: String, font: String, bold: Bool, maximum: Int, minimum: Int, width: Int, height: Int)
        throws(GraphvizError) -> (size: Int, lines: [String]) {
        let availableWidth = Double(width - horizontalInsets) / DrawingML.emuPerPoint * slack
        let availableHeight = Double(height - verticalInsets) / DrawingML.emuPerPoint
        func fitting(_ lines: [String]) throws(GraphvizError) -> Int {
            var widest = 0.0
            for line in lines { widest = max(widest, try Self.width(of: line, font: font, bold: bold)) }
            let byWidth = widest > 0 ? availableWidth / widest * 100 : Double(maximum) / 100
            let byHeight = availableHeight / (Double(lines.count) * lineHeight)
            // Down to a tenth of a point, as the format's sizes go in hundredths.
            return min(maximum, Int((min(byWidth, byHeight) * 10).rounded(.down)) * 10)
        }
        let single = try fitting([text])
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard single < minimum, words.count > 1 else { return (single, [text]) }
        // The break where the first line stops being narrower than the second, found by
        // bisection: the first line widens and the second narrows as the break moves right.
        var low = 1, high = words.count - 1
        func halves(_ cut: Int) -> [String] { [words[..<cut].joined(separator: " "), words[cut...].joined(separator: " ")] }
        while low < high {
            let middle = (low + high) / 2
            let parts = halves(middle)
            if try Self.width(of: parts[0], font: font, bold: bold) < Self.width(of: parts[1], font: font, bold: bold) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var best = (size: single, lines: [text])
        for cut in Set([max(1, low - 1), low]).sorted() {
            let parts = halves(cut)
            let size = try fitting(parts)
            if size > best.size { best = (size, parts) }
        }
        // A break at a " · " between the caption's parts, or after a comma between names,
        // reads better than one inside a name: taken when it fits at `minimum`, or at nine
        // tenths of the best break's size.
        var separated: (size: Int, lines: [String])?
        for cut in words.indices.dropFirst() where words[cut] == "·" || words[cut - 1].hasSuffix(",") {
            let rest = words[cut] == "·" ? cut + 1 : cut
            guard rest < words.count else { continue }
            let parts = [words[..<cut].joined(separator: " "), words[rest...].joined(separator: " ")]
            let size = try fitting(parts)
            if size > separated?.size ?? 0 { separated = (size, parts) }
        }
        if let separated, separated.size >= min(minimum, best.size * 9 / 10) { return separated }
        return best
    }
}
