/// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
/// unfolding of communities in large networks"), step for step as NetworkX's
/// `louvain_communities`: vertices visited in a seeded random order move to the neighbouring
/// community of largest modularity gain while any gain is positive; communities then become
/// the vertices of the next level; it stops when a level gains no more than `threshold`.
///
/// The random order comes from ``SplitMix64``, not from Python's generator, so the partition
/// for a seed differs from NetworkX's; its modularity is what to compare.
public enum Louvain {
    /// The communities of the links of `kinds` (all when `nil`) of `dataset`, edges weighted
    /// by link counts as `counting` says.
    ///
    /// - Complexity: about O(*m*) a level in practice; a few levels.
    public static func communities(_ dataset: Dataset, kinds: Set<LinkKind>? = nil, counting: LinkCounting = .multigraph,
                                   resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) -> CommunityPartition {
        communities(WeightedGraph(dataset, kinds: kinds, counting: counting), resolution: resolution, threshold: threshold, seed: seed)
    }

    /// The communities of `graph`.
    public static func communities(_ graph: WeightedGraph, resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) -> CommunityPartition {
        var generator = SplitMix64(seed: seed)
        // The community of every original vertex, as a vertex of the current level.
        var labels = Array(0..<Int32(graph.count))
        var level = LouvainLevel(graph)
        let m = level.strength.reduce(0, +) / 2
        guard m > 0 else { return CommunityPartition(labels: labels, graph: graph, resolution: resolution) }
        var modularity = level.modularity(of: nil, m: m, resolution: resolution)
        while true {
            let (moved, community) = level.moveVertices(m: m, resolution: resolution, generator: &generator)
            // Renumber the communities densely in order of their old number, as NetworkX keeps them.
            var number = [Int32](repeating: -1, count: level.count)
            for c in community { number[Int(c)] = 0 }
            var next: Int32 = 0
            for c in 0..<level.count where number[c] == 0 { number[c] = next; next += 1 }
            let dense = community.map { number[Int($0)] }
            if moved { for v in 0..<labels.count { labels[v] = dense[Int(labels[v])] } }
            let gained = level.modularity(of: dense, m: m, resolution: resolution)
            if !moved || gained - modularity <= threshold { break }
            modularity = gained
            level = level.aggregated(by: dense, communities: Int(next))
        }
        return CommunityPartition(labels: labels, graph: graph, resolution: resolution)
    }
}
