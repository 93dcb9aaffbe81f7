import DOT
import Foundation
import Graphviz

extension CooperationDiagram {
    /// How far clear of a node's outline a moved node leaves the line that ran through it, in
    /// points, beyond half the line's pen.
    static let clearance = 4.0
    /// How far a node is moved at most to clear a line, as a share of the drawing's diagonal.
    static let farthestMove = 0.1
    /// How many times a part whose edges run through nodes is repaired by moving them.
    static let clearingAttempts = 4

    /// `graph` as `engine` lays it out, with every node pinned where it lies but those moved to
    /// clear a line that runs through a node. The router bends a line round the polygon it sees
    /// (an ellipse is the octagon inside it) and grazes the outline; a line runs straight when
    /// nothing stands between its ends, so each crossed node is moved off the straight line
    /// between the edge's ends until it passes ``clearance`` points (times `attempt + 1`, a
    /// wider berth on each attempt) clear of the node's outline: straight away from the line,
    /// or along one axis where a neighbour leaves no room that way; or else the edge's end that
    /// is a leaf (a partner hanging from its continent) is moved the other way. A node is moved
    /// at most ``farthestMove`` of the drawing's diagonal and only into room no other node's box
    /// takes. Neato then routes every edge again round the pinned nodes; the caller measures
    /// the result and keeps it only when it is better.
    ///
    /// - Returns: The pinned graph, or `nil` when no line runs through a node or no move clears one.
    /// - Complexity: O(e × n × (s + m × n)) for e edges of s samples, n nodes and moves of at
    ///   most m points.
    static func clearing(_ graph: DOTGraph, engine: String, attempt: Int, limits: RenderLimits) throws(GraphvizError) -> DOTGraph? {
        let laidOut = try Graphviz.layout(graph, layout: Layout(rawValue: engine), limits: limits)
        let nodes = laidOut.nodes
        guard nodes.count >= 2 else { return nil }
        var centres = nodes.map(\.center)
        let box = laidOut.boundingBox
        let farthest = Self.farthestMove * (box.width * box.width + box.height * box.height).squareRoot()
        var movedAny = false
        let position = Dictionary(nodes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var degree: [String: Int] = [:]
        for edge in laidOut.edges where edge.tail != edge.head {
            degree[edge.tail, default: 0] += 1
            degree[edge.head, default: 0] += 1
        }
        for edge in laidOut.edges {
            let route = Self.samples(of: edge.points)
            guard let tail = position[edge.tail], let head = position[edge.head], tail != head else { continue }
            let pen = (edge.attributes["penwidth"]?.text).flatMap(Double.init) ?? 1
            for crossed in nodes.indices where crossed != tail && crossed != head {
                let node = nodes[crossed], centre = centres[crossed]
                guard route.contains(where: { Self.outlineMeasure(of: node, at: centre, point: $0, margin: 0) < 1 }) else { continue }
                let (start, end) = (centres[tail], centres[head])
                let length = hypot(end.x - start.x, end.y - start.y)
                guard length > 0 else { continue }
                // Away from the line, on the side the node's centre lies (either when on it).
                var away = (x: -(end.y - start.y) / length, y: (end.x - start.x) / length)
                if (centre.x - start.x) * away.x + (centre.y - start.y) * away.y < 0 { away = (-away.x, -away.y) }
                let margin = Self.clearance * Double(attempt + 1) + pen / 2
                /// Whether the line from `start` to `end` passes `margin` clear of the node at `centre`.
                func passes(_ start: LaidOutGraph.Point, _ end: LaidOutGraph.Point, _ centre: LaidOutGraph.Point) -> Bool {
                    let count = max(2, Int(hypot(end.x - start.x, end.y - start.y).rounded(.up)))
                    return (0...count).allSatisfy { step in
                        let t = Double(step) / Double(count)
                        let point = LaidOutGraph.Point(x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t)
                        return Self.outlineMeasure(of: node, at: centre, point: point, margin: margin) >= 1
                    }
                }
                /// Whether `moving` placed at `centre` leaves ``clearance`` round its box free of the other nodes.
                func free(_ moving: Int, at centre: LaidOutGraph.Point) -> Bool {
                    nodes.indices.allSatisfy { other in
                        other == moving || abs(centres[other].x - centre.x) >= (nodes[other].width + nodes[moving].width) / 2 + Self.clearance
                            || abs(centres[other].y - centre.y) >= (nodes[other].height + nodes[moving].height) / 2 + Self.clearance
                    }
                }
                /// `direction`, then each axis it leans along.
                func ways(_ direction: (x: Double, y: Double)) -> [(Double, Double)] {
                    [(direction.x, direction.y)] + [(direction.x < 0 ? -1 : 1, 0), (0, direction.y < 0 ? -1 : 1)].filter { axis in
                        axis.0 * direction.x + axis.1 * direction.y > 0.2
                    }
                }
                // The crossed node first, then a leaf end the other way.
                var choices = ways(away).map { (crossed, $0) }
                for (end, other) in [(head, tail), (tail, head)] where degree[nodes[end].name] == 1 && degree[nodes[other].name] ?? 0 > 1 {
                    choices += ways((-away.x, -away.y)).map { (end, $0) }
                }
                for (moving, direction) in choices {
                    var step = 1.0
                    var found: LaidOutGraph.Point?
                    while step <= farthest {
                        let candidate = LaidOutGraph.Point(x: centres[moving].x + direction.0 * step, y: centres[moving].y + direction.1 * step)
                        let line = moving == crossed ? passes(start, end, candidate)
                            : moving == head ? passes(start, candidate, centre) : passes(candidate, end, centre)
                        if line {
                            found = candidate
                            break
                        }
                        step += 1
                    }
                    guard let moved = found, free(moving, at: moved) else { continue }
                    centres[moving] = moved
                    movedAny = true
                    break
                }
            }
        }
        guard movedAny else { return nil }
        // Pinned as laid out, the drawing keeps its size, as ``spread(_:engine:room:limits:)`` pins.
        return pinned(graph, names: nodes.map(\.name), at: centres)
    }

    /// Points along the B-spline of `controls` (Graphviz's `pos`: a start, then three control
    /// points a cubic piece), at most a point apart.
    static func samples(of controls: [LaidOutGraph.Point]) -> [LaidOutGraph.Point] {
        guard let first = controls.first else { return [] }
        var points = [first]
        var start = 0
        while start + 3 < controls.count {
            let (p0, p1, p2, p3) = (controls[start], controls[start + 1], controls[start + 2], controls[start + 3])
            let reach = hypot(p1.x - p0.x, p1.y - p0.y) + hypot(p2.x - p1.x, p2.y - p1.y) + hypot(p3.x - p2.x, p3.y - p2.y)
            let steps = max(1, Int(reach.rounded(.up)))
            for step in 1...steps {
                let t = Double(step) / Double(steps), u = 1 - t
                let (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
                points.append(LaidOutGraph.Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
            }
            start += 3
        }
        return points
    }

    /// Where `point` lies against the outline of `node` centred at `centre` and grown by
    /// `margin` points: below 1 inside, 1 on it, above 1 outside. An ellipse is measured as
    /// itself, every other shape as its box (which holds its polygon).
    static func outlineMeasure(of node: LaidOutGraph.Node, at centre: LaidOutGraph.Point, point: LaidOutGraph.Point, margin: Double) -> Double {
        let halfWidth = node.width / 2 + margin, halfHeight = node.height / 2 + margin
        guard halfWidth > 0, halfHeight > 0 else { return .infinity }
        let dx = (point.x - centre.x) / halfWidth, dy = (point.y - centre.y) / halfHeight
        let shape = node.attributes["shape"]?.text ?? "ellipse"
        if shape == "ellipse" || shape == "oval" { return (dx * dx + dy * dy).squareRoot() }
        return max(abs(dx), abs(dy))
    }
}
