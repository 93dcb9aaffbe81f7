extension GraphIndex {
    /// Shortest-path betweenness centrality by Brandes' algorithm (Brandes 2001), over all
    /// sources or a given sample of them, normalized as NetworkX's `betweenness_centrality`
    /// (`normalized=True, endpoints=False`): by 1/((*n*−1)(*n*−2)), and with sampled sources,
    /// by 1/(*k*(*n*−2)) for non-sources and 1/((*k*−1)(*n*−2)) for sources.
    ///
    /// A source with a single neighbour *u* (that has others) needs no search of its own: its
    /// shortest paths are *u*'s with one edge in front, so its dependencies are *u*'s, plus
    /// the component's size less 2 on *u* itself. Its weight is added to *u*'s search instead;
    /// and as a target, such a leaf only adds 1 to *u*'s dependency (``BrandesGraph``), so the
    /// searches skip the leaves.
    ///
    /// Sources are split into a fixed number of chunks that run on all cores; their partial
    /// sums are added in chunk order, so the result does not depend on the machine.
    ///
    /// - Parameter sources: Source indices (each once); all vertices when `nil`.
    /// - Returns: Values by index.
    /// - Complexity: O(*k* · (*n* + *m*)) time for *k* sources, O(*n* + *m*) memory per chunk.
    public func betweenness(sources: [Int]? = nil) -> [Double] {
        let n = count
        guard n > 0 else { return [] }
        let sourceList = sources ?? Array(0..<n)
        let roots = BrandesRoots(sources: sourceList, offsets: offsets, neighbours: neighbours)
        let graph = BrandesGraph(offsets: offsets, neighbours: neighbours)
        // A root is never a leaf of the graph: a leaf source was folded into its neighbour.
        let rootLabels = roots.vertices.map { Int(graph.labels[$0]) }
        let chunks = min(16, max(1, rootLabels.count))
        let kept = graph.count
        let partials = graph.withRows { rows in
            Parallel.map(chunks: chunks) { chunk in
                let workspace = BrandesWorkspace(count: kept)
                defer { workspace.deallocate() }
                var total = [Double](repeating: 0, count: kept)
                total.withUnsafeMutableBufferPointer { total in
                    for index in stride(from: chunk, to: rootLabels.count, by: chunks) {
                        workspace.accumulate(from: rootLabels[index], weight: roots.weights[index],
                                             leaves: roots.leaves[index], in: rows, into: total)
                    }
                }
                return total
            }
        }
        var sums = [Double](repeating: 0, count: kept)
        for partial in partials {
            for vertex in 0..<kept { sums[vertex] += partial[vertex] }
        }
        // A leaf is between no two vertices.
        let result = graph.labels.map { $0 < 0 ? 0 : sums[Int($0)] }
        let N = Double(n - 1)
        guard n > 2 else { return result }
        if sources == nil || sourceList.count == n {
            let scale = 1 / (N * (N - 1))
            return result.map { $0 * scale }
        }
        let k = Double(sourceList.count)
        let sourceScale = k > 1 ? 1 / ((k - 1) * (N - 1)) : .nan
        let otherScale = 1 / (k * (N - 1))
        let isSource = Set(sourceList)
        return result.enumerated().map { vertex, value in value * (isSource.contains(vertex) ? sourceScale : otherScale) }
    }
}
