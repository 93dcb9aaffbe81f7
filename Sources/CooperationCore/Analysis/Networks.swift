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
    /// networks make each pair's weight (see ``NetworkProjection``).
    ///
    /// - Parameter among: Only pairs whose both ends are in this set, when given.
    /// - Returns: Pairs with `a < b`, heaviest first, ties by `a` then `b`.
    public func sharedNetworks(among ids: Set<String>? = nil) -> [SharedNetworks] {
        let projection = NetworkProjection(self)
        return projection.sortedPairs()
            .filter { ids == nil || (ids?.contains(projection.ids[$0.a]) == true && ids?.contains(projection.ids[$0.b]) == true) }
            .map(projection.described)
    }

    /// Pairs of partner cities that share no network, as (id, id) with the first sorting first.
    public func partnersSharingNoNetwork() -> [(String, String)] {
        let projection = NetworkProjection(self)
        var seen = Set<String>()
        var result: [(String, String)] = []
        for link in links where link.kind == .partnership {
            guard let a = index(of: link.source), let b = index(of: link.target), a != b,
                  entities[a].kind == .city, entities[b].kind == .city else { continue }
            let (first, second) = entities[a].id < entities[b].id ? (a, b) : (b, a)
            guard seen.insert(entities[first].id + "\u{0}" + entities[second].id).inserted else { continue }
            if Set(projection.networkIndices(of: first)).isDisjoint(with: projection.networkIndices(of: second)) {
                result.append((entities[first].id, entities[second].id))
            }
        }
        return result.sorted { $0 < $1 }
    }
}
