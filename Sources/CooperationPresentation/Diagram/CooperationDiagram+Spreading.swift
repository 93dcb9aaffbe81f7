import CooperationCore
import DOT
import Foundation
import Graphviz

extension CooperationDiagram {
    /// How thin a layout may be before it counts as a line: the spread of its node centres
    /// across their main direction, as a share of the spread along it (5 %).
    static let lineThinness = 0.05

    /// `graph` laid out by `engine` at its own size, then spread to fill `room` (points): its
    /// nodes pinned so that their boxes reach every side of the room less the graph's label,
    /// for neato to draw. Graphviz's own spreading (`ratio=fill`) scales the node centres, not
    /// their boxes, and cannot widen a line; a few nodes on a line (a focus and one or two
    /// neighbours) are turned first, so the line runs along the room's diagonal.
    ///
    /// - Returns: The pinned graph, or `nil` when there are fewer than two nodes or they do
    ///   not fit the room.
    static func spread(_ graph: DOTGraph, engine: String, room: (width: Double, height: Double), limits: RenderLimits) throws(GraphvizError) -> DOTGraph? {
        var natural = graph
        natural.attributes["ratio"] = nil
        natural.attributes["size"] = nil
        let laidOut = try Graphviz.layout(natural, layout: Layout(rawValue: engine), limits: limits)
        let nodes = laidOut.nodes
        guard nodes.count >= 2 else { return nil }
        let labelHeight = (laidOut.attributes["lheight"]?.text).flatMap(Double.init).map { $0 * 72 + 8 } ?? 0
        let width = room.width, height = room.height - labelHeight
        var xs = nodes.map(\.center.x), ys = nodes.map(\.center.y)
        // The main direction of the centres, from their covariance.
        let meanX = xs.reduce(0, +) / Double(xs.count), meanY = ys.reduce(0, +) / Double(ys.count)
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for (x, y) in zip(xs, ys) {
            sxx += (x - meanX) * (x - meanX)
            syy += (y - meanY) * (y - meanY)
            sxy += (x - meanX) * (y - meanY)
        }
        let angle = atan2(2 * sxy, sxx - syy) / 2
        let middle = (sxx + syy) / 2, half = (((sxx - syy) / 2) * ((sxx - syy) / 2) + sxy * sxy).squareRoot()
        if middle - half <= Self.lineThinness * Self.lineThinness * (middle + half) {
            // A line: turned onto the falling diagonal, its first node (the centre) at the top
            // left, where reading starts.
            var along = (x: cos(angle), y: sin(angle))
            if (xs[0] - meanX) * along.x + (ys[0] - meanY) * along.y > 0 { along = (-along.x, -along.y) }
            let length = (width * width + height * height).squareRoot()
            let diagonal = (x: width / length, y: -height / length)
            for index in xs.indices {
                let (dx, dy) = (xs[index] - meanX, ys[index] - meanY)
                let t = dx * along.x + dy * along.y, across = -dx * along.y + dy * along.x
                (xs[index], ys[index]) = (t * diagonal.x - across * diagonal.y, t * diagonal.y + across * diagonal.x)
            }
        }
        guard let left = stretch(xs, halves: nodes.map { $0.width / 2 }, to: width),
              let bottom = stretch(ys, halves: nodes.map { $0.height / 2 }, to: height) else { return nil }
        return pinned(graph, names: nodes.map(\.name), at: nodes.indices.map { LaidOutGraph.Point(x: left[$0], y: bottom[$0]) })
    }

    /// `graph` with each node of `names` pinned at the point of `centres` beside it, in points
    /// (the first point of a name repeated), drawn as pinned: no size to scale to and no removal
    /// of overlaps; `ratio=fill` stays to tell the renderer the drawing is made for its target.
    static func pinned(_ graph: DOTGraph, names: [String], at centres: [LaidOutGraph.Point]) -> DOTGraph {
        var pins: [String: String] = [:]
        for (name, centre) in zip(names, centres) where pins[name] == nil {
            pins[name] = String(format: "%.4f,%.4f!", centre.x / 72, centre.y / 72)
        }
        var pinned = graph
        pinned.statements = pinned.statements.map { statement in
            guard case .node(var node) = statement, let pin = pins[node.id] else { return statement }
            node.attributes["pos"] = .raw(pin)
            return .node(node)
        }
        pinned.attributes["size"] = nil
        pinned.attributes["overlap"] = .raw("true")
        return pinned
    }

    /// `values` (centres of boxes `halves` wide on each side) scaled about their mean so that
    /// the boxes span `length`, and moved to start at 0; `nil` when they are wider at the
    /// smallest scale than `length`.
    ///
    /// The span grows with the scale (it is the largest of lines rising with it less the
    /// smallest), so the scale is found by bisection.
    static func stretch(_ values: [Double], halves: [Double], to length: Double) -> [Double]? {
        let mean = values.reduce(0, +) / Double(values.count)
        func placed(_ scale: Double) -> [Double] { values.map { mean + ($0 - mean) * scale } }
        func span(_ scale: Double) -> (low: Double, high: Double) {
            let centres = placed(scale)
            return (zip(centres, halves).map { $0 - $1 }.min() ?? 0, zip(centres, halves).map { $0 + $1 }.max() ?? 0)
        }
        func extent(_ scale: Double) -> Double { let (low, high) = span(scale); return high - low }
        guard extent(0) <= length else { return nil }
        var low = 0.0, high = 1.0
        while extent(high) < length, high < 1e6 { high *= 2 }
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if extent(middle) < length { low = middle } else { high = middle }
        }
        let start = span(low).low
        return placed(low).map { $0 - start }
    }
}
