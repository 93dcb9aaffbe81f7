extension GraphIndex {
    /// Closeness centrality as NetworkX's `closeness_centrality` computes it (Wasserman–Faust
    /// improved form for graphs that are not connected): for *u* reaching *r* − 1 others at
    /// total distance *d*, ((*r* − 1)/*d*) · ((*r* − 1)/(*n* − 1)); 0 when *u* reaches no one.
    ///
    /// Breadth-first searches from 256 sources at once, one bit a source (a multi-source
    /// bit-parallel BFS, as in Then et al., "The More the Merrier: Efficient Multi-Source Graph
    /// Traversal", VLDB 2014): each vertex holds four 64-bit words of "seen by source *i*", and
    /// one level moves every frontier word along every edge with an OR, so an edge is read once
    /// a level for 256 searches instead of once a search.
    ///
    /// Distances are symmetric on an undirected graph, so the bits a vertex *v* gains at level
    /// *d* are sources at distance *d* from *v*: adding *d* · popcount to *v*'s own total gives,
    /// after every batch, the sum of *v*'s distances to all others, with no per-source count.
    ///
    /// Batches are split into a fixed number of chunks that run on all cores; each chunk owns its
    /// buffers (raw memory, so threads share no reference count) and its integer sums, which
    /// are added in chunk order, so the result does not depend on the machine.
    ///
    /// - Returns: Values by index.
    /// - Complexity: O(⌈*n*/256⌉ · *L* · (*n* + *m*)) for *L* the number of levels (at most
    ///   the largest eccentricity + 1), spread over all cores.
    public func closeness() -> [Double] {
        let n = count
        guard n > 0 else { return [] }
        let batches = (n + MultiSourceSearch.width - 1) / MultiSourceSearch.width
        let chunks = min(16, batches)
        let vertices = Array(0..<n)
        let parts = withAdjacency { adjacency in
            Parallel.map(chunks: chunks) { chunk -> MultiSourceSearch.Sums in
                let search = MultiSourceSearch(count: n)
                defer { search.deallocate() }
                var sums = MultiSourceSearch.Sums(count: n)
                for batch in stride(from: chunk, to: batches, by: chunks) {
                    let first = batch * MultiSourceSearch.width
                    search.run(sources: vertices[first..<min(n, first + MultiSourceSearch.width)], in: adjacency, into: &sums)
                }
                return sums
            }
        }
        var reached = [Int](repeating: 0, count: n)
        var total = [Int](repeating: 0, count: n)
        for part in parts {
            for vertex in 0..<n {
                reached[vertex] += part.reached[vertex]
                total[vertex] += part.total[vertex]
            }
        }
        return (0..<n).map { vertex in
            let others = Double(reached[vertex])
            return total[vertex] > 0 && n > 1 ? (others / Double(total[vertex])) * (others / Double(n - 1)) : 0
        }
    }
}
