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
        let partials = Parallel.map(chunks: chunks) { chunk in
            var workspace = BrandesWorkspace(count: n)
            var total = [Double](repeating: 0, count: n)
            var index = chunk
            while index < sourceList.count {
                workspace.accumulate(from: sourceList[index], in: self, into: &total)
                index += chunks
            }
            return total
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

/// Per-thread buffers for one Brandes pass, reused across sources.
struct BrandesWorkspace {
    var distance: [Int32]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32]
    var queue: [Int32]

    init(count: Int) {
        distance = Array(repeating: -1, count: count)
        sigma = Array(repeating: 0, count: count)
        delta = Array(repeating: 0, count: count)
        order = []
        order.reserveCapacity(count)
        queue = Array(repeating: 0, count: count)
    }

    /// One breadth-first search from `source` and the dependency accumulation back along it.
    mutating func accumulate(from source: Int, in graph: GraphIndex, into total: inout [Double]) {
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        var head = 0, tail = 1
        queue[0] = Int32(source)
        graph.neighbours.withUnsafeBufferPointer { neighbours in
            graph.offsets.withUnsafeBufferPointer { offsets in
                while head < tail {
                    let v = Int(queue[head])
                    head += 1
                    order.append(Int32(v))
                    let next = distance[v] + 1
                    let sigmaV = sigma[v]
                    for position in offsets[v]..<offsets[v + 1] {
                        let w = Int(neighbours[position])
                        if distance[w] < 0 {
                            distance[w] = next
                            queue[tail] = Int32(w)
                            tail += 1
                        }
                        if distance[w] == next { sigma[w] += sigmaV }
                    }
                }
                for position in stride(from: order.count - 1, through: 0, by: -1) {
                    let w = Int(order[position])
                    let coefficient = (1 + delta[w]) / sigma[w]
                    let previous = distance[w] - 1
                    for index in offsets[w]..<offsets[w + 1] {
                        let v = Int(neighbours[index])
                        if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                    }
                    if w != source { total[w] += delta[w] }
                }
            }
        }
        for vertex in order {
            let v = Int(vertex)
            distance[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
