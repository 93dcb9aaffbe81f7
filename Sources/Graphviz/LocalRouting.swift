import DOT

/// The routing of one pair of ends among the nodes near it, for
/// ``Graphviz/renderRoutingLocally(_:layout:requests:limits:)``: a graph of those nodes, pinned
/// where the whole graph's layout placed them, and the pair's edges, routed by Graphviz
/// (`nop2`, `notranslate`), with the nodes a route passes added until it passes none.
struct LocalRouting {
    /// Where a node was placed: its centre and size, in points.
    struct Place {
        let center: LaidOutGraph.Point
        let width: Double
        let height: Double
        /// Whether the node is drawn as an ellipse (`ellipse`, `oval`, `circle`…) rather than
        /// within its box.
        let isElliptic: Bool

        /// The shapes drawn as ellipses.
        static let ellipses: Set<String> = ["ellipse", "oval", "circle", "doublecircle", "point", "egg"]

        init(center: LaidOutGraph.Point, width: Double, height: Double, shape: String) {
            self.center = center
            self.width = width
            self.height = height
            isElliptic = Self.ellipses.contains(shape.lowercased())
        }

        /// Whether `point` is inside the node (its ellipse, or its box for any other shape) or
        /// within ``LocalRouting/grazing`` of it.
        func holds(_ point: LaidOutGraph.Point) -> Bool {
            let (rx, ry) = (width / 2 + LocalRouting.grazing, height / 2 + LocalRouting.grazing)
            guard rx > 0, ry > 0 else { return false }
            let (dx, dy) = ((point.x - center.x) / rx, (point.y - center.y) / ry)
            return isElliptic ? dx * dx + dy * dy < 1 : abs(dx) < 1 && abs(dy) < 1
        }

        /// Whether the segment from `start` to `end` passes within `margin` of the node's box.
        func isNear(_ start: LaidOutGraph.Point, _ end: LaidOutGraph.Point, margin: Double) -> Bool {
            let (minX, maxX) = (center.x - width / 2 - margin, center.x + width / 2 + margin)
            let (minY, maxY) = (center.y - height / 2 - margin, center.y + height / 2 + margin)
            // Liang–Barsky clipping of the segment against the box.
            var (low, high) = (0.0, 1.0)
            let (dx, dy) = (end.x - start.x, end.y - start.y)
            for (p, q) in [(-dx, start.x - minX), (dx, maxX - start.x), (-dy, start.y - minY), (dy, maxY - start.y)] {
                if p == 0 {
                    if q < 0 { return false }
                    continue
                }
                let t = q / p
                if p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low > high { return false }
            }
            return true
        }
    }

    /// Two ends, in name order.
    struct Pair: Hashable {
        let first: String
        let second: String

        init(_ one: String, _ other: String) {
            (first, second) = one <= other ? (one, other) : (other, one)
        }
    }

    /// How close to a straight line a node must come to be routed round at the first try.
    static let margin = 8.0
    /// How close to a node a route may come before the node is routed round, in points.
    static let grazing = 3.0
    /// How many times a pair is routed, each time with the nodes its routes passed.
    static let tries = 4

    let graph: DOTGraph
    let places: [String: Place]
    let positions: [String: String]

    /// The routes of `edges` (all between the ends of `pair`) as Graphviz writes them (`pos`),
    /// in their order, or `nil` when Graphviz gave them otherwise than asked.
    ///
    /// Graphviz spreads edges between the same two nodes: side by side when the line between
    /// them is clear, and round nodes through a triangulation (`makeMultiSpline`) that in
    /// Graphviz 2.43 can write past the end of its buffer (valgrind: "Invalid write …
    /// makeMultiSpline", for some shapes of the nodes round them). Such edges are routed in a
    /// child process, as with ``RenderLimits/isolated``, so that no such write reaches this
    /// one; should the child crash, each edge is routed alone.
    func route(_ pair: Pair, edges: [DOTEdge], limits: RenderLimits) throws(GraphvizError) -> [String]? {
        guard edges.count > 1 else { return try routeTogether(pair, edges: edges, limits: limits) }
        var isolated = limits
        isolated.isolatesCrashes = true
        do {
            return try routeTogether(pair, edges: edges, limits: isolated)
        } catch {
            guard case .crashed = error else { throw error }
        }
        var routes: [String] = []
        for edge in edges {
            guard let alone = try routeTogether(pair, edges: [edge], limits: isolated)?.first else { return nil }
            routes.append(alone)
        }
        return routes
    }

    /// The routes of `edges`, routed in one graph.
    private func routeTogether(_ pair: Pair, edges: [DOTEdge], limits: RenderLimits) throws(GraphvizError) -> [String]? {
        guard let first = places[pair.first], let second = places[pair.second] else { return nil }
        var near: Set<String> = [pair.first, pair.second]
        for (name, place) in places where place.isNear(first.center, second.center, margin: Self.margin) { near.insert(name) }
        var routes: [String] = []
        for _ in 0..<Self.tries {
            let laidOut = try Graphviz.layout(subgraph(near, edges: edges), layout: Layout(rawValue: "nop2"), limits: limits)
            // Pinned and not translated: each end where the whole layout put it.
            guard laidOut.edges.count == edges.count,
                  laidOut.nodes.allSatisfy({ node in places[node.name].map { abs($0.center.x - node.center.x) < 0.01 && abs($0.center.y - node.center.y) < 0.01 } ?? false })
            else { return nil }
            routes = []
            var used: [String: Int] = [:]
            for edge in edges {
                let ends = edge.from.node + "\u{0}" + edge.to.node
                let occurrence = used[ends, default: 0]
                used[ends] = occurrence + 1
                let matching = laidOut.edges.filter { $0.tail == edge.from.node && $0.head == edge.to.node }
                guard occurrence < matching.count, let route = matching[occurrence].attributes["pos"]?.text else { return nil }
                routes.append(route)
            }
            let passed = Set(laidOut.edges.flatMap { Self.samples(of: $0.points) }.flatMap { point in
                places.filter { !near.contains($0.key) && $0.value.holds(point) }.map(\.key)
            })
            if passed.isEmpty { break }
            near.formUnion(passed)
        }
        return routes
    }

    /// The graph of `names` (their own statements, pinned) and `edges`, with the whole graph's
    /// attributes but its label, laid out where it is put.
    private func subgraph(_ names: Set<String>, edges: [DOTEdge]) -> DOTGraph {
        var part = DOTGraph(strict: graph.isStrict, directed: graph.isDirected, id: graph.id)
        part.attributes = graph.attributes
        for name in ["label", "xlabel", "root", "size", "ratio"] { part.attributes[name] = nil }
        part.attributes["notranslate"] = .raw("true")
        part.nodeDefaults = graph.nodeDefaults
        part.edgeDefaults = graph.edgeDefaults
        var declared = Set<String>()
        for case .node(var node) in graph.statements where names.contains(node.id) && !declared.contains(node.id) {
            node.attributes["pos"] = positions[node.id].map(DOTValue.raw)
            part.addNode(node.id, node.attributes)
            declared.insert(node.id)
        }
        for name in names.sorted() where !declared.contains(name) {
            part.addNode(name, ["pos": positions[name].map(DOTValue.raw) ?? .raw("0,0")])
        }
        for edge in edges { part.addEdge(edge) }
        return part
    }

    /// Points along a route of cubic Bézier pieces (`p0 c1 c2 p1 c1 c2 p2 …`), ten a piece.
    static func samples(of points: [LaidOutGraph.Point]) -> [LaidOutGraph.Point] {
        guard points.count >= 4 else { return points }
        var samples: [LaidOutGraph.Point] = []
        var start = 0
        while start + 3 < points.count {
            let (p0, p1, p2, p3) = (points[start], points[start + 1], points[start + 2], points[start + 3])
            for step in 1..<10 {
                let t = Double(step) / 10, u = 1 - t
                let (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
                samples.append(LaidOutGraph.Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
            }
            start += 3
        }
        return samples
    }
}
