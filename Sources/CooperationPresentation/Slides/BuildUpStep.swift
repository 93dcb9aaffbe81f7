import Graphviz

/// One step of a diagram revealed slide by slide: the group of nodes it adds and its name.
struct BuildUpStep: Hashable, Sendable {
    /// What the step adds (a continent, a network, a group of countries).
    let name: String
    /// The nodes the step adds.
    let added: [String]
    /// The nodes shown from this step on: the earlier steps' and this one's.
    let visible: Set<String>

    /// The steps that reveal `graph` group by group. Nodes in no group (the centre, the
    /// legend) are shown from the first step on. Groups are, in this order of preference: the
    /// top-level clusters other than `excludedCluster`, in the layout's order; or the groups
    /// `group` names, sorted by name; or the connected parts of the graph once `centre` is
    /// taken out, each named after its most connected node, in the order of their first node.
    static func steps(of graph: LaidOutGraph, centre: String, excludedCluster: String, group: (String) -> String?) -> [BuildUpStep] {
        var groups: [(name: String, nodes: [String])] = []
        let clusters = graph.clusters.filter { $0.name != excludedCluster }
        let clustered = Set(graph.clusters.flatMap(\.nodes))
        if !clusters.isEmpty {
            groups = clusters.map { cluster in
                let label = cluster.attributes["label"].map { LabelText(label: $0.text, isHTML: $0.isHTML, name: cluster.name).plainText }
                return (label ?? cluster.name, cluster.nodes.filter { $0 != centre })
            }
        } else {
            var named: [String: [String]] = [:]
            for node in graph.nodes where node.name != centre && !clustered.contains(node.name) {
                if let key = group(node.name) { named[key, default: []].append(node.name) }
            }
            if !named.isEmpty {
                groups = named.keys.sorted().map { ($0, named[$0] ?? []) }
            } else {
                groups = components(of: graph, without: centre, skipping: clustered)
            }
        }
        var visible = Set(graph.nodes.map(\.name)).subtracting(groups.flatMap(\.nodes))
        return groups.filter { !$0.nodes.isEmpty }.map { group in
            visible.formUnion(group.nodes)
            return BuildUpStep(name: group.name, added: group.nodes, visible: visible)
        }
    }

    /// The connected parts of the graph without `centre` (union–find over the edges).
    private static func components(of graph: LaidOutGraph, without centre: String, skipping: Set<String>) -> [(name: String, nodes: [String])] {
        let names = graph.nodes.map(\.name).filter { $0 != centre && !skipping.contains($0) }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        var parent = Array(names.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var degree: [String: Int] = [:]
        for edge in graph.edges {
            degree[edge.tail, default: 0] += 1
            degree[edge.head, default: 0] += 1
            guard let tail = index[edge.tail], let head = index[edge.head] else { continue }
            let (a, b) = (root(tail), root(head))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var order: [Int] = [], members: [Int: [String]] = [:]
        for (position, name) in names.enumerated() {
            let key = root(position)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(name)
        }
        let labels = Dictionary(graph.nodes.map { node in
            (node.name, node.attributes["label"].map { LabelText(label: $0.text, isHTML: $0.isHTML, name: node.name) })
        }, uniquingKeysWith: { first, _ in first })
        return order.map { key in
            let nodes = members[key] ?? []
            let main = nodes.max { (degree[$0] ?? 0, $1) < (degree[$1] ?? 0, $0) } ?? ""
            let name = labels[main].flatMap { $0?.lines.first.map { $0.map(\.text).joined() } } ?? main
            return (name, nodes)
        }
    }
}
