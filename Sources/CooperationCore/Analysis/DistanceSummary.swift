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
        let lanes = 4, width = 64 * lanes
        let batches = (n + width - 1) / width
        let chunks = min(16, batches)
        let parts = Parallel.map(chunks: chunks) { chunk -> (total: Int, eccentricities: [Int32]) in
            var eccentricity = [Int32](repeating: 0, count: n)
            var total = 0
            var seen = [UInt64](repeating: 0, count: n * lanes)
            var frontier = [UInt64](repeating: 0, count: n * lanes)
            var fresh = [UInt64](repeating: 0, count: n * lanes)
            var batch = chunk
            while batch < batches {
                let first = batch * width, last = min(n, first + width)
                for index in 0..<(n * lanes) {
                    seen[index] = 0
                    frontier[index] = 0
                }
                var full = [UInt64](repeating: 0, count: lanes)
                for source in first..<last {
                    let bit = source - first
                    seen[source * lanes + bit / 64] |= 1 << UInt64(bit % 64)
                    frontier[source * lanes + bit / 64] |= 1 << UInt64(bit % 64)
                    full[bit / 64] |= 1 << UInt64(bit % 64)
                }
                var level = 0
                var active = true
                while active {
                    level += 1
                    var reached = [UInt64](repeating: 0, count: lanes)
                    var levelCount = 0
                    offsets.withUnsafeBufferPointer { offsets in
                        neighbours.withUnsafeBufferPointer { neighbours in
                            seen.withUnsafeMutableBufferPointer { seen in
                                frontier.withUnsafeBufferPointer { frontier in
                                    fresh.withUnsafeMutableBufferPointer { fresh in
                                        for w in 0..<n {
                                            let base = w * lanes
                                            var s0 = seen[base], s1 = seen[base + 1], s2 = seen[base + 2], s3 = seen[base + 3]
                                            if s0 == full[0] && s1 == full[1] && s2 == full[2] && s3 == full[3] {
                                                fresh[base] = 0; fresh[base + 1] = 0; fresh[base + 2] = 0; fresh[base + 3] = 0
                                                continue
                                            }
                                            var f0: UInt64 = 0, f1: UInt64 = 0, f2: UInt64 = 0, f3: UInt64 = 0
                                            for p in offsets[w]..<offsets[w + 1] {
                                                let other = Int(neighbours[p]) * lanes
                                                f0 |= frontier[other]
                                                f1 |= frontier[other + 1]
                                                f2 |= frontier[other + 2]
                                                f3 |= frontier[other + 3]
                                            }
                                            f0 &= ~s0; f1 &= ~s1; f2 &= ~s2; f3 &= ~s3
                                            s0 |= f0; s1 |= f1; s2 |= f2; s3 |= f3
                                            seen[base] = s0; seen[base + 1] = s1; seen[base + 2] = s2; seen[base + 3] = s3
                                            fresh[base] = f0; fresh[base + 1] = f1; fresh[base + 2] = f2; fresh[base + 3] = f3
                                            reached[0] |= f0; reached[1] |= f1; reached[2] |= f2; reached[3] |= f3
                                            levelCount += f0.nonzeroBitCount + f1.nonzeroBitCount + f2.nonzeroBitCount + f3.nonzeroBitCount
                                        }
                                    }
                                }
                            }
                        }
                    }
                    swap(&frontier, &fresh)
                    total += levelCount * level
                    active = false
                    for lane in 0..<lanes where reached[lane] != 0 {
                        active = true
                        var bits = reached[lane]
                        while bits != 0 {
                            let bit = bits.trailingZeroBitCount
                            eccentricity[first + lane * 64 + bit] = Int32(level)
                            bits &= bits - 1
                        }
                    }
                }
                batch += chunks
            }
            return (total, eccentricity)
        }
        var total = 0
        var eccentricity = [Int32](repeating: 0, count: n)
        for part in parts {
            total += part.total
            for v in 0..<n where part.eccentricities[v] > 0 { eccentricity[v] = part.eccentricities[v] }
        }
        return DistanceSummary(componentSize: n, diameter: Int(eccentricity.max() ?? 0), radius: Int(eccentricity.min() ?? 0),
                               averageDistance: Double(total) / (Double(n) * Double(n - 1)))
    }

    /// Diameter, radius and average distance of the largest component estimated from
    /// `samples` sources drawn with `seed`: the largest and smallest eccentricity among the
    /// sources, and their mean distance to the other entities. Exact when `samples` reaches
    /// the component's size.
    ///
    /// - Complexity: O(*k* · (*n* + *m*)) for *k* sources, spread over all cores.
    public func distances(samples: Int, seed: UInt64) -> DistanceSummary {
        let members = components().first ?? []
        guard samples < members.count else { return distances() }
        var generator = SplitMix64(seed: seed)
        return distances(sources: generator.sample(max(1, samples), from: members.count).map { members[$0] })
    }

    /// Diameter, radius and average distance of the largest component estimated from the
    /// given sources (indices of the graph; those outside the largest component are skipped),
    /// as ``distances(samples:seed:)`` estimates them.
    ///
    /// - Complexity: O(*k* · (*n* + *m*)) for *k* sources, spread over all cores.
    public func distances(sources chosen: [Int]) -> DistanceSummary {
        let (members, offsets, neighbours) = largestComponent()
        let n = members.count
        var local = [Int](repeating: -1, count: count)
        for (index, vertex) in members.enumerated() { local[vertex] = index }
        let sources = chosen.compactMap { local[$0] >= 0 ? local[$0] : nil }
        guard n > 1, !sources.isEmpty else { return DistanceSummary(componentSize: n, diameter: 0, radius: 0, averageDistance: 0, sampleSize: sources.count, sources: []) }
        let chunks = min(16, sources.count)
        let parts = Parallel.map(chunks: chunks) { chunk -> [(eccentricity: Int, total: Int)] in
            var distance = [Int32](repeating: -1, count: n)
            var queue = [Int32](repeating: 0, count: n)
            var results: [(Int, Int)] = []
            var index = chunk
            while index < sources.count {
                let source = sources[index]
                distance[source] = 0
                queue[0] = Int32(source)
                var head = 0, tail = 1, total = 0
                offsets.withUnsafeBufferPointer { offsets in
                    neighbours.withUnsafeBufferPointer { neighbours in
                        while head < tail {
                            let v = Int(queue[head])
                            head += 1
                            let next = distance[v] + 1
                            for p in offsets[v]..<offsets[v + 1] where distance[Int(neighbours[p])] < 0 {
                                distance[Int(neighbours[p])] = next
                                total += Int(next)
                                queue[tail] = neighbours[p]
                                tail += 1
                            }
                        }
                    }
                }
                results.append((Int(distance[Int(queue[tail - 1])]), total))
                for position in 0..<tail { distance[Int(queue[position])] = -1 }
                index += chunks
            }
            return results
        }
        var eccentricities: [Int] = [], total = 0
        for part in parts { for result in part { eccentricities.append(result.eccentricity); total += result.total } }
        return DistanceSummary(componentSize: n, diameter: eccentricities.max() ?? 0, radius: eccentricities.min() ?? 0,
                               averageDistance: Double(total) / (Double(sources.count) * Double(n - 1)),
                               sampleSize: sources.count, sources: sources.map { members[$0] })
    }
}
