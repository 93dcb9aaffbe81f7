/// The graph Brandes' searches walk: the index's rows without the leaves (vertices with one
/// neighbour, which has others), each of which is counted on its neighbour instead.
///
/// A leaf is never between two other vertices, and the one shortest path to it runs through
/// its neighbour *u*: so it adds 1 to *u*'s dependency in every search that reaches *u* from
/// elsewhere, and nothing else. Leaving it out saves visiting it in every search.
struct BrandesGraph: Sendable {
    /// `targets[offsets[v]..<offsets[v + 1]]` are the neighbours of `v` that are not leaves;
    /// a leaf's row is empty.
    let offsets: [Int]
    let targets: [Int32]
    /// The number of leaves at each vertex.
    let leaves: [Double]

    init(offsets source: [Int], neighbours: [Int32]) {
        let n = source.count - 1
        func isLeaf(_ vertex: Int) -> Bool {
            source[vertex + 1] - source[vertex] == 1 && source[Int(neighbours[source[vertex]]) + 1] - source[Int(neighbours[source[vertex]])] > 1
        }
        var leaves = [Double](repeating: 0, count: n)
        var leafFlags = [Bool](repeating: false, count: n)
        for vertex in 0..<n where isLeaf(vertex) {
            leafFlags[vertex] = true
            leaves[Int(neighbours[source[vertex]])] += 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(neighbours.count)
        for vertex in 0..<n {
            if !leafFlags[vertex] {
                for position in source[vertex]..<source[vertex + 1] where !leafFlags[Int(neighbours[position])] {
                    targets.append(neighbours[position])
                }
            }
            offsets[vertex + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
        self.leaves = leaves
    }

    /// The rows and leaf counts as raw pointers, for the searches: reading them retains
    /// nothing, so threads that share them share no reference count.
    struct Rows: @unchecked Sendable {
        let adjacency: GraphIndex.Adjacency
        let leaves: UnsafeBufferPointer<Double>
    }

    /// Calls `body` with the rows as raw pointers, valid only inside it.
    func withRows<T>(_ body: (Rows) throws -> T) rethrows -> T {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try leaves.withUnsafeBufferPointer { leaves in
                    try body(Rows(adjacency: GraphIndex.Adjacency(offsets: offsets, targets: targets), leaves: leaves))
                }
            }
        }
    }
}
