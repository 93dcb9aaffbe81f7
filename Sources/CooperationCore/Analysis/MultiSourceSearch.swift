/// Breadth-first searches from ``width`` sources at once over the raw adjacency, one bit a
/// source, for the measures built from distance sums and eccentricities (closeness, the
/// diameter, radius and average distance). One thread owns
/// one search: its buffers are raw memory, reused batch after batch.
///
/// Each level pushes the frontier words of the vertices on the frontier along their edges,
/// keeping only bits the target has not seen, and lists the targets that gained any; so a
/// level costs the degrees of its frontier, and a search in a small component never walks the
/// rest of the graph.
struct MultiSourceSearch {
    /// Sources a batch: four 64-bit words a vertex.
    static let width = 256

    typealias Word = SIMD4<UInt64>

    /// The sums a chunk of batches adds up, by vertex: how many sources reached it (itself not
    /// counted) and their total distance to it.
    struct Sums {
        var reached: [Int]
        var total: [Int]

        init(count: Int) {
            reached = [Int](repeating: 0, count: count)
            total = [Int](repeating: 0, count: count)
        }
    }

    let count: Int
    let seen: UnsafeMutableBufferPointer<Word>
    let frontier: UnsafeMutableBufferPointer<Word>
    let next: UnsafeMutableBufferPointer<Word>
    /// Vertices on the current frontier, then the ones on the next.
    let current: UnsafeMutableBufferPointer<Int32>
    let gained: UnsafeMutableBufferPointer<Int32>

    init(count: Int) {
        self.count = count
        seen = .allocate(capacity: count)
        seen.initialize(repeating: .zero)
        frontier = .allocate(capacity: count)
        frontier.initialize(repeating: .zero)
        next = .allocate(capacity: count)
        next.initialize(repeating: .zero)
        current = .allocate(capacity: count)
        current.initialize(repeating: 0)
        gained = .allocate(capacity: count)
        gained.initialize(repeating: 0)
    }

    func deallocate() {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        current.deallocate()
        gained.deallocate()
    }

    /// The searches from `sources` (at most ``width``; vertex indices of `graph`, one lane
    /// each in order), adding what each vertex gains to `sums`.
    ///
    /// - Returns: Each lane's eccentricity: the last level at which its search reached a vertex.
    @discardableResult
    func run(sources: ArraySlice<Int>, in graph: GraphIndex.Adjacency, into sums: inout Sums) -> [Int32] {
        let offsets = graph.offsets, targets = graph.targets
        seen.update(repeating: .zero)
        var eccentricity = [Int32](repeating: 0, count: sources.count)
        var currentCount = 0
        for (lane, source) in sources.enumerated() {
            var bit = Word.zero
            bit[lane / 64] = 1 << UInt64(lane % 64)
            if seen[source] == .zero {
                current[currentCount] = Int32(source)
                currentCount += 1
                frontier[source] = .zero
            }
            // A source named twice runs in both lanes, which stay equal.
            seen[source] |= bit
            frontier[source] |= bit
        }
        var current = self.current, gained = self.gained
        sums.reached.withUnsafeMutableBufferPointer { reached in
            sums.total.withUnsafeMutableBufferPointer { total in
                var level = 0
                while currentCount > 0 {
                    level += 1
                    var gainedCount = 0
                    for index in 0..<currentCount {
                        let v = Int(current[index])
                        let word = frontier[v]
                        for position in offsets[v]..<offsets[v + 1] {
                            let w = Int(targets[position])
                            let new = word & ~seen[w]
                            guard new != .zero else { continue }
                            if next[w] == .zero {
                                gained[gainedCount] = Int32(w)
                                gainedCount += 1
                            }
                            next[w] |= new
                        }
                    }
                    var reachedLanes = Word.zero
                    for index in 0..<gainedCount {
                        let w = Int(gained[index])
                        let new = next[w]
                        next[w] = .zero
                        seen[w] |= new
                        frontier[w] = new
                        reachedLanes |= new
                        let bits = new[0].nonzeroBitCount + new[1].nonzeroBitCount + new[2].nonzeroBitCount + new[3].nonzeroBitCount
                        reached[w] += bits
                        total[w] += level * bits
                    }
                    for word in 0..<4 {
                        var bits = reachedLanes[word]
                        while bits != 0 {
                            eccentricity[word * 64 + bits.trailingZeroBitCount] = Int32(level)
                            bits &= bits - 1
                        }
                    }
                    swap(&current, &gained)
                    currentCount = gainedCount
                }
            }
        }
        return eccentricity
    }
}
