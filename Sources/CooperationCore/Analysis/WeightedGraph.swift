/// An undirected graph whose edge weights are link counts, for the measures that see parallel
/// links (assortativity on the multigraph, modularity, Louvain): distinct neighbours in
/// compressed rows with the number of links to each, and each vertex's self-links apart.
///
/// With ``LinkCounting/simple`` every weight is 1 and there are no self-links.
public struct WeightedGraph: Sendable {
    /// The number of vertices.
    public let count: Int
    /// `neighbours[offsets[v]..<offsets[v + 1]]` are the neighbours of `v` (never `v`).
    package let offsets: [Int]
    /// Concatenated neighbour lists, in the order their first link appears.
    package let neighbours: [Int32]
    /// The weight of each entry of ``neighbours``.
    package let weights: [Double]
    /// The weight of each vertex's self-links (each counts once as an edge, twice in the strength).
    package let selfWeights: [Double]
    /// The strength (weighted degree) of every vertex: its edge weights, self-links twice.
    package let strength: [Double]

    /// The graph over `dataset`'s links of `kinds` (all when `nil`), counted as `counting` says.
    ///
    /// - Complexity: O(*n* + *m*).
    public init(_ dataset: Dataset, kinds: Set<LinkKind>? = nil, counting: LinkCounting) {
        var ends: [(Int32, Int32)] = []
        ends.reserveCapacity(dataset.links.count)
        var selfWeights = [Double](repeating: 0, count: dataset.entities.count)
        for (position, link) in dataset.links.enumerated() where kinds?.contains(link.kind) ?? true {
            let (source, target) = dataset.endIndices(ofLink: position)
            guard let a = source, let b = target else { continue }
            if a == b {
                if counting == .multigraph { selfWeights[a] += 1 }
            } else {
                ends.append((Int32(a), Int32(b)))
            }
        }
        self.init(count: dataset.entities.count, ends: ends, selfWeights: selfWeights, counting: counting)
    }

    /// The graph of `count` vertices over edge ends (no self-links among them) and self-link weights.
    package init(count n: Int, ends: [(Int32, Int32)], selfWeights: [Double], counting: LinkCounting) {
        var counts = [Int](repeating: 0, count: n + 1)
        for (a, b) in ends {
            counts[Int(a) + 1] += 1
            counts[Int(b) + 1] += 1
        }
        for index in 0..<n { counts[index + 1] += counts[index] }
        var fill = counts
        var raw = [Int32](repeating: 0, count: ends.count * 2)
        for (a, b) in ends {
            raw[fill[Int(a)]] = b
            fill[Int(a)] += 1
            raw[fill[Int(b)]] = a
            fill[Int(b)] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var unique: [Int32] = []
        var weights: [Double] = []
        unique.reserveCapacity(raw.count)
        weights.reserveCapacity(raw.count)
        var slot = [Int](repeating: -1, count: n)
        for vertex in 0..<n {
            let start = unique.count
            for position in counts[vertex]..<counts[vertex + 1] {
                let neighbour = Int(raw[position])
                if slot[neighbour] >= start {
                    if counting == .multigraph { weights[slot[neighbour]] += 1 }
                } else {
                    slot[neighbour] = unique.count
                    unique.append(Int32(neighbour))
                    weights.append(1)
                }
            }
            offsets[vertex + 1] = unique.count
        }
        count = n
        self.offsets = offsets
        self.neighbours = unique
        self.weights = weights
        self.selfWeights = selfWeights
        strength = (0..<n).map { vertex in
            var total = 2 * selfWeights[vertex]
            for position in offsets[vertex]..<offsets[vertex + 1] { total += weights[position] }
            return total
        }
    }

    /// The total edge weight *m* (self-links once).
    package var totalWeight: Double { strength.reduce(0, +) / 2 }
}
