/// Distances on the largest connected component: diameter, radius and average shortest-path
/// length, exact or estimated from a sample of sources.
public struct DistanceSummary: Sendable, Equatable, Codable {
    /// The number of entities in the largest component (ties: the one with the smallest index).
    public var componentSize: Int
    /// The largest eccentricity; with samples, the largest among the sources (a lower bound).
    public var diameter: Int
    /// The smallest eccentricity; with samples, the smallest among the sources (an upper bound).
    public var radius: Int
    /// The mean distance between two entities of the component; with samples, the mean
    /// distance from a source to the other entities (an unbiased estimate).
    public var averageDistance: Double
    /// The number of sources, `nil` when exact (every entity of the component is a source).
    public var sampleSize: Int?
    /// The sources, as indices of the graph, when sampled.
    public var sources: [Int]?

    /// A summary of distances.
    public init(componentSize: Int, diameter: Int, radius: Int, averageDistance: Double, sampleSize: Int? = nil, sources: [Int]? = nil) {
        self.componentSize = componentSize
        self.diameter = diameter
        self.radius = radius
        self.averageDistance = averageDistance
        self.sampleSize = sampleSize
        self.sources = sources
    }
}

extension GraphIndex {
    /// The largest component's compressed rows, relabelled 0..<size.
    private func largestComponent() -> (members: [Int], offsets: [Int], neighbours: [Int32]) {
        guard let members = components().first else { return ([], [0], []) }
        var local = [Int32](repeating: -1, count: count)
        for (index, vertex) in members.enumerated() { local[vertex] = Int32(index) }
        var offsets = [Int](repeating: 0, count: members.count + 1)
        var list: [Int32] = []
        list.reserveCapacity(members.reduce(0) { $0 + self.offsets[$1 + 1] - self.offsets[$1] })
        for (index, vertex) in members.enumerated() {
            for position in self.offsets[vertex]..<self.offsets[vertex + 1] { list.append(local[Int(neighbours[position])]) }
            offsets[index + 1] = list.count
        }
        return (members, offsets, list)
    }

    /// Exact diameter, radius and average shortest-path length of the largest component, as
    /// NetworkX's `diameter`, `radius` and `average_shortest_path_length` give them on
    /// `G.subgraph(max(connected_components(G), key=len))`.
    ///
    /// One breadth-first search from every vertex, run 256 sources at a time as a bit-parallel
    /// multi-source search (Then et al. 2014, "The more the merrier: efficient multi-source
    /// graph traversal"): each level pushes the frontier bits of the vertices on the frontier
    /// along their edges, so one pass advances 256 searches; batches run on all cores and
    /// their integer totals are added in order.
    ///
    /// - Complexity: O(*n*/256 · *D* · (*n* + *m*)) word operations for diameter *D*,
    ///   O(*n* + *m*) memory per core.
    public func distances() -> DistanceSummary {
        let (members, offsets, neighbours) = largestComponent()
        let n = members.count
        guard n > 1 else { return DistanceSummary(componentSize: n, diameter: 0, radius: 0, averageDistance: 0) }
        let (total, eccentricity) = GraphIndex.searches(from: Array(0..<n), offsets: offsets, neighbours: neighbours)
        return DistanceSummary(componentSize: n, diameter: Int(eccentricity.max() ?? 0), radius: Int(eccentricity.min() ?? 0),
                               averageDistance: Double(total) / (Double(n) * Double(n - 1)))
    }

    /// Diameter, radius and average distance of the largest component estimated from
    /// `samples` sources drawn with `seed`: the largest and smallest eccentricity among the
    /// sources, and their mean distance to the other entities. Exact when `samples` reaches
    /// the component's size.
    ///
    /// - Complexity: O(⌈*k*/256⌉ · *D* · (*n* + *m*)) for *k* sources.
    public func distances(samples: Int, seed: UInt64) -> DistanceSummary {
        let members = components().first ?? []
        guard samples < members.count else { return distances() }
        var generator = SplitMix64(seed: seed)
        return distances(sources: generator.sample(max(1, samples), from: members.count).map { members[$0] })
    }

    /// Diameter, radius and average distance of the largest component estimated from the
    /// given sources (indices of the graph; those outside the largest component are skipped),
    /// as ``distances(samples:seed:)`` estimates them, by the same bit-parallel search as
    /// ``distances()``.
    ///
    /// - Complexity: O(⌈*k*/256⌉ · *D* · (*n* + *m*)) for *k* sources.
    public func distances(sources chosen: [Int]) -> DistanceSummary {
        let (members, offsets, neighbours) = largestComponent()
        let n = members.count
        var local = [Int](repeating: -1, count: count)
        for (index, vertex) in members.enumerated() { local[vertex] = index }
        let sources = chosen.compactMap { local[$0] >= 0 ? local[$0] : nil }
        guard n > 1, !sources.isEmpty else { return DistanceSummary(componentSize: n, diameter: 0, radius: 0, averageDistance: 0, sampleSize: sources.count, sources: []) }
        let (total, eccentricity) = GraphIndex.searches(from: sources, offsets: offsets, neighbours: neighbours)
        return DistanceSummary(componentSize: n, diameter: Int(eccentricity.max() ?? 0), radius: Int(eccentricity.min() ?? 0),
                               averageDistance: Double(total) / (Double(sources.count) * Double(n - 1)),
                               sampleSize: sources.count, sources: sources.map { members[$0] })
    }

    /// Breadth-first searches from `sources` (vertices of a connected graph), 256 at a time
    /// bit-parallel (``MultiSourceSearch``), batches spread over the cores.
    ///
    /// - Returns: The sum of all distances from the sources, and each source's eccentricity.
    private static func searches(from sources: [Int], offsets: [Int], neighbours: [Int32]) -> (total: Int, eccentricity: [Int32]) {
        let n = offsets.count - 1
        let width = MultiSourceSearch.width
        let batches = (sources.count + width - 1) / width
        let chunks = min(16, batches)
        let parts = offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                let graph = GraphIndex.Adjacency(offsets: offsets, targets: neighbours)
                return Parallel.map(chunks: chunks) { chunk -> (total: Int, eccentricities: [(batch: Int, values: [Int32])]) in
                    let search = MultiSourceSearch(count: n)
                    defer { search.deallocate() }
                    var sums = MultiSourceSearch.Sums(count: n)
                    var found: [(batch: Int, values: [Int32])] = []
                    for batch in stride(from: chunk, to: batches, by: chunks) {
                        let first = batch * width
                        found.append((batch, search.run(sources: sources[first..<min(sources.count, first + width)], in: graph, into: &sums)))
                    }
                    return (sums.total.reduce(0, +), found)
                }
            }
        }
        var total = 0
        var eccentricity = [Int32](repeating: 0, count: sources.count)
        for part in parts {
            total += part.total
            for (batch, values) in part.eccentricities {
                for (lane, value) in values.enumerated() { eccentricity[batch * width + lane] = value }
            }
        }
        return (total, eccentricity)
    }
}
