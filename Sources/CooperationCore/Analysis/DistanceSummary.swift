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
    /// graph traversal"): each level ORs the frontier bits of a vertex's neighbours into it, so
    /// one pass over the edges advances 256 searches; batches run on all cores and their
    /// integer totals are added in order.
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

    /// Breadth-first searches from `sources` (distinct vertices of a connected graph), 256 at a
    /// time bit-parallel, batches spread over the cores.
    ///
    /// - Returns: The sum of all distances from the sources, and each source's eccentricity.
    private static func searches(from sources: [Int], offsets: [Int], neighbours: [Int32]) -> (total: Int, eccentricity: [Int32]) {
        let n = offsets.count - 1
        let lanes = 4, width = 64 * lanes
        let batches = (sources.count + width - 1) / width
        let chunks = min(16, batches)
        let parts = Parallel.map(chunks: chunks) { chunk -> (total: Int, eccentricities: [(Int, Int32)]) in
            var found: [(Int, Int32)] = []
            var total = 0
            var seenStore = [UInt64](repeating: 0, count: n * lanes)
            var frontierStore = [UInt64](repeating: 0, count: n * lanes)
            var freshStore = [UInt64](repeating: 0, count: n * lanes)
            offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
            seenStore.withUnsafeMutableBufferPointer { seen in
            frontierStore.withUnsafeMutableBufferPointer { frontierBuffer in
            freshStore.withUnsafeMutableBufferPointer { freshBuffer in
                var frontier = frontierBuffer, fresh = freshBuffer
                var batch = chunk
                while batch < batches {
                    let first = batch * width, last = min(sources.count, first + width)
                    for index in 0..<(n * lanes) {
                        seen[index] = 0
                        frontier[index] = 0
                    }
                    var full: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                    var eccentricity = [Int32](repeating: 0, count: last - first)
                    for position in first..<last {
                        let bit = position - first, word = sources[position] * lanes + bit / 64, mask: UInt64 = 1 << UInt64(bit % 64)
                        seen[word] |= mask
                        frontier[word] |= mask
                        switch bit / 64 {
                        case 0: full.0 |= mask
                        case 1: full.1 |= mask
                        case 2: full.2 |= mask
                        default: full.3 |= mask
                        }
                    }
                    var level = 0
                    var active = true
                    while active {
                        level += 1
                        var r0: UInt64 = 0, r1: UInt64 = 0, r2: UInt64 = 0, r3: UInt64 = 0
                        var levelCount = 0
                        for w in 0..<n {
                            let base = w * lanes
                            var s0 = seen[base], s1 = seen[base + 1], s2 = seen[base + 2], s3 = seen[base + 3]
                            if s0 == full.0 && s1 == full.1 && s2 == full.2 && s3 == full.3 {
                                fresh[base] = 0; fresh[base + 1] = 0; fresh[base + 2] = 0; fresh[base + 3] = 0
                                continue
                            }
                            var f0: UInt64 = 0, f1: UInt64 = 0, f2: UInt64 = 0, f3: UInt64 = 0
                            for p in offsets[w]..<offsets[w + 1] {
                                let other = Int(neighbours[p]) &* lanes
                                f0 |= frontier[other]
                                f1 |= frontier[other + 1]
                                f2 |= frontier[other + 2]
                                f3 |= frontier[other + 3]
                            }
                            f0 &= ~s0; f1 &= ~s1; f2 &= ~s2; f3 &= ~s3
                            s0 |= f0; s1 |= f1; s2 |= f2; s3 |= f3
                            seen[base] = s0; seen[base + 1] = s1; seen[base + 2] = s2; seen[base + 3] = s3
                            fresh[base] = f0; fresh[base + 1] = f1; fresh[base + 2] = f2; fresh[base + 3] = f3
                            r0 |= f0; r1 |= f1; r2 |= f2; r3 |= f3
                            levelCount &+= f0.nonzeroBitCount &+ f1.nonzeroBitCount &+ f2.nonzeroBitCount &+ f3.nonzeroBitCount
                        }
                        swap(&frontier, &fresh)
                        total += levelCount * level
                        active = false
                        for (lane, reached) in [r0, r1, r2, r3].enumerated() where reached != 0 {
                            active = true
                            var bits = reached
                            while bits != 0 {
                                eccentricity[lane * 64 + bits.trailingZeroBitCount] = Int32(level)
                                bits &= bits - 1
                            }
                        }
                    }
                    for (bit, value) in eccentricity.enumerated() { found.append((first + bit, value)) }
                    batch += chunks
                }
            }
            }
            }
            }
            }
            return (total, found)
        }
        var total = 0
        var eccentricity = [Int32](repeating: 0, count: sources.count)
        for part in parts {
            total += part.total
            for (position, value) in part.eccentricities { eccentricity[position] = value }
        }
        return (total, eccentricity)
    }
}
