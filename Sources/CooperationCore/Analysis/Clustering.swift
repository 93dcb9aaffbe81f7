extension GraphIndex {
    /// The number of triangles at every vertex of the simple graph (parallel links one edge,
    /// self-links ignored), by the forward algorithm over a degree ordering (Schank & Wagner
    /// 2005, "Finding, counting and listing all triangles in large graphs"): each triangle is
    /// found once, from its lowest-ranked corner, by intersecting the out-neighbours of the
    /// edges oriented from lower to higher (degree, index) rank.
    ///
    /// - Complexity: O(*m*^1.5) time, O(*n* + *m*) memory per chunk; spread over all cores.
    public func triangles() -> [Int] {
        let n = count
        guard n > 0 else { return [] }
        // Out-neighbours: the neighbours ranked above, in compressed rows.
        func above(_ v: Int, _ w: Int) -> Bool {
            let dv = offsets[v + 1] - offsets[v], dw = offsets[w + 1] - offsets[w]
            return dv != dw ? dv < dw : v < w
        }
        var outOffsets = [Int](repeating: 0, count: n + 1)
        var out: [Int32] = []
        out.reserveCapacity(neighbours.count / 2)
        for v in 0..<n {
            for position in offsets[v]..<offsets[v + 1] where above(v, Int(neighbours[position])) {
                out.append(neighbours[position])
            }
            outOffsets[v + 1] = out.count
        }
        let chunks = min(16, n)
        let outList = out, outStarts = outOffsets
        let parts = Parallel.map(chunks: chunks) { chunk -> [Int32] in
            var found = [Int32](repeating: 0, count: n)
            var mark = [Int32](repeating: -1, count: n)
            outList.withUnsafeBufferPointer { out in
                outStarts.withUnsafeBufferPointer { starts in
                    var v = chunk
                    while v < n {
                        for position in starts[v]..<starts[v + 1] { mark[Int(out[position])] = Int32(v) }
                        for position in starts[v]..<starts[v + 1] {
                            let u = Int(out[position])
                            for inner in starts[u]..<starts[u + 1] where mark[Int(out[inner])] == Int32(v) {
                                found[v] += 1
                                found[u] += 1
                                found[Int(out[inner])] += 1
                            }
                        }
                        v += chunks
                    }
                }
            }
            return found
        }
        var result = [Int](repeating: 0, count: n)
        for part in parts { for v in 0..<n { result[v] += Int(part[v]) } }
        return result
    }

    /// The local clustering coefficient of every vertex, 2*t* / (*d*(*d* − 1)) for *t*
    /// triangles and *d* distinct neighbours (0 when *d* < 2), as NetworkX's `clustering`
    /// computes it on the simple graph (Watts & Strogatz 1998).
    ///
    /// - Complexity: that of ``triangles()``.
    public func clustering(triangles: [Int]? = nil) -> [Double] {
        let counts = triangles ?? self.triangles()
        return (0..<count).map { v in
            let d = Double(offsets[v + 1] - offsets[v])
            return d < 2 ? 0 : 2 * Double(counts[v]) / (d * (d - 1))
        }
    }

    /// The mean of the local clustering coefficients over all entities, isolated ones
    /// included as 0, as NetworkX's `average_clustering`.
    public func averageClustering(triangles: [Int]? = nil) -> Double {
        guard count > 0 else { return 0 }
        return clustering(triangles: triangles).reduce(0, +) / Double(count)
    }

    /// Transitivity, 3 × triangles / connected triples (Newman 2003), as NetworkX's
    /// `transitivity`: 0 when there is no triangle.
    public func transitivity(triangles: [Int]? = nil) -> Double {
        let counts = triangles ?? self.triangles()
        var corners = 0, triples = 0
        for v in 0..<count {
            let d = offsets[v + 1] - offsets[v]
            corners += counts[v]
            triples += d * (d - 1) / 2
        }
        return corners == 0 ? 0 : Double(corners) / Double(triples)
    }
}
