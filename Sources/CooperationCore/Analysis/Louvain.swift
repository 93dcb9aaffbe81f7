/// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
/// unfolding of communities in large networks"), step for step as NetworkX's
/// `louvain_communities`: vertices visited in a seeded random order move to the neighbouring
/// community of largest modularity gain while any gain is positive; communities then become
/// the vertices of the next level; it stops when a level gains no more than `threshold`.
///
/// The random order comes from ``SplitMix64``, not from Python's generator, so the partition
/// for a seed differs from NetworkX's; its modularity is what to compare.
public enum Louvain {
    /// The communities of the links of `kinds` (all when `nil`) of `dataset`, edges weighted
    /// by link counts as `counting` says.
    ///
    /// - Complexity: about O(*m*) a level in practice; a few levels.
    public static func communities(_ dataset: Dataset, kinds: Set<LinkKind>? = nil, counting: LinkCounting = .multigraph,
                                   resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) -> CommunityPartition {
        communities(WeightedGraph(dataset, kinds: kinds, counting: counting), resolution: resolution, threshold: threshold, seed: seed)
    }

    /// The communities of `graph`.
    public static func communities(_ graph: WeightedGraph, resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) -> CommunityPartition {
        var generator = SplitMix64(seed: seed)
        // The community of every original vertex, as a vertex of the current level.
        var labels = Array(0..<graph.count)
        var level = Level(graph)
        let m = level.strength.reduce(0, +) / 2
        guard m > 0 else { return CommunityPartition(labels: labels, graph: graph, resolution: resolution) }
        var modularity = level.modularity(of: Array(0..<level.count), m: m, resolution: resolution)
        while true {
            let (moved, community) = level.moveVertices(m: m, resolution: resolution, generator: &generator)
            // Renumber the communities densely in order of their old number, as NetworkX keeps them.
            var number = [Int](repeating: -1, count: level.count)
            var next = 0
            var used = [Bool](repeating: false, count: level.count)
            for c in community { used[c] = true }
            for c in 0..<level.count where used[c] { number[c] = next; next += 1 }
            let dense = community.map { number[$0] }
            if moved { for v in 0..<labels.count { labels[v] = dense[labels[v]] } }
            let gained = level.modularity(of: dense, m: m, resolution: resolution)
            if !moved || gained - modularity <= threshold { break }
            modularity = gained
            level = level.aggregated(by: dense, communities: next)
        }
        return CommunityPartition(labels: labels, graph: graph, resolution: resolution)
    }

    /// One level's graph: compressed rows without self-links, and each vertex's self-weight.
    private struct Level {
        var count: Int
        var offsets: [Int]
        var neighbours: [Int32]
        var weights: [Double]
        var selfWeights: [Double]
        var strength: [Double]

        init(_ graph: WeightedGraph) {
            self.init(count: graph.count, offsets: graph.offsets, neighbours: graph.neighbours, weights: graph.weights, selfWeights: graph.selfWeights)
        }

        init(count: Int, offsets: [Int], neighbours: [Int32], weights: [Double], selfWeights: [Double]) {
            self.count = count
            self.offsets = offsets
            self.neighbours = neighbours
            self.weights = weights
            self.selfWeights = selfWeights
            strength = (0..<count).map { v in
                var total = 2 * selfWeights[v]
                for p in offsets[v]..<offsets[v + 1] { total += weights[p] }
                return total
            }
        }

        func modularity(of community: [Int], m: Double, resolution: Double) -> Double {
            var inside = [Double](repeating: 0, count: count), total = [Double](repeating: 0, count: count)
            for v in 0..<count {
                let c = community[v]
                inside[c] += selfWeights[v]
                total[c] += strength[v]
                for p in offsets[v]..<offsets[v + 1] where Int(neighbours[p]) > v && community[Int(neighbours[p])] == c {
                    inside[c] += weights[p]
                }
            }
            var q = 0.0
            for c in 0..<count where total[c] > 0 || inside[c] > 0 {
                q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m))
            }
            return q
        }

        /// The local moving phase: returns whether any vertex moved and every vertex's community.
        func moveVertices(m: Double, resolution: Double, generator: inout SplitMix64) -> (Bool, [Int]) {
            var community = Array(0..<count)
            var totals = strength
            var order = Array(0..<count)
            generator.shuffle(&order)
            var toCommunity = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            var stamp = [Int](repeating: -1, count: count)
            var improvement = false
            let scale = resolution / (2 * m * m)
            var moves = 1
            while moves > 0 {
                moves = 0
                for u in order {
                    let current = community[u]
                    // The own community first, so that staying wins ties as in NetworkX.
                    stamp[current] = u
                    touched.append(current)
                    for p in offsets[u]..<offsets[u + 1] {
                        let c = community[Int(neighbours[p])]
                        if stamp[c] != u {
                            stamp[c] = u
                            touched.append(c)
                        }
                        toCommunity[c] += weights[p]
                    }
                    let degree = strength[u]
                    totals[current] -= degree
                    let removeCost = -toCommunity[current] / m + totals[current] * degree * scale
                    var best = current, bestGain = 0.0
                    for c in touched {
                        let gain = removeCost + toCommunity[c] / m - totals[c] * degree * scale
                        if gain > bestGain { bestGain = gain; best = c }
                    }
                    totals[best] += degree
                    if best != current {
                        community[u] = best
                        improvement = true
                        moves += 1
                    }
                    for c in touched { toCommunity[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                }
            }
            return (improvement, community)
        }

        /// The graph whose vertices are the communities, weights summed, internal ones as self-weights.
        func aggregated(by community: [Int], communities: Int) -> Level {
            var selfWeights = [Double](repeating: 0, count: communities)
            var members = [[Int]](repeating: [], count: communities)
            for v in 0..<count {
                members[community[v]].append(v)
                selfWeights[community[v]] += self.selfWeights[v]
            }
            var offsets = [Int](repeating: 0, count: communities + 1)
            var list: [Int32] = [], weightList: [Double] = []
            var slot = [Int](repeating: -1, count: communities)
            for c in 0..<communities {
                let start = list.count
                for v in members[c] {
                    for p in self.offsets[v]..<self.offsets[v + 1] {
                        let d = community[Int(neighbours[p])]
                        if d == c {
                            if Int(neighbours[p]) > v { selfWeights[c] += weights[p] }
                        } else if slot[d] >= start {
                            weightList[slot[d]] += weights[p]
                        } else {
                            slot[d] = list.count
                            list.append(Int32(d))
                            weightList.append(weights[p])
                        }
                    }
                }
                offsets[c + 1] = list.count
            }
            return Level(count: communities, offsets: offsets, neighbours: list, weights: weightList, selfWeights: selfWeights)
        }
    }
}
