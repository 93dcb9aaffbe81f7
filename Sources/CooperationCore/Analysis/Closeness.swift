extension GraphIndex {
    /// Closeness centrality as NetworkX's `closeness_centrality` computes it (Wasserman–Faust
    /// improved form for graphs that are not connected): for *u* reaching *r* − 1 others at
    /// total distance *d*, ((*r* − 1)/*d*) · ((*r* − 1)/(*n* − 1)); 0 when *u* reaches no one.
    ///
    /// One breadth-first search per vertex, the vertices split into a fixed number of chunks that
    /// run on all cores. Each chunk owns its distance and queue buffers and reads the adjacency
    /// through raw pointers, so the threads share no reference count (an `ArraySlice` per visited
    /// vertex made two threads slower than one).
    ///
    /// - Returns: Values by index.
    /// - Complexity: O(*n* · (*n* + *m*)), spread over all cores.
    public func closeness() -> [Double] {
        let n = count
        guard n > 0 else { return [] }
        let chunks = min(16, n)
        let parts = withAdjacency { adjacency in
            Parallel.map(chunks: chunks) { chunk -> [Double] in
                let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                defer {
                    distance.deallocate()
                    queue.deallocate()
                }
                distance.initialize(repeating: -1)
                var values: [Double] = []
                values.reserveCapacity(n / chunks + 1)
                for vertex in stride(from: chunk, to: n, by: chunks) {
                    let (reached, total) = adjacency.breadthFirst(from: vertex, distance: distance, queue: queue)
                    let others = Double(reached - 1)
                    values.append(total > 0 && n > 1 ? (others / Double(total)) * (others / Double(n - 1)) : 0)
                }
                return values
            }
        }
        var result = [Double](repeating: 0, count: n)
        for (chunk, values) in parts.enumerated() {
            for (position, value) in values.enumerated() { result[chunk + position * chunks] = value }
        }
        return result
    }
}
