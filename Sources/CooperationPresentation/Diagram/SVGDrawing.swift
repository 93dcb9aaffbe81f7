import CooperationCore
import Foundation

/// The parts of a Graphviz SVG that the metrics need: its size, the scale from drawing units to
/// points, every text with its role and every shape, each with the object (node, edge,
/// cluster, graph) it belongs to.
struct SVGDrawing {
    enum Role { case title, name, secondary }
    /// The class a node drawn as a title carries (a map's title is a pinned node).
    static let titleClass = "title"
    struct Text {
        var content: String
        var fontSize: Double
        var role: Role
        var box: Box
        var owner: String
    }
    struct Shape {
        var box: Box
        var ellipse: Bool
        var isNode: Bool
        var owner: String
        /// Whether `box` reaches into the shape: the ellipse itself, or a polygon's box.
        func crosses(_ other: Box) -> Bool {
            guard box.intersects(other) else { return false }
            guard ellipse else { return true }
            let centreX = (box.minX + box.maxX) / 2, centreY = (box.minY + box.maxY) / 2
            let radiusX = max((box.maxX - box.minX) / 2, 0.001), radiusY = max((box.maxY - box.minY) / 2, 0.001)
            let nearestX = min(max(centreX, other.minX), other.maxX), nearestY = min(max(centreY, other.minY), other.maxY)
            let dx = (nearestX - centreX) / radiusX, dy = (nearestY - centreY) / radiusY
            return dx * dx + dy * dy < 1
        }
    }

    /// The drawing's size in points.
    var width: Double, height: Double
    /// Points per drawing unit (the viewBox and the graph's own scale).
    var unitScale: Double
    var texts: [Text] = []
    var shapes: [Shape] = []

    init(_ svg: String) throws(DiagramMetrics.UnreadableSVG) {
        let tags = SVGTag.scan(svg)
        guard let root = tags.first(where: { $0.name == "svg" }),
              let width = root.attributes["width"].flatMap(Self.points), let height = root.attributes["height"].flatMap(Self.points),
              width > 0, height > 0 else {
            throw DiagramMetrics.UnreadableSVG(description: "no <svg> element with a width and height")
        }
        self.width = width
        self.height = height
        let viewBox = (root.attributes["viewBox"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        let viewScale = viewBox.count == 4 && viewBox[2] > 0 ? width / viewBox[2] : 1
        var graphScale = 1.0, translate = (0.0, 0.0)
        if let transform = tags.first(where: { $0.name == "g" && $0.attributes["class"] == "graph" })?.attributes["transform"] {
            graphScale = Self.numbers(after: "scale(", in: transform).first ?? 1
            let offsets = Self.numbers(after: "translate(", in: transform)
            if offsets.count == 2 { translate = (offsets[0], offsets[1]) }
        }
        unitScale = viewScale * graphScale
        // The drawing's own coordinates, moved by the graph's translation so (0, 0) is its corner.
        func x(_ value: Double) -> Double { value + translate.0 }
        func y(_ value: Double) -> Double { value + translate.1 }

        var stack: [(kind: String, owner: String, title: Bool)] = []
        var firstGraphPolygon = true
        var titles: [(index: Int, size: Double)] = []
        for tag in tags {
            if tag.name == "g" {
                if tag.isClosing {
                    if !stack.isEmpty { stack.removeLast() }
                } else if !tag.isSelfClosing {
                    // Graphviz puts a class of the DOT's own after its own ("node entity city").
                    let classes = (tag.attributes["class"] ?? "").split(separator: " ")
                    let kind = classes.first.map(String.init) ?? ""
                    let owner = ["node", "edge", "cluster", "graph"].contains(kind) ? (tag.attributes["id"] ?? kind) : (stack.last?.owner ?? "graph")
                    let title = classes.contains { $0 == Self.titleClass } || (stack.last?.title ?? false)
                    stack.append((["node", "edge", "cluster", "graph"].contains(kind) ? kind : (stack.last?.kind ?? "graph"), owner, title))
                }
                continue
            }
            guard !tag.isClosing else { continue }
            let context = stack.last ?? (kind: "graph", owner: "graph", title: false)
            switch tag.name {
            case "text":
                guard let size = tag.attributes["font-size"].flatMap(Double.init), let baseX = tag.attributes["x"].flatMap(Double.init),
                      let baseY = tag.attributes["y"].flatMap(Double.init) else { continue }
                let content = SVGTag.unescape(tag.text)
                let bold = tag.attributes["font-weight"] == "bold"
                let textWidth = DejaVuWidths.width(of: content, fontSize: size, bold: bold)
                let left = switch tag.attributes["text-anchor"] {
                case "middle": baseX - textWidth / 2
                case "end": baseX - textWidth
                default: baseX
                }
                // DejaVu Sans rises 0.76 em above the baseline and falls 0.24 below; the box
                // keeps the letters' body (capitals and descenders) so stacked lines do not touch.
                let box = Box(minX: x(left), minY: y(baseY - 0.73 * size), maxX: x(left + textWidth), maxY: y(baseY + 0.2 * size))
                var role: Role = bold ? .name : .secondary
                if context.kind == "graph" || context.kind == "cluster" { role = .secondary }
                if context.kind == "graph", bold { titles.append((texts.count, size)) }
                if context.title { role = .title }
                texts.append(Text(content: content, fontSize: size, role: role, box: box, owner: context.owner))
            case "ellipse":
                guard let cx = tag.attributes["cx"].flatMap(Double.init), let cy = tag.attributes["cy"].flatMap(Double.init),
                      let rx = tag.attributes["rx"].flatMap(Double.init), let ry = tag.attributes["ry"].flatMap(Double.init) else { continue }
                shapes.append(Shape(box: Box(minX: x(cx - rx), minY: y(cy - ry), maxX: x(cx + rx), maxY: y(cy + ry)), ellipse: true,
                                    isNode: context.kind == "node", owner: context.owner))
            case "polygon", "polyline", "path":
                let raw = tag.name == "path" ? (tag.attributes["d"] ?? "") : (tag.attributes["points"] ?? "")
                let values = Self.allNumbers(raw)
                guard values.count >= 2 else { continue }
                var box = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
                for pair in stride(from: 0, to: values.count - 1, by: 2) {
                    box = Box(minX: min(box.minX, x(values[pair])), minY: min(box.minY, y(values[pair + 1])),
                              maxX: max(box.maxX, x(values[pair])), maxY: max(box.maxY, y(values[pair + 1])))
                }
                // The graph's first polygon is its background, which covers the whole canvas.
                if context.kind == "graph", tag.name == "polygon", firstGraphPolygon {
                    firstGraphPolygon = false
                    continue
                }
                let isFilled = (tag.attributes["fill"] ?? "none") != "none"
                shapes.append(Shape(box: box, ellipse: false, isNode: context.kind == "node" && (isFilled || tag.name == "polygon"), owner: context.owner))
            default:
                continue
            }
        }
        // The title is the graph's largest bold text; other bold text of the graph (a legend
        // heading) is secondary.
        if let largest = titles.map(\.size).max() {
            for (index, size) in titles where size == largest { texts[index].role = .title }
        }
    }

    private static func points(_ value: String) -> Double? {
        if value.hasSuffix("pt") { return Double(value.dropLast(2)) }
        if value.hasSuffix("px") { return Double(value.dropLast(2)).map { $0 * 0.75 } }
        return Double(value)
    }

    private static func numbers(after prefix: String, in text: String) -> [Double] {
        guard let start = text.range(of: prefix) else { return [] }
        let rest = text[start.upperBound...].prefix { $0 != ")" }
        return allNumbers(String(rest))
    }

    static func allNumbers(_ text: String) -> [Double] {
        var values: [Double] = []
        var current = ""
        for character in text {
            if character.isNumber || character == "." || (character == "-" && current.isEmpty) || (character == "e" && !current.isEmpty) {
                current.append(character)
            } else {
                if let value = Double(current) { values.append(value) }
                current = character == "-" ? "-" : ""
            }
        }
        if let value = Double(current) { values.append(value) }
        return values
    }
}
