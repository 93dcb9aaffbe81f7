/// The vertices Brandes' searches start from, for a list of sources: each source, except that a
/// source with one neighbour *u* (which has others) is folded into *u*'s search, as a weight.
struct BrandesRoots: Sendable {
    /// The search roots, in the order the sources first name them.
    var vertices: [Int] = []
    /// How many times each root's dependencies count: the leaf sources folded into it, plus 1
    /// when it is a source itself.
    var weights: [Double] = []
    /// How many leaf sources were folded into each root.
    var leaves: [Double] = []

    init(sources: [Int], offsets: [Int], neighbours: [Int32]) {
        var slot = [Int32](repeating: -1, count: max(0, offsets.count - 1))
        for source in sources {
            var root = source, isLeaf = false
            if offsets[source + 1] - offsets[source] == 1 {
                let neighbour = Int(neighbours[offsets[source]])
                if offsets[neighbour + 1] - offsets[neighbour] > 1 {
                    root = neighbour
                    isLeaf = true
                }
            }
            var index = Int(slot[root])
            if index < 0 {
                index = vertices.count
                slot[root] = Int32(index)
                vertices.append(root)
                weights.append(0)
                leaves.append(0)
            }
            weights[index] += 1
            if isLeaf { leaves[index] += 1 }
        }
    }
}
