import CooperationCore
import Foundation

/// The parts of a Graphviz SVG that the metrics need: its size, the scale from drawing units to
/// points, every text with its role and every shape, each with the object (node, edge,
/// cluster, graph) it belongs to, and every node's outline and edge's strokes by the DOT names
/// Graphviz writes in their `<title>`.
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

    /// A node: its DOT name, what it reads (its bold lines, else its first line, else its
    /// name), the shapes of its outline and the box round them.
    struct Node {
        /// One shape a node draws: an ellipse (in its box), a polygon, or a box (a rounded
        /// outline, drawn as a path).
        enum Outline {
            case ellipse(Box)
            case polygon([SVGPath.Point])
            case box(Box)
        }
        var name: String
        var label: String
        var outlines: [Outline]
        var box: Box

        /// Whether `point` lies inside one of the outline's shapes, `margin` or more from its edge.
        func contains(_ point: SVGPath.Point, margin: Double) -> Bool {
            outlines.contains { outline in
                switch outline {
                case .box(let box):
                    return box.inset(margin).contains(point)
                case .ellipse(let box):
                    let radiusX = (box.maxX - box.minX) / 2 - margin, radiusY = (box.maxY - box.minY) / 2 - margin
                    guard radiusX > 0, radiusY > 0 else { return false }
                    let dx = (point.x - (box.minX + box.maxX) / 2) / radiusX, dy = (point.y - (box.minY + box.maxY) / 2) / radiusY
                    return dx * dx + dy * dy < 1
                case .polygon(let corners):
                    return Self.polygon(corners, contains: point, margin: margin)
                }
            }
        }

        /// Even–odd crossing test, then the distance to every side.
        static func polygon(_ corners: [SVGPath.Point], contains point: SVGPath.Point, margin: Double) -> Bool {
            guard corners.count > 2 else { return false }
            var inside = false
            var previous = corners[corners.count - 1]
            for corner in corners {
                if (corner.y > point.y) != (previous.y > point.y),
                   point.x < (previous.x - corner.x) * (point.y - corner.y) / (previous.y - corner.y) + corner.x {
                    inside.toggle()
                }
                previous = corner
            }
            guard inside else { return false }
            previous = corners[corners.count - 1]
            for corner in corners {
                let side = (corner.x - previous.x, corner.y - previous.y)
                let length = side.0 * side.0 + side.1 * side.1
                let t = length > 0 ? min(1, max(0, ((point.x - previous.x) * side.0 + (point.y - previous.y) * side.1) / length)) : 0
                let nearest = (previous.x + t * side.0 - point.x, previous.y + t * side.1 - point.y)
                if nearest.0 * nearest.0 + nearest.1 * nearest.1 < margin * margin { return false }
                previous = corner
            }
            return true
        }
    }
    /// An edge: its two ends' DOT names and what it draws, each `<path>` and each arrowhead
    /// polygon, in the drawing's own coordinates (the translation is applied when sampled).
    struct Edge {
        var tail: String
        var head: String
        var paths: [String]
        var arrowheads: [[SVGPath.Point]]
        /// Whether the edge carries ``geographicClass``: a line between two places' coordinates.
        var geographic = false
    }

    /// The class of an edge drawn between two places' coordinates on a map: its course is
    /// geography's, so it passes over (and under the labels of) what lies between.
    static let geographicClass = "geographic"

    /// The drawing's size in points.
    var width: Double, height: Double
    /// Points per drawing unit (the viewBox and the graph's own scale).
    var unitScale: Double
    var texts: [Text] = []
    var shapes: [Shape] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// The graph's translation, added to every coordinate drawn in it.
    var translation = (x: 0.0, y: 0.0)

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
        translation = translate
        // The drawing's own coordinates, moved by the graph's translation so (0, 0) is its corner.
        func x(_ value: Double) -> Double { value + translate.0 }
        func y(_ value: Double) -> Double { value + translate.1 }

        var stack: [(kind: String, owner: String, title: Bool)] = []
        var firstGraphPolygon = true
        var titles: [(index: Int, size: Double)] = []
        // Per node and edge group (by its SVG id): its <title>, outline boxes, strokes.
        var groupTitle: [String: String] = [:]
        var nodeOrder: [String] = [], edgeOrder: [String] = []
        var geographicEdges: Set<String> = []
        var outlines: [String: [Node.Outline]] = [:]
        var strokes: [String: (paths: [String], arrowheads: [[SVGPath.Point]])] = [:]
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
                    if kind == "node" { nodeOrder.append(owner) }
                    if kind == "edge" {
                        edgeOrder.append(owner)
                        if classes.contains(where: { $0 == Self.geographicClass }) { geographicEdges.insert(owner) }
                    }
                }
                continue
            }
            guard !tag.isClosing else { continue }
            let context = stack.last ?? (kind: "graph", owner: "graph", title: false)
            if context.kind == "node" || context.kind == "edge" {
                switch tag.name {
                case "title" where groupTitle[context.owner] == nil:
                    groupTitle[context.owner] = SVGTag.unescape(tag.text)
                case "ellipse" where context.kind == "node":
                    if let cx = tag.attributes["cx"].flatMap(Double.init), let cy = tag.attributes["cy"].flatMap(Double.init),
                       let rx = tag.attributes["rx"].flatMap(Double.init), let ry = tag.attributes["ry"].flatMap(Double.init) {
                        outlines[context.owner, default: []].append(.ellipse(Box(minX: x(cx - rx), minY: y(cy - ry), maxX: x(cx + rx), maxY: y(cy + ry))))
                    }
                case "polygon", "polyline", "path":
                    let raw = tag.name == "path" ? (tag.attributes["d"] ?? "") : (tag.attributes["points"] ?? "")
                    if context.kind == "node" {
                        // A polyline inside a node (a note's fold, a box3d's edges) lies within its polygon.
                        let values = Self.allNumbers(raw)
                        let points = stride(from: 0, to: values.count - 1, by: 2).map { (x: x(values[$0]), y: y(values[$0 + 1])) }
                        if tag.name == "polygon", points.count > 2 {
                            outlines[context.owner, default: []].append(.polygon(points))
                        } else if tag.name == "path", let first = points.first {
                            let box = points.reduce(Box(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)) {
                                $0.union(Box(minX: $1.x, minY: $1.y, maxX: $1.x, maxY: $1.y))
                            }
                            outlines[context.owner, default: []].append(.box(box))
                        }
                    } else if tag.name == "path" {
                        strokes[context.owner, default: ([], [])].paths.append(raw)
                    } else {
                        let values = Self.allNumbers(raw)
                        let points = stride(from: 0, to: values.count - 1, by: 2).map { (x: values[$0], y: values[$0 + 1]) }
                        if points.count > 1 { strokes[context.owner, default: ([], [])].arrowheads.append(points + (tag.name == "polygon" ? [points[0]] : [])) }
                    }
                default:
                    break
                }
            }
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
        for owner in nodeOrder {
            guard let name = groupTitle[owner], let shapes = outlines[owner], !shapes.isEmpty else { continue }
            let box = shapes.map { shape -> Box in
                switch shape {
                case .box(let box), .ellipse(let box): return box
                case .polygon(let corners):
                    return corners.reduce(Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)) {
                        $0.union(Box(minX: $1.x, minY: $1.y, maxX: $1.x, maxY: $1.y))
                    }
                }
            }.reduce(Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)) { $0.union($1) }
            let own = texts.filter { $0.owner == owner }
            let bold = own.filter { $0.role == .name }.map(\.content)
            let label = bold.isEmpty ? (own.first?.content ?? name) : bold.joined(separator: " ")
            nodes.append(Node(name: name, label: label, outlines: shapes, box: box))
        }
        let names = Set(nodes.map(\.name))
        for owner in edgeOrder {
            guard let title = groupTitle[owner], let drawn = strokes[owner] else { continue }
            let (tail, head) = Self.ends(of: title, among: names)
            edges.append(Edge(tail: tail, head: head, paths: drawn.paths, arrowheads: drawn.arrowheads, geographic: geographicEdges.contains(owner)))
        }
        // The title is the graph's largest bold text; other bold text of the graph (a legend
        // heading) is secondary.
        if let largest = titles.map(\.size).max() {
            for (index, size) in titles where size == largest { texts[index].role = .title }
        }
    }

    /// The points an edge draws, its lines and its arrowheads' sides sampled every `step`
    /// units or closer, in the drawing's coordinates (as nodes' and texts' boxes are).
    func samples(of edge: Edge, step: Double) -> [SVGPath.Point] {
        let lines = edge.paths.flatMap { SVGPath.polylines($0, step: step) } + edge.arrowheads
        var points: [SVGPath.Point] = []
        for line in lines {
            guard let first = line.first else { continue }
            points.append((first.x + translation.x, first.y + translation.y))
            for (a, b) in zip(line, line.dropFirst()) {
                let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                let count = max(1, Int((length / max(step, 1e-6)).rounded(.up)))
                for sample in 1...count {
                    let t = Double(sample) / Double(count)
                    points.append((a.x + t * (b.x - a.x) + translation.x, a.y + t * (b.y - a.y) + translation.y))
                }
            }
        }
        return points
    }

    /// The two ends of an edge from its title, `tail->head` (or `tail--head`): the split
    /// whose sides are both node names (a name may hold `->` itself), else the first.
    static func ends(of title: String, among names: Set<String>) -> (String, String) {
        var splits: [(String, String)] = []
        for separator in ["->", "--"] {
            var searchFrom = title.startIndex
            while let range = title.range(of: separator, range: searchFrom..<title.endIndex) {
                splits.append((String(title[..<range.lowerBound]), String(title[range.upperBound...])))
                searchFrom = title.index(after: range.lowerBound)
            }
        }
        return splits.first { names.contains($0.0) && names.contains($0.1) } ?? splits.first ?? (title, title)
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
