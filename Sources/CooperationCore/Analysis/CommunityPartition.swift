/// A partition of a dataset's entities into communities, with its modularity.
public struct CommunityPartition: Sendable {
    /// The community of every entity, by index; communities are numbered largest first
    /// (ties: the one holding the smaller entity index first).
    public let membership: [Int]
    /// The members of each community, sorted by index.
    public let communities: [[Int]]
    /// Newman–Girvan modularity of the partition on the graph it was found on.
    public let modularity: Double

    /// The partition given by `labels` (one per entity, each in `0..<labels.count`), numbered
    /// largest first, with the modularity of `graph`.
    ///
    /// - Complexity: O(*n* + *m* + *c* log *c*) for *c* communities.
    package init(labels: [Int32], graph: WeightedGraph, resolution: Double = 1) {
        let n = labels.count
        // Members by label in index order (a counting sort), and each label's first member.
        var start = [Int](repeating: 0, count: n + 1)
        for label in labels { start[Int(label) + 1] += 1 }
        for label in 0..<n { start[label + 1] += start[label] }
        var fill = start
        var members = [Int](repeating: 0, count: n)
        for (vertex, label) in labels.enumerated() {
            members[fill[Int(label)]] = vertex
            fill[Int(label)] += 1
        }
        let order = (0..<n).filter { start[$0 + 1] > start[$0] }.sorted { a, b in
            let sizeA = start[a + 1] - start[a], sizeB = start[b + 1] - start[b]
            return sizeA != sizeB ? sizeA > sizeB : members[start[a]] < members[start[b]]
        }
        var membership = [Int](repeating: 0, count: n)
        let communities = order.enumerated().map { number, label -> [Int] in
            let group = Array(members[start[label]..<start[label + 1]])
            for vertex in group { membership[vertex] = number }
            return group
        }
        self.membership = membership
        self.communities = communities
        self.modularity = CommunityPartition.modularity(of: membership, communities: communities.count, graph: graph, resolution: resolution)
    }

    /// Modularity (Newman & Girvan 2004) of `membership` on `graph`:
    /// Σ_c [*L_c*/*m* − γ(*D_c*/2*m*)²] for internal weight *L_c* (self-links once) and total
    /// strength *D_c* of community *c*, as NetworkX's `modularity` computes it.
    ///
    /// - Returns: NaN when the graph has no edge.
    /// - Complexity: O(*n* + *m*).
    package static func modularity(of membership: [Int], communities: Int, graph: WeightedGraph, resolution: Double = 1) -> Double {
        var inside = [Double](repeating: 0, count: communities)
        var strength = [Double](repeating: 0, count: communities)
        var total = 0.0
        for v in 0..<graph.count {
            let c = membership[v]
            inside[c] += graph.selfWeights[v]
            strength[c] += 2 * graph.selfWeights[v]
            total += graph.selfWeights[v]
            for p in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = graph.weights[p]
                strength[c] += w
                if v < Int(graph.neighbours[p]) {
                    total += w
                    if membership[Int(graph.neighbours[p])] == c { inside[c] += w }
                }
            }
        }
        guard total > 0 else { return .nan }
        var q = 0.0
        for c in 0..<communities {
            let share = strength[c] / (2 * total)
            q += inside[c] / total - resolution * share * share
        }
        return q
    }

    /// Each community's `count` highest-degree members (ties by id), to name it by.
    public func largestMembers(_ dataset: Dataset, count: Int = 3) -> [[Int]] {
        let degree = GraphIndex(dataset).degrees
        return communities.map { members in
            Array(members.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : dataset.entities[$0].id < dataset.entities[$1].id }.prefix(count))
        }
    }

    /// How many members of each community are on each continent (their own or their
    /// country's); members with neither are left out.
    public func continents(_ dataset: Dataset) -> [[Continent: Int]] {
        communities.map { members in
            var counts: [Continent: Int] = [:]
            for member in members { if let continent = dataset.entities[member].resolvedContinent { counts[continent, default: 0] += 1 } }
            return counts
        }
    }
}
