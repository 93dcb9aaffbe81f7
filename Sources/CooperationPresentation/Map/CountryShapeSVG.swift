import Foundation

/// Gives every country in a map's SVG an identity. Graphviz draws the graph's `_background`
/// as bare `<polygon>` elements, in the order of the xdot operations and with no ids, so a
/// map carries its plan (``planAttribute``: each country's code, number of polygons and
/// tooltip, in drawing order) and this wraps each country's run of polygons in
/// `<g id="coverage-country-DE" class="country country-DE" data-code="DE"><title>…</title>…</g>`,
/// the id led by the view's name so that both maps can share one HTML page. The page
/// background and the sea come first, as two polygons; the countries follow.
public enum CountryShapeSVG {
    /// The graph attribute holding the plan: the id prefix, then `CODE,POLYGONS,TOOLTIP` entries,
    /// joined by `|`. Graphviz ignores attributes it does not know.
    public static let planAttribute = "_countries"

    /// The SVG with each country's polygons grouped and named; unchanged when the polygons
    /// do not match the plan (so a wrong id is never given).
    public static func identify(_ svg: Data, plan: String) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        let parts = plan.split(separator: "|", omittingEmptySubsequences: false)
        let prefix = escape(String(parts.first ?? ""))
        let entries: [(code: String, polygons: Int, tip: String)] = parts.dropFirst().compactMap { entry in
            let fields = entry.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let count = Int(fields[1]), count > 0 else { return nil }
            return (String(fields[0]), count, String(fields[2]))
        }
        guard let graphStart = text.range(of: "<g id=\"graph0\" class=\"graph\"") else { return svg }
        // Graphviz writes one element a line: collect the background's polygon lines in order.
        var lines = text[graphStart.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var polygonLines: [Int] = []
        for (index, line) in lines.enumerated().dropFirst() {
            if line.hasPrefix("<polygon ") { polygonLines.append(index) } else if line.hasPrefix("<g id=") || line.hasPrefix("<text") { break }
        }
        let needed = 2 + entries.reduce(0) { $0 + $1.polygons }
        guard polygonLines.count == needed else { return svg }
        var cursor = 2
        for entry in entries {
            let first = polygonLines[cursor], last = polygonLines[cursor + entry.polygons - 1]
            let code = escape(entry.code)
            lines[first] = "<g id=\"\(prefix)country-\(code)\" class=\"country country-\(code)\" data-code=\"\(code)\">\n<title>\(escape(entry.tip))</title>\n" + lines[first]
            lines[last] += "\n</g>"
            cursor += entry.polygons
        }
        return Data((String(text[..<graphStart.lowerBound]) + lines.joined(separator: "\n")).utf8)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
