extension GraphIndex {
    /// The core number of every vertex: the largest *k* such that it belongs to a subgraph in
    /// which every vertex has at least *k* neighbours, by the bucket algorithm of Batagelj &
    /// Zaversnik (2003, "An O(m) algorithm for cores decomposition of networks"), on the simple
    /// graph (parallel links one edge, self-links ignored) as NetworkX's `core_number` defines it.
    ///
    /// - Complexity: O(*n* + *m*).
    public func coreNumbers() -> [Int] {
        let n = count
        guard n > 0 else { return [] }
        var degree = [Int32](repeating: 0, count: n)
        var maxDegree = 0
        for v in 0..<n {
            degree[v] = Int32(offsets[v + 1] - offsets[v])
            maxDegree = max(maxDegree, Int(degree[v]))
        }
        // Vertices sorted by degree (counting sort); `start[d]` is where degree d begins.
        var start = [Int](repeating: 0, count: maxDegree + 2)
        for v in 0..<n { start[Int(degree[v]) + 1] += 1 }
        for d in 0...maxDegree { start[d + 1] += start[d] }
        var position = [Int32](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        var fill = start
        for v in 0..<n {
            position[v] = Int32(fill[Int(degree[v])])
            order[fill[Int(degree[v])]] = Int32(v)
            fill[Int(degree[v])] += 1
        }
        neighbours.withUnsafeBufferPointer { neighbours in
        offsets.withUnsafeBufferPointer { offsets in
        degree.withUnsafeMutableBufferPointer { degree in
        start.withUnsafeMutableBufferPointer { start in
        position.withUnsafeMutableBufferPointer { position in
        order.withUnsafeMutableBufferPointer { order in
            for index in 0..<n {
                let v = Int(order[index])
                let dv = degree[v]
                for p in offsets[v]..<offsets[v + 1] {
                    let u = Int(neighbours[p])
                    let du = degree[u]
                    guard du > dv else { continue }
                    // Move u to the front of its bucket, then shrink the bucket by one.
                    let first = start[Int(du)], w = Int(order[first])
                    if w != u {
                        let pu = Int(position[u])
                        order[pu] = Int32(w)
                        position[w] = Int32(pu)
                        order[first] = Int32(u)
                        position[u] = Int32(first)
                    }
                    start[Int(du)] += 1
                    degree[u] = du - 1
                }
            }
        }
        }
        }
        }
        }
        }
        return degree.map(Int.init)
    }

    /// The main core: the largest core number and the vertices that have it, sorted, as
    /// NetworkX's `k_core` with no *k* selects them.
    public func mainCore(coreNumbers: [Int]? = nil) -> (k: Int, members: [Int]) {
        let cores = coreNumbers ?? self.coreNumbers()
        let k = cores.max() ?? 0
        return (k, cores.indices.filter { cores[$0] == k })
    }
}
