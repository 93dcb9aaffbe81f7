/// The graph Brandes' searches walk: the index's rows without the leaves (vertices with one
/// neighbour, which has others), each of which is counted on its neighbour instead, and the
/// other vertices numbered anew in breadth-first order, so that a search finds a vertex's
/// neighbours near each other in its buffers.
///
/// A leaf is never between two other vertices, and the one shortest path to it runs through
/// its neighbour *u*: so it adds 1 to *u*'s dependency in every search that reaches *u* from
/// elsewhere, and nothing else. Leaving it out saves visiting it in every search.
struct BrandesGraph: Sendable {
    /// The number of vertices kept.
    let count: Int
    /// Each index vertex's number here, or −1 for a leaf.
    let labels: [Int32]
    /// `targets[offsets[v]..<offsets[v + 1]]` are the neighbours of `v` that are not leaves.
    let offsets: [Int]
    let targets: [Int32]
    /// The number of leaves at each vertex.
    let leaves: [Double]

    init(offsets source: [Int], neighbours: [Int32]) {
        let n = source.count - 1
        func degree(_ vertex: Int) -> Int { source[vertex + 1] - source[vertex] }
        var labels = [Int32](repeating: -1, count: n)
        var isLeaf = [Bool](repeating: false, count: n)
        for vertex in 0..<n where degree(vertex) == 1 && degree(Int(neighbours[source[vertex]])) > 1 {
            isLeaf[vertex] = true
        }
        // Numbered in breadth-first order from each component's first vertex.
        var order: [Int] = []
        order.reserveCapacity(n)
        for start in 0..<n where !isLeaf[start] && labels[start] < 0 {
            labels[start] = Int32(order.count)
            order.append(start)
            var head = order.count - 1
            while head < order.count {
                let v = order[head]
                head += 1
                for position in source[v]..<source[v + 1] {
                    let w = Int(neighbours[position])
                    guard !isLeaf[w], labels[w] < 0 else { continue }
                    labels[w] = Int32(order.count)
                    order.append(w)
                }
            }
        }
        var offsets = [Int](repeating: 0, count: order.count + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(neighbours.count)
        var leaves = [Double](repeating: 0, count: order.count)
        for (label, vertex) in order.enumerated() {
            for position in source[vertex]..<source[vertex + 1] {
                let w = Int(neighbours[position])
                if isLeaf[w] { leaves[label] += 1 } else { targets.append(labels[w]) }
            }
            offsets[label + 1] = targets.count
        }
        self.count = order.count
        self.labels = labels
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
