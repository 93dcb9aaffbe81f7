import DOT

extension Graphviz {
    /// Lays a graph out and renders it with its edges routed round the nodes (`splines=true`),
    /// each pair of ends routed by Graphviz among the nodes near the line between them, instead
    /// of among every node at once.
    ///
    /// Graphviz routes the edges of `neato`, `fdp`, `twopi` and `circo` through a visibility
    /// graph of every node's corners, built whole before the first edge: its cost grows with the
    /// cube of the corners, whatever the number of edges (0.55 s for 70 nodes, where placing
    /// them takes 0.03 s). Here the nodes are placed once with straight edges; each pair of ends
    /// is then routed (layout `nop2`: nodes pinned where they were placed) with only its ends
    /// and the nodes its straight line passes, and again with the nodes its route passes, until
    /// the route runs through no other node (or four tries); the graph is rendered with every
    /// node and edge where it was put. An edge that clears every node is straight, as Graphviz
    /// draws it; one that does not bends round the same nodes Graphviz's own route avoids.
    ///
    /// A graph with subgraphs, ports, or edges Graphviz would not route (no `splines=true`, or
    /// the `dot` layout, which routes its own way) is rendered by
    /// ``render(_:layout:requests:limits:)`` as it is.
    ///
    /// - Throws: the errors of ``render(_:layout:requests:limits:)``.
    public static func renderRoutingLocally(_ graph: DOTGraph, layout: Layout, requests: [RenderRequest],
                                            limits: RenderLimits = .none) throws(GraphvizError) -> [Rendering] {
        let edgeIndices = graph.statements.indices.filter { if case .edge = graph.statements[$0] { true } else { false } }
        guard layout != .dot, graph.attributes["splines"] == .raw("true"), graph.subgraphs.isEmpty,
              graph.edges.allSatisfy({ $0.from.port == nil && $0.to.port == nil && $0.from.compass == nil && $0.to.compass == nil }) else {
            return try render(graph, layout: layout, requests: requests, limits: limits)
        }
        var straight = graph
        straight.attributes["splines"] = .raw("false")
        let placed = try Self.layout(straight, layout: layout, limits: limits)
        var positions: [String: String] = [:], places: [String: LocalRouting.Place] = [:]
        for node in placed.nodes {
            guard let position = node.attributes["pos"]?.text else { continue }
            positions[node.name] = position
            places[node.name] = LocalRouting.Place(center: node.center, width: node.width, height: node.height,
                                                   shape: node.attributes["shape"]?.text ?? "ellipse")
        }
        var pinned = graph
        var declared = Set<String>()
        for index in pinned.statements.indices {
            guard case .node(var node) = pinned.statements[index], let position = positions[node.id] else { continue }
            node.attributes["pos"] = .raw(position)
            pinned.statements[index] = .node(node)
            declared.insert(node.id)
        }
        for node in placed.nodes where !declared.contains(node.name) {
            guard let position = positions[node.name] else { continue }
            pinned.addNode(node.name, ["pos": .raw(position)])
            declared.insert(node.name)
        }
        // The edges between the same two nodes are routed together, as Graphviz spreads them.
        var pairs: [LocalRouting.Pair: [Int]] = [:], order: [LocalRouting.Pair] = []
        for index in edgeIndices {
            guard case .edge(let edge) = graph.statements[index] else { continue }
            let pair = LocalRouting.Pair(edge.from.node, edge.to.node)
            if pairs[pair] == nil { order.append(pair) }
            pairs[pair, default: []].append(index)
        }
        let router = LocalRouting(graph: graph, places: places, positions: positions)
        for pair in order {
            let indices = pairs[pair] ?? []
            guard let routes = try router.route(pair, edges: indices.compactMap { index in
                if case .edge(let edge) = graph.statements[index] { edge } else { nil }
            }, limits: limits) else {
                return try render(graph, layout: layout, requests: requests, limits: limits)
            }
            for (index, route) in zip(indices, routes) {
                guard case .edge(var edge) = pinned.statements[index] else { continue }
                edge.attributes["pos"] = .raw(route)
                pinned.statements[index] = .edge(edge)
            }
        }
        return try render(pinned, layout: Layout(rawValue: "nop2"), requests: requests, limits: limits)
    }
}
