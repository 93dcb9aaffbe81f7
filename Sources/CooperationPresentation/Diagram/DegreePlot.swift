import CooperationCore
import Foundation

/// A degree distribution drawn on log–log axes as plain SVG: one dot per degree that occurs
/// (degree 0 cannot sit on a log axis and is left out), decades marked on both axes.
public enum DegreePlot {
    /// The plot of `distribution` (degree, count) with axis titles in `language` (`en`, `pl`).
    ///
    /// - Complexity: O(number of distinct degrees).
    public static func svg(_ distribution: [NetworkDescription.DegreeCount], language: Language = .english) -> String {
        let points = distribution.filter { $0.degree > 0 && $0.count > 0 }
        let width = 480.0, height = 360.0, left = 64.0, bottom = 52.0, top = 20.0, right = 20.0
        let maxX = max(1, ceil(log10(Double(points.map(\.degree).max() ?? 10)))), maxY = max(1, ceil(log10(Double(points.map(\.count).max() ?? 10))))
        func x(_ value: Double) -> Double { left + (width - left - right) * log10(value) / maxX }
        func y(_ value: Double) -> Double { height - bottom - (height - bottom - top) * log10(value) / maxY }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
            "<path d=\"M\(f(left)) \(f(top))V\(f(height - bottom))H\(f(width - right))\" fill=\"none\" stroke=\"#333\"/>",
        ]
        for decade in 0...Int(maxX) {
            let value = pow(10, Double(decade))
            parts.append("<path d=\"M\(f(x(value))) \(f(height - bottom))v5\" stroke=\"#333\"/><text x=\"\(f(x(value)))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\">\(Int(value))</text>")
        }
        for decade in 0...Int(maxY) {
            let value = pow(10, Double(decade))
            parts.append("<path d=\"M\(f(left - 5)) \(f(y(value)))h5\" stroke=\"#333\"/><text x=\"\(f(left - 8))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\">\(Int(value))</text>")
        }
        let words = StringTable.of(language)
        parts.append("<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(words[.degreeAxis])</text>")
        parts.append("<text transform=\"translate(16 \(f((top + height - bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(words[.entitiesAxis])</text>")
        for point in points {
            parts.append("<circle cx=\"\(f(x(Double(point.degree))))\" cy=\"\(f(y(Double(point.count))))\" r=\"3\" fill=\"#1f5f99\"/>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }
}
