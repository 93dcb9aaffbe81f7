/// One level of ``Louvain``: the graph whose vertices are the previous level's communities, in
/// compressed rows without self-links, with each vertex's self-weight and strength.
struct LouvainLevel {
    let count: Int
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: [Double]
    let selfWeights: [Double]
    let strength: [Double]

    init(_ graph: WeightedGraph) {
        self.init(count: graph.count, offsets: graph.offsets, neighbours: graph.neighbours, weights: graph.weights, selfWeights: graph.selfWeights)
    }

    init(count: Int, offsets: [Int], neighbours: [Int32], weights: [Double], selfWeights: [Double]) {
        self.count = count
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.selfWeights = selfWeights
        var strength = [Double](repeating: 0, count: count)
        for v in 0..<count {
            var total = 2 * selfWeights[v]
            for p in offsets[v]..<offsets[v + 1] { total += weights[p] }
            strength[v] = total
        }
        self.strength = strength
    }

    /// The modularity of `community` (every vertex its own when `nil`), communities numbered below ``count``.
    func modularity(of community: [Int32]?, m: Double, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count), total = [Double](repeating: 0, count: count)
        offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
            for v in 0..<count {
                let c = community.map { Int($0[v]) } ?? v
                inside[c] += selfWeights[v]
                total[c] += strength[v]
                guard let community else { continue }
                for p in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbours[p])
                    if w > v && Int(community[w]) == c { inside[c] += weights[p] }
                }
            }
        }
        }
        }
        var q = 0.0
        for c in 0..<count where total[c] > 0 || inside[c] > 0 {
            q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m))
        }
        return q
    }

    /// The local moving phase: returns whether any vertex moved and every vertex's community.
    ///
    /// Every vertex is visited in one seeded random order, pass after pass until a pass moves
    /// none; each moves to the neighbouring community of largest positive gain, staying where
    /// it is on a tie, as NetworkX's `_one_level` decides.
    func moveVertices(m: Double, resolution: Double, generator: inout SplitMix64) -> (Bool, [Int32]) {
        let n = count
        var community = Array(0..<Int32(n))
        var order = Array(0..<Int32(n))
        generator.shuffle(&order)
        var totals = strength
        var toCommunity = [Double](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var maxDegree = 0
        for v in 0..<n { maxDegree = max(maxDegree, offsets[v + 1] - offsets[v]) }
        var touched = [Int32](repeating: 0, count: maxDegree + 1)
        var improvement = false
        let scale = resolution / (2 * m * m)
        offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
        strength.withUnsafeBufferPointer { strength in
        order.withUnsafeBufferPointer { order in
        community.withUnsafeMutableBufferPointer { community in
        totals.withUnsafeMutableBufferPointer { totals in
        toCommunity.withUnsafeMutableBufferPointer { toCommunity in
        stamp.withUnsafeMutableBufferPointer { stamp in
        touched.withUnsafeMutableBufferPointer { touched in
            var moves = 1
            while moves > 0 {
                moves = 0
                for u32 in order {
                    let u = Int(u32)
                    let current = Int(community[u])
                    // The own community first, so that staying wins ties as in NetworkX.
                    stamp[current] = u32
                    touched[0] = Int32(current)
                    var touchedCount = 1
                    for p in offsets[u]..<offsets[u + 1] {
                        let c = Int(community[Int(neighbours[p])])
                        if stamp[c] != u32 {
                            stamp[c] = u32
                            touched[touchedCount] = Int32(c)
                            touchedCount += 1
                        }
                        toCommunity[c] += weights[p]
                    }
                    let degree = strength[u]
                    totals[current] -= degree
                    let removeCost = -toCommunity[current] / m + totals[current] * degree * scale
                    var best = current, bestGain = 0.0
                    for index in 0..<touchedCount {
                        let c = Int(touched[index])
                        let gain = removeCost + toCommunity[c] / m - totals[c] * degree * scale
                        if gain > bestGain { bestGain = gain; best = c }
                        toCommunity[c] = 0
                    }
                    totals[best] += degree
                    if best != current {
                        community[u] = Int32(best)
                        improvement = true
                        moves += 1
                    }
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return (improvement, community)
    }

    /// The graph whose vertices are the communities, weights summed, internal ones as self-weights.
    func aggregated(by community: [Int32], communities: Int) -> LouvainLevel {
        var selfWeights = [Double](repeating: 0, count: communities)
        // The members of each community in vertex order, by a counting sort.
        var start = [Int](repeating: 0, count: communities + 1)
        for v in 0..<count {
            start[Int(community[v]) + 1] += 1
            selfWeights[Int(community[v])] += self.selfWeights[v]
        }
        for c in 0..<communities { start[c + 1] += start[c] }
        var fill = start
        var members = [Int32](repeating: 0, count: count)
        for v in 0..<count {
            members[fill[Int(community[v])]] = Int32(v)
            fill[Int(community[v])] += 1
        }
        var offsets = [Int](repeating: 0, count: communities + 1)
        var list: [Int32] = [], weightList: [Double] = []
        list.reserveCapacity(neighbours.count)
        weightList.reserveCapacity(neighbours.count)
        var slot = [Int](repeating: -1, count: communities)
        self.offsets.withUnsafeBufferPointer { rows in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
            for c in 0..<communities {
                let first = list.count
                for member in members[start[c]..<start[c + 1]] {
                    let v = Int(member)
                    for p in rows[v]..<rows[v + 1] {
                        let d = Int(community[Int(neighbours[p])])
                        if d == c {
                            if Int(neighbours[p]) > v { selfWeights[c] += weights[p] }
                        } else if slot[d] >= first {
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
        }
        }
        }
        return LouvainLevel(count: communities, offsets: offsets, neighbours: list, weights: weightList, selfWeights: selfWeights)
    }
}
