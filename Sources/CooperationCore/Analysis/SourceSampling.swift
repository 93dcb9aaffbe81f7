extension GraphIndex {
    /// A deterministic sample of `count` distinct vertices of `0..<total`, for betweenness
    /// estimated from sources (Brandes & Pich 2007): SplitMix64 drives a partial Fisher–Yates
    /// shuffle, so the same seed always gives the same sources.
    ///
    /// This is not NetworkX's sample: `betweenness_centrality(k:seed:)` draws with Python's
    /// `random.Random(seed).sample`, so the same `k` and seed give other sources there. To
    /// reproduce NetworkX's values, pass its sources to ``betweenness(sources:)``.
    ///
    /// - Complexity: O(`total`) for the pool, O(`count`) draws.
    public static func sampleSources(count: Int, from total: Int, seed: UInt64) -> [Int] {
        let count = max(0, min(count, total))
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var pool = Array(0..<total)
        for index in 0..<count {
            let pick = index + Int(next() % UInt64(total - index))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(count))
    }
}
