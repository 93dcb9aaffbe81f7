/// Two entities that belong to the same networks, and which.
public struct SharedNetworks: Hashable, Sendable, Codable {
    /// The id that sorts first.
    public let a: String
    /// The id that sorts second.
    public let b: String
    /// The names of the networks both belong to, sorted.
    public let networks: [String]
}

extension Dataset {
    /// The networks an entity is a member of, in dataset order.
    public func networks(of id: String) -> [Entity] {
        links(of: id, kind: .membership).filter { $0.source == id }.compactMap { self[$0.target] }
            .reduce(into: [Entity]()) { result, network in
                if !result.contains(where: { $0.id == network.id }) { result.append(network) }
            }
    }

    /// Every pair of entities that share at least one network, with the networks they share:
    /// the weighted projection of the member–network graph onto the members, keeping which
    /// networks make each pair's weight.
    ///
    /// - Parameter among: Only pairs whose both ends are in this set, when given.
    /// - Returns: Pairs with `a < b`, heaviest first, ties by `a` then `b`.
    /// - Complexity: O(Σ *m*²) over the networks' member counts *m*.
    public func sharedNetworks(among ids: Set<String>? = nil) -> [SharedNetworks] {
        var pairs: [Pair: [String]] = [:]
        for network in entities where network.kind == .network {
            var members = Set<String>()
            for link in links(of: network.id, kind: .membership) where link.target == network.id && link.source != network.id {
                if ids?.contains(link.source) ?? true { members.insert(link.source) }
            }
            let sorted = members.sorted()
            for (index, first) in sorted.enumerated() {
                for second in sorted[(index + 1)...] {
                    pairs[Pair(a: first, b: second), default: []].append(network.name)
                }
            }
        }
        return pairs.map { SharedNetworks(a: $0.key.a, b: $0.key.b, networks: $0.value.sorted()) }
            .sorted { ($1.networks.count, $0.a, $0.b) < ($0.networks.count, $1.a, $1.b) }
    }

    private struct Pair: Hashable {
        let a: String
        let b: String
    }
}
