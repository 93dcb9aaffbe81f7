/// A compact, read-only view of a dataset as an undirected graph for the algorithms: entities
/// are numbered densely in dataset order, and each one's distinct neighbours are kept in one
/// contiguous array (compressed sparse rows), in the order their first link appears — the
/// order NetworkX's adjacency keeps.
///
/// Links count as undirected edges. Parallel links between the same two entities are one
/// neighbour for path-based measures (as NetworkX's `G[v]` sees them) and each counts for
/// ``degree(_:)``; a self-link adds 2 to the degree and no neighbour.
public struct GraphIndex: Sendable {
    /// Entity ids by index.
    public let ids: [String]
    /// `neighbours[offsets[v]..<offsets[v + 1]]` are the neighbours of `v`.
    public let offsets: [Int]
    /// Concatenated neighbour lists.
    public let neighbours: [Int32]
    /// Degrees counting every link (multi-links and self-links included).
    public let degrees: [Int]

    /// The number of entities.
    public var count: Int { ids.count }

    /// The index of the graph over `dataset`, keeping only links of `kinds` when given.
    ///
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* links.
    public init(_ dataset: Dataset, kinds: Set<LinkKind>? = nil) {
        let n = dataset.entities.count
        ids = dataset.entities.map(\.id)
        var degrees = [Int](repeating: 0, count: n)
        var ends: [(Int32, Int32)] = []
        ends.reserveCapacity(dataset.links.count)
        // By position, not by element: a copy of each link would retain every string it holds.
        for position in dataset.links.indices where kinds?.contains(dataset.links[position].kind) ?? true {
            let (source, target) = dataset.endIndices(ofLink: position)
            guard let a = source, let b = target else { continue }
            degrees[a] += 1
            degrees[b] += 1
            if a != b { ends.append((Int32(a), Int32(b))) }
        }
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
        unique.reserveCapacity(raw.count)
        var lastSeenFrom = [Int32](repeating: -1, count: n)
        for vertex in 0..<n {
            for position in counts[vertex]..<counts[vertex + 1] {
                let neighbour = raw[position]
                guard lastSeenFrom[Int(neighbour)] != Int32(vertex) else { continue }
                lastSeenFrom[Int(neighbour)] = Int32(vertex)
                unique.append(neighbour)
            }
            offsets[vertex + 1] = unique.count
        }
        self.offsets = offsets
        self.neighbours = unique
        self.degrees = degrees
    }

    /// The distinct neighbours of `vertex`.
    @inlinable
    public func neighbours(of vertex: Int) -> ArraySlice<Int32> {
        neighbours[offsets[vertex]..<offsets[vertex + 1]]
    }

    /// The number of links at `vertex`, multi-links counted each and self-links twice.
    public func degree(_ vertex: Int) -> Int { degrees[vertex] }
}
