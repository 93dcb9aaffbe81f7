extension GraphIndex {
    /// The connected components, each as sorted indices, largest first (ties by smallest index).
    ///
    /// Labels every vertex by a breadth-first search over the raw adjacency, then fills each
    /// component's members in index order, so no member list needs sorting.
    ///
    /// - Complexity: O(*n* + *m*).
    public func components() -> [[Int]] {
        let n = count
        guard n > 0 else { return [] }
        var sizes: [Int] = []
        let label = withAdjacency { adjacency in
            [Int32](unsafeUninitializedCapacity: n) { label, initialized in
                label.initialize(repeating: -1)
                initialized = n
                let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                defer { queue.deallocate() }
                for start in 0..<n where label[start] < 0 {
                    let component = Int32(sizes.count)
                    label[start] = component
                    queue[0] = Int32(start)
                    var head = 0, tail = 1
                    while head < tail {
                        let v = Int(queue[head])
                        head += 1
                        for position in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                            let w = Int(adjacency.targets[position])
                            if label[w] < 0 {
                                label[w] = component
                                queue[tail] = Int32(w)
                                tail += 1
                            }
                        }
                    }
                    sizes.append(tail)
                }
            }
        }
        var members = sizes.map { size -> [Int] in
            var list: [Int] = []
            list.reserveCapacity(size)
            return list
        }
        for vertex in 0..<n { members[Int(label[vertex])].append(vertex) }
        // Components are numbered by their smallest vertex, so the number breaks ties.
        let order = (0..<members.count).sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        return order.map { members[$0] }
    }

    /// The entities within `radius` links of `center`, with their distances, as NetworkX's
    /// `ego_graph` selects them (undirected).
    ///
    /// - Returns: Indices sorted, and each one's distance from `center`.
    /// - Complexity: O(*n*) to set up, then O(size of the neighbourhood).
    public func ego(of center: Int, radius: Int) -> [(vertex: Int, distance: Int)] {
        var distance = [Int32](repeating: -1, count: count)
        var visited = [center]
        distance[center] = 0
        withAdjacency { adjacency in
            var head = 0
            while head < visited.count {
                let v = visited[head]
                head += 1
                let next = distance[v] + 1
                guard Int(next) <= radius else { continue }
                for position in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                    let w = Int(adjacency.targets[position])
                    if distance[w] < 0 {
                        distance[w] = next
                        visited.append(w)
                    }
                }
            }
        }
        return visited.sorted().map { ($0, Int(distance[$0])) }
    }
}
