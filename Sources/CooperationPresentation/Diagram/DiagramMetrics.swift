import CooperationCore
import Foundation

/// How legible a rendered diagram is on its target, measured from the SVG Graphviz wrote: the
/// share of the target's area the drawing covers once fitted into it, the smallest text of each
/// role in target pixels (font size × the scale the drawing gets when fitted), the text boxes
/// that overlap and the labels that cross a node other than their own.
///
/// Roles: bold text is an entity name (every view sets names in bold); the largest bold text of
/// the graph itself (outside nodes, edges and clusters) is the title; everything else (countries,
/// years, edge labels, cluster labels, captions, the legend) is secondary. Text widths come from
/// DejaVu Sans's advance widths.
public struct DiagramMetrics: Sendable, Hashable, Codable {
    /// The target's name (`slide-16x9`…).
    public var size: String
    /// The target's pixels.
    public var width: Int, height: Int
    /// The share of the target's area inside the bounding box of everything drawn, 0…1.
    public var fill: Double
    /// The smallest entity name, in target pixels (`nil` when there is none).
    public var smallestName: Double?
    /// The smallest secondary text, in target pixels.
    public var smallestSecondary: Double?
    /// The smallest title, in target pixels.
    public var smallestTitle: Double?
    /// The floors of the target in its pixels: names, secondary text, title.
    public var nameFloor: Double, secondaryFloor: Double, titleFloor: Double
    /// Pairs of text boxes of different objects that overlap.
    public var overlappingTexts: Int
    /// Labels that cross a node (its outline's box) other than their own.
    public var labelsCrossingNodes: Int
    /// The texts involved in the first overlaps and crossings, for a reader to find them.
    public var offenders: [String]

    /// The fill a diagram needs: 70 % of the target.
    public static let fillFloor = 0.7

    /// Every broken requirement, in words; empty when the diagram passes.
    public var problems: [String] {
        var problems: [String] = []
        if fill < Self.fillFloor { problems.append(String(format: "fills %.0f %% of the target, below %.0f %%", fill * 100, Self.fillFloor * 100)) }
        if let name = smallestName, name < nameFloor - 0.05 { problems.append(String(format: "an entity name is %.1f px, below %.1f px", name, nameFloor)) }
        if let text = smallestSecondary, text < secondaryFloor - 0.05 { problems.append(String(format: "a secondary text is %.1f px, below %.1f px", text, secondaryFloor)) }
        if let title = smallestTitle, title < titleFloor - 0.05 { problems.append(String(format: "the title is %.1f px, below %.1f px", title, titleFloor)) }
        if overlappingTexts > 0 { problems.append("\(overlappingTexts) pairs of text boxes overlap") }
        if labelsCrossingNodes > 0 { problems.append("\(labelsCrossingNodes) labels cross another node") }
        return problems
    }

    /// Whether every requirement holds.
    public var passes: Bool { problems.isEmpty }

    /// The measures as lines for a terminal.
    public var text: String {
        func pixels(_ value: Double?) -> String { value.map { String(format: "%.1f px", $0) } ?? "–" }
        var lines = [
            "target: \(size) (\(width)×\(height) px)",
            String(format: "fill: %.1f %% (at least %.0f %%)", fill * 100, Self.fillFloor * 100),
            "smallest name: \(pixels(smallestName)) (at least \(pixels(nameFloor)))",
            "smallest secondary text: \(pixels(smallestSecondary)) (at least \(pixels(secondaryFloor)))",
            "title: \(pixels(smallestTitle)) (at least \(pixels(titleFloor)))",
            "overlapping text boxes: \(overlappingTexts)",
            "labels crossing a node: \(labelsCrossingNodes)",
        ]
        lines += offenders.map { "  \($0)" }
        lines.append(passes ? "passes" : "fails: " + problems.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }

    /// Measures `svg` (Graphviz's SVG output) fitted into `size`.
    ///
    /// - Throws: ``DiagramMetrics/UnreadableSVG`` when the text has no `<svg>` element with a size.
    public init(svg: String, size: DiagramSize) throws(UnreadableSVG) {
        let drawing = try SVGDrawing(svg)
        let (targetWidth, targetHeight) = size.pixels
        self.size = size.name
        width = targetWidth
        height = targetHeight
        (nameFloor, secondaryFloor, titleFloor) = DiagramTypography.floorPixels(size)
        // The drawing is fitted into the target keeping its aspect, as the renderer fits it.
        let fit = min(Double(targetWidth) / drawing.width, Double(targetHeight) / drawing.height)
        let scale = fit * drawing.unitScale
        let content = drawing.shapes.map(\.box) + drawing.texts.map(\.box)
        if let first = content.first {
            let union = content.dropFirst().reduce(first) { $0.union($1) }
            let clipped = union.intersection(Box(minX: 0, minY: 0, maxX: drawing.width / drawing.unitScale, maxY: drawing.height / drawing.unitScale))
            fill = min(1, clipped.area * scale * scale / Double(targetWidth * targetHeight))
        } else {
            fill = 0
        }
        func smallest(_ role: SVGDrawing.Role) -> Double? {
            drawing.texts.filter { $0.role == role }.map { $0.fontSize * scale }.min()
        }
        smallestName = smallest(.name)
        smallestSecondary = smallest(.secondary)
        smallestTitle = smallest(.title)
        // Half a target pixel of slack: neighbouring lines of one label touch by design.
        let slack = 0.5 / scale
        var overlaps = 0, crossings = 0
        var offenders: [String] = []
        let texts = drawing.texts
        for (index, text) in texts.enumerated() {
            for other in texts[(index + 1)...] where other.owner != text.owner && text.box.inset(slack).intersects(other.box.inset(slack)) {
                overlaps += 1
                if offenders.count < 8 { offenders.append("“\(text.content)” overlaps “\(other.content)”") }
            }
            for shape in drawing.shapes where shape.isNode && shape.owner != text.owner && shape.crosses(text.box.inset(slack)) {
                crossings += 1
                if offenders.count < 8 { offenders.append("“\(text.content)” crosses the node \(shape.owner)") }
            }
        }
        overlappingTexts = overlaps
        labelsCrossingNodes = crossings
        self.offenders = offenders
    }

    /// The SVG could not be measured.
    public struct UnreadableSVG: Error, CustomStringConvertible {
        /// What is missing.
        public var description: String
    }
}
