extension GraphIndex {
    /// Closeness centrality as NetworkX's `closeness_centrality` computes it (Wasserman–Faust
    /// improved form for graphs that are not connected): for *u* reaching *r* − 1 others at
    /// total distance *d*, ((*r* − 1)/*d*) · ((*r* − 1)/(*n* − 1)); 0 when *u* reaches no one.
    ///
    /// - Returns: Values by index.
    /// - Complexity: O(*n* · (*n* + *m*)), spread over all cores.
    public func closeness() -> [Double] {
        let n = count
        let chunks = min(16, max(1, n))
        let parts = Parallel.map(chunks: chunks) { chunk -> [(Int, Double)] in
                var values: [(Int, Double)] = []
                var distance = [Int32](repeating: -1, count: n)
                var queue = [Int32](repeating: 0, count: n)
                var vertex = chunk
                while vertex < n {
                    distance[vertex] = 0
                    queue[0] = Int32(vertex)
                    var head = 0, tail = 1, total = 0
                    while head < tail {
                        let v = Int(queue[head])
                        head += 1
                        total += Int(distance[v])
                        for w in neighbours(of: v) where distance[Int(w)] < 0 {
                            distance[Int(w)] = distance[v] + 1
                            queue[tail] = w
                            tail += 1
                        }
                    }
                    let reached = Double(tail - 1)
                    values.append((vertex, total > 0 && n > 1 ? (reached / Double(total)) * (reached / Double(n - 1)) : 0))
                    for index in 0..<tail { distance[Int(queue[index])] = -1 }
                    vertex += chunks
                }
                return values
        }
        var result = [Double](repeating: 0, count: n)
        for part in parts { for (vertex, value) in part { result[vertex] = value } }
        return result
    }
}
