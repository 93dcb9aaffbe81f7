extension GraphIndex {
    /// Shortest-path betweenness centrality by Brandes' algorithm (Brandes 2001), over all
    /// sources or a given sample of them, normalized as NetworkX's `betweenness_centrality`
    /// (`normalized=True, endpoints=False`): by 1/((*n*−1)(*n*−2)), and with sampled sources,
    /// by 1/(*k*(*n*−2)) for non-sources and 1/((*k*−1)(*n*−2)) for sources.
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
        let chunks = min(16, max(1, sourceList.count))
        let partials = withAdjacency { adjacency in
            Parallel.map(chunks: chunks) { chunk in
                let workspace = BrandesWorkspace(count: n)
                defer { workspace.deallocate() }
                var total = [Double](repeating: 0, count: n)
                total.withUnsafeMutableBufferPointer { total in
                    for index in stride(from: chunk, to: sourceList.count, by: chunks) {
                        workspace.accumulate(from: sourceList[index], in: adjacency, into: total)
                    }
                }
                return total
            }
        }
        var result = [Double](repeating: 0, count: n)
        for partial in partials {
            for vertex in 0..<n { result[vertex] += partial[vertex] }
        }
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

/// Per-thread buffers for one Brandes pass, reused across sources: raw memory that one thread
/// owns, so two threads share no reference count.
struct BrandesWorkspace {
    let distance: UnsafeMutableBufferPointer<Int32>
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    /// Vertices in the order the search reached them (the queue is the order).
    let order: UnsafeMutableBufferPointer<Int32>

    init(count: Int) {
        distance = .allocate(capacity: count)
        distance.initialize(repeating: -1)
        sigma = .allocate(capacity: count)
        sigma.initialize(repeating: 0)
        delta = .allocate(capacity: count)
        delta.initialize(repeating: 0)
        order = .allocate(capacity: count)
        order.initialize(repeating: 0)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
    }

    /// One breadth-first search from `source` and the dependency accumulation back along it;
    /// leaves the buffers as it found them.
    func accumulate(from source: Int, in graph: GraphIndex.Adjacency, into total: UnsafeMutableBufferPointer<Double>) {
        let offsets = graph.offsets, neighbours = graph.targets
        distance[source] = 0
        sigma[source] = 1
        var head = 0, tail = 1
        order[0] = Int32(source)
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
            let sigmaV = sigma[v]
            for position in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbours[position])
                if distance[w] < 0 {
                    distance[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                }
                if distance[w] == next { sigma[w] += sigmaV }
            }
        }
        for position in stride(from: tail - 1, through: 0, by: -1) {
            let w = Int(order[position])
            let coefficient = (1 + delta[w]) / sigma[w]
            let previous = distance[w] - 1
            for index in offsets[w]..<offsets[w + 1] {
                let v = Int(neighbours[index])
                if distance[v] == previous { delta[v] += sigma[v] * coefficient }
            }
            if w != source { total[w] += delta[w] }
        }
        for position in 0..<tail {
            let v = Int(order[position])
            distance[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
