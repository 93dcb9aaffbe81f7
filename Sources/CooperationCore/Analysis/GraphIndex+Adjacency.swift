extension GraphIndex {
    /// The compressed rows as raw pointers, for the hot loops of the path measures: reading a
    /// neighbour through them retains nothing, so threads that share the index share no
    /// reference count.
    struct Adjacency: @unchecked Sendable {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>

        /// A breadth-first search from `source` that leaves `distance` as it found it (all −1).
        ///
        /// - Returns: How many vertices it reached (`source` included) and their total distance.
        @inline(__always)
        func breadthFirst(from source: Int, distance: UnsafeMutableBufferPointer<Int32>,
                          queue: UnsafeMutableBufferPointer<Int32>) -> (reached: Int, total: Int) {
            distance[source] = 0
            queue[0] = Int32(source)
            var head = 0, tail = 1, total = 0
            while head < tail {
                let v = Int(queue[head])
                head += 1
                let next = distance[v] + 1
                total += Int(next - 1)
                for position in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[position])
                    if distance[w] < 0 {
                        distance[w] = next
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
            for index in 0..<tail { distance[Int(queue[index])] = -1 }
            return (tail, total)
        }
    }

    /// Calls `body` with the adjacency as raw pointers, valid only inside it.
    func withAdjacency<T>(_ body: (Adjacency) throws -> T) rethrows -> T {
        try offsets.withUnsafeBufferPointer { offsets in
            try neighbours.withUnsafeBufferPointer { targets in
                try body(Adjacency(offsets: offsets, targets: targets))
            }
        }
    }
}
