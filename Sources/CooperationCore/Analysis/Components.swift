extension GraphIndex {
    /// The connected components, each as sorted indices, largest first (ties by smallest index).
    ///
    /// - Complexity: O(*n* + *m*).
    public func components() -> [[Int]] {
        var component = [Int](repeating: -1, count: count)
        var result: [[Int]] = []
        var stack: [Int] = []
        for start in 0..<count where component[start] < 0 {
            var members: [Int] = []
            component[start] = result.count
            stack.append(start)
            while let v = stack.popLast() {
                members.append(v)
                for w in neighbours(of: v) where component[Int(w)] < 0 {
                    component[Int(w)] = result.count
                    stack.append(Int(w))
                }
            }
            result.append(members.sorted())
        }
        return result.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
    }

    /// The entities within `radius` links of `center`, with their distances, as NetworkX's
    /// `ego_graph` selects them (undirected).
    ///
    /// - Returns: Indices sorted, and each one's distance from `center`.
    /// - Complexity: O(size of the neighbourhood).
    public func ego(of center: Int, radius: Int) -> [(vertex: Int, distance: Int)] {
        var distance: [Int: Int] = [center: 0]
        var frontier = [center]
        var level = 0
        while level < radius, !frontier.isEmpty {
            level += 1
            var next: [Int] = []
            for v in frontier {
                for w in neighbours(of: v) where distance[Int(w)] == nil {
                    distance[Int(w)] = level
                    next.append(Int(w))
                }
            }
            frontier = next
        }
        return distance.map { ($0.key, $0.value) }.sorted { $0.vertex < $1.vertex }
    }
}
