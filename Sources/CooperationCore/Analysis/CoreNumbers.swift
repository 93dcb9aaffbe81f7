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
        // One block of 32-bit working arrays, allocated once and not zero-filled: the degree
        // of each vertex (its core number once it is removed), its place in `order`, the
        // vertices sorted by degree, and where each degree's bucket begins.
        return offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
            var maxDegree = 0
            for v in 0..<n { maxDegree = max(maxDegree, offsets[v + 1] - offsets[v]) }
            let block = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 3 * n + maxDegree + 2)
            defer { block.deallocate() }
            let degree = UnsafeMutableBufferPointer(rebasing: block[0..<n])
            let position = UnsafeMutableBufferPointer(rebasing: block[n..<(2 * n)])
            let order = UnsafeMutableBufferPointer(rebasing: block[(2 * n)..<(3 * n)])
            let start = UnsafeMutableBufferPointer(rebasing: block[(3 * n)...])
            start.initialize(repeating: 0)
            for v in 0..<n {
                let d = Int32(truncatingIfNeeded: offsets[v + 1] - offsets[v])
                degree[v] = d
                start[Int(d) + 1] &+= 1
            }
            for d in 0...maxDegree { start[d + 1] &+= start[d] }
            // Counting sort by degree: each vertex goes to its bucket's next free place,
            // which is then one further; shifting the starts back afterwards restores them.
            for v in 0..<n {
                let d = Int(degree[v]), place = Int(start[d])
                position[v] = Int32(truncatingIfNeeded: place)
                order[place] = Int32(truncatingIfNeeded: v)
                start[d] = Int32(truncatingIfNeeded: place + 1)
            }
            for d in stride(from: maxDegree, to: 0, by: -1) { start[d] = start[d - 1] }
            start[0] = 0
            for index in 0..<n {
                let v = Int(order[index])
                let dv = degree[v]
                var p = offsets[v]
                let end = offsets[v + 1]
                while p < end {
                    let u = Int(neighbours[p])
                    p += 1
                    let du = degree[u]
                    guard du > dv else { continue }
                    // Swap u with the first vertex of its bucket, then shrink the bucket by one
                    // (a swap of u with itself when it is first).
                    let first = start[Int(du)], pu = position[u]
                    let w = Int(order[Int(first)])
                    order[Int(pu)] = Int32(truncatingIfNeeded: w)
                    position[w] = pu
                    order[Int(first)] = Int32(truncatingIfNeeded: u)
                    position[u] = first
                    start[Int(du)] = first &+ 1
                    degree[u] = du &- 1
                }
            }
            return [Int](unsafeUninitializedCapacity: n) { cores, initialized in
                for v in 0..<n { cores[v] = Int(degree[v]) }
                initialized = n
            }
        }
        }
    }

    /// The main core: the largest core number and the vertices that have it, sorted, as
    /// NetworkX's `k_core` with no *k* selects them.
    public func mainCore(coreNumbers: [Int]? = nil) -> (k: Int, members: [Int]) {
        let cores = coreNumbers ?? self.coreNumbers()
        let k = cores.max() ?? 0
        return (k, cores.indices.filter { cores[$0] == k })
    }
}
