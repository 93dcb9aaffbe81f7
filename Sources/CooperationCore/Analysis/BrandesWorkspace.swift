/// Per-thread buffers for one Brandes pass, reused across sources: raw memory that one thread
/// owns, so two threads share no reference count.
///
/// The search runs level by level and records where each level starts in ``order``. The
/// accumulation then walks the levels backwards and pulls from each vertex's neighbours their
/// `(1 + δ) / σ`, which is nonzero only on the level below (the level above is not reached
/// yet, and the vertex's own level is written only when the whole level is done); so the
/// inner loops test nothing per edge and branch on nothing the data decides.
struct BrandesWorkspace {
    let distance: UnsafeMutableBufferPointer<Int32>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// `(1 + δ) / σ` of the vertices whose level is done, 0 elsewhere.
    let coefficient: UnsafeMutableBufferPointer<Double>
    /// Each position's pulled sum, for the level being accumulated.
    let pulled: UnsafeMutableBufferPointer<Double>
    /// Vertices in the order the search reached them (the queue is the order), with one slot
    /// more: the search writes every neighbour to the tail and advances it only for new ones.
    let order: UnsafeMutableBufferPointer<Int32>
    /// Where each level starts in ``order``, and where the last one ends.
    let levels: UnsafeMutableBufferPointer<Int>

    init(count: Int) {
        distance = .allocate(capacity: count)
        distance.initialize(repeating: -1)
        sigma = .allocate(capacity: count)
        sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: count)
        coefficient.initialize(repeating: 0)
        pulled = .allocate(capacity: count)
        pulled.initialize(repeating: 0)
        order = .allocate(capacity: count + 1)
        order.initialize(repeating: 0)
        levels = .allocate(capacity: count + 1)
        levels.initialize(repeating: 0)
    }

    func deallocate() {
        distance.deallocate()
        sigma.deallocate()
        coefficient.deallocate()
        pulled.deallocate()
        order.deallocate()
        levels.deallocate()
    }

    /// One breadth-first search from `source` and the dependency accumulation back along it,
    /// adding `weight` times each vertex's dependency to `total`, and `leaves` times the
    /// component's size less 2 to `source`'s (the dependencies of the leaf sources folded into
    /// it); leaves the buffers as it found them. `graph` has no leaves: it counts each vertex's,
    /// which are reached through it and add 1 each to its dependency.
    func accumulate(from source: Int, weight: Double, leaves: Double, in graph: BrandesGraph.Rows,
                    into total: UnsafeMutableBufferPointer<Double>) {
        let offsets = graph.adjacency.offsets, neighbours = graph.adjacency.targets, leafCounts = graph.leaves
        distance[source] = 0
        sigma[source] = 1
        order[0] = Int32(source)
        var head = 0, tail = 1, levelCount = 0
        var next: Int32 = 1
        var reachedLeaves = 0.0
        levels[0] = 0
        while head < tail {
            let end = tail
            levelCount += 1
            levels[levelCount] = end
            while head < end {
                let v = Int(order[head])
                head += 1
                let sigmaBits = sigma[v].bitPattern
                reachedLeaves += leafCounts[v]
                var position = offsets[v]
                let stop = offsets[v + 1]
                while position < stop {
                    let w = Int(neighbours[position])
                    position += 1
                    let seen = distance[w]
                    let isNew = seen < 0
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= isNew ? 1 : 0
                    let level = isNew ? next : seen
                    distance[w] = level
                    // A neighbour is on the level above, its own or the next one: σ flows only
                    // to the next, by a mask from the sign of the difference (a select here
                    // becomes a branch, wrong for about one neighbour in two).
                    let mask = UInt64(bitPattern: Int64(~((level &- next) >> 31)))
                    sigma[w] += Double(bitPattern: sigmaBits & mask)
                }
            }
            next += 1
        }
        // Level 0 is the source, whose dependency is not its own betweenness.
        var level = levelCount - 1
        while level >= 1 {
            let start = levels[level], end = levels[level + 1]
            for index in start..<end {
                let w = Int(order[index])
                var sum = 0.0
                var position = offsets[w]
                let stop = offsets[w + 1]
                while position < stop {
                    sum += coefficient[Int(neighbours[position])]
                    position += 1
                }
                pulled[index] = sum
            }
            for index in start..<end {
                let w = Int(order[index])
                let sigmaW = sigma[w]
                let delta = sigmaW * pulled[index] + leafCounts[w]
                total[w] += weight * delta
                coefficient[w] = (1 + delta) / sigmaW
            }
            level -= 1
        }
        total[source] += leaves * (Double(tail - 2) + reachedLeaves)
        for position in 0..<tail {
            let v = Int(order[position])
            distance[v] = -1
            sigma[v] = 0
            coefficient[v] = 0
        }
    }
}
