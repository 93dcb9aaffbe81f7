import CooperationCore
import Foundation

/// How legible a rendered diagram is on its target, measured from the SVG Graphviz wrote: the
/// share of the target's area the drawing covers once fitted into it, the smallest text of each
/// role in target pixels (font size × the scale the drawing gets when fitted), the text boxes
/// that overlap, the labels that cross a node other than their own and the edges whose line
/// runs through a node other than their two ends. A map's lines between places' coordinates
/// (edges of class `geographic`) are not counted: their course is geography's, they pass over
/// the places between, and the labels are drawn over them on a halo that keeps them legible.
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
    /// Edges whose drawn line (sampled every target pixel, curves and arrowheads included)
    /// runs through a node other than their own two ends: a sample inside the node's outline
    /// (its ellipse or polygon, the box of a rounded outline) and ``edgeMargin`` target pixels
    /// or more from its edge.
    public var edgesCrossingNodes: Int
    /// The texts involved in the first overlaps and crossings, for a reader to find them.
    public var offenders: [String]

    /// The fill a diagram needs: 70 % of the target.
    public static let fillFloor = 0.7
    /// How far inside a node's outline an edge must reach to cross it, in target pixels: a
    /// line that only grazes the outline (drawn with its pen's width) does not count.
    public static let edgeMargin = 2.0
    /// How many offenders are named at most.
    static let namedOffenders = 12

    /// Every broken requirement, in words; empty when the diagram passes.
    public var problems: [String] {
        var problems: [String] = []
        if fill < Self.fillFloor { problems.append(String(format: "fills %.0f %% of the target, below %.0f %%", fill * 100, Self.fillFloor * 100)) }
        if let name = smallestName, name < nameFloor - 0.05 { problems.append(String(format: "an entity name is %.1f px, below %.1f px", name, nameFloor)) }
        if let text = smallestSecondary, text < secondaryFloor - 0.05 { problems.append(String(format: "a secondary text is %.1f px, below %.1f px", text, secondaryFloor)) }
        if let title = smallestTitle, title < titleFloor - 0.05 { problems.append(String(format: "the title is %.1f px, below %.1f px", title, titleFloor)) }
        if overlappingTexts > 0 { problems.append("\(overlappingTexts) pairs of text boxes overlap") }
        if labelsCrossingNodes > 0 { problems.append("\(labelsCrossingNodes) labels cross another node") }
        if edgesCrossingNodes > 0 { problems.append("\(edgesCrossingNodes) edges run through another node") }
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
            "edges through a node: \(edgesCrossingNodes)",
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
                if offenders.count < Self.namedOffenders { offenders.append("“\(text.content)” overlaps “\(other.content)”") }
            }
            for shape in drawing.shapes where shape.isNode && shape.owner != text.owner && shape.crosses(text.box.inset(slack)) {
                crossings += 1
                if offenders.count < Self.namedOffenders { offenders.append("“\(text.content)” crosses the node \(shape.owner)") }
            }
        }
        overlappingTexts = overlaps
        labelsCrossingNodes = crossings
        let crossed = Self.edgesCrossingNodes(drawing, margin: Self.edgeMargin / scale, step: 1 / scale)
        edgesCrossingNodes = crossed.count
        for (edge, nodes) in crossed {
            for node in nodes where offenders.count < Self.namedOffenders {
                offenders.append("\(edge.tail.label) → \(edge.head.label) crosses \(node.label)")
            }
        }
        self.offenders = offenders
    }

    /// The edges of `drawing` that run through a node other than their ends, each with the
    /// nodes it crosses, in the drawing's order.
    ///
    /// - Parameters:
    ///   - margin: How far inside a node's outline a line must reach, in drawing units.
    ///   - step: The longest step between two samples of a curve, in drawing units.
    /// - Complexity: O(s × n × k) for s samples, n nodes and k corners a node, less where an
    ///   edge's box misses a node's.
    static func edgesCrossingNodes(_ drawing: SVGDrawing, margin: Double, step: Double)
        -> [(edge: (tail: SVGDrawing.Node, head: SVGDrawing.Node), nodes: [SVGDrawing.Node])] {
        var byName: [String: SVGDrawing.Node] = [:]
        for node in drawing.nodes where byName[node.name] == nil { byName[node.name] = node }
        var found: [(edge: (tail: SVGDrawing.Node, head: SVGDrawing.Node), nodes: [SVGDrawing.Node])] = []
        for edge in drawing.edges where !edge.geographic {
            let points = drawing.samples(of: edge, step: step)
            guard let firstPoint = points.first else { continue }
            let reach = points.reduce(Box(minX: firstPoint.x, minY: firstPoint.y, maxX: firstPoint.x, maxY: firstPoint.y)) {
                $0.union(Box(minX: $1.x, minY: $1.y, maxX: $1.x, maxY: $1.y))
            }
            var crossed: [SVGDrawing.Node] = []
            for node in drawing.nodes where node.name != edge.tail && node.name != edge.head {
                // Touching boxes are enough here: a vertical line has a box of no width.
                let inner = node.box.inset(margin)
                guard inner.minX <= reach.maxX, reach.minX <= inner.maxX, inner.minY <= reach.maxY, reach.minY <= inner.maxY else { continue }
                if points.contains(where: { inner.contains($0) && node.contains($0, margin: margin) }) { crossed.append(node) }
            }
            guard !crossed.isEmpty else { continue }
            let unnamed = { (name: String) in SVGDrawing.Node(name: name, label: name, outlines: [], box: Box(minX: 0, minY: 0, maxX: 0, maxY: 0)) }
            found.append(((byName[edge.tail] ?? unnamed(edge.tail), byName[edge.head] ?? unnamed(edge.head)), crossed))
        }
        return found
    }

    /// The SVG could not be measured.
    public struct UnreadableSVG: Error, CustomStringConvertible {
        /// What is missing.
        public var description: String
    }
}
