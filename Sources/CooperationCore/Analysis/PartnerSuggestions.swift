/// A partnership listed by one side only.
public struct OneSidedPartnership: Hashable, Sendable, Codable {
    /// The entity whose data lists the partnership.
    public let lister: String
    /// The partner whose own data does not list it back.
    public let partner: String

    /// A partnership `lister` lists and `partner` does not.
    public init(lister: String, partner: String) {
        self.lister = lister
        self.partner = partner
    }
}

/// A city that could become a partner: a partner of partners, not yet a partner.
public struct PartnerSuggestion: Hashable, Sendable, Codable {
    /// The suggested entity.
    public let id: String
    /// The partners it is reached through (the paths of length two), sorted.
    public let through: [String]
    /// The networks it shares with the focus, sorted by name.
    public let sharedNetworks: [String]
}

extension Dataset {
    /// Partnerships that one city lists and its partner does not list back, among partners
    /// whose own data lists partnerships at all (a city without its own data is not flagged).
    ///
    /// A partnership link goes from the entity whose data lists it to the partner.
    /// - Returns: Pairs sorted by lister, then partner.
    public func oneSidedPartnerships() -> [OneSidedPartnership] {
        var listed = Set<String>()
        var listers = Set<String>()
        for link in links where link.kind == .partnership && link.source != link.target {
            listed.insert(link.source + "\u{0}" + link.target)
            listers.insert(link.source)
        }
        var result = Set<OneSidedPartnership>()
        for link in links where link.kind == .partnership && link.source != link.target && listers.contains(link.target) {
            if !listed.contains(link.target + "\u{0}" + link.source) {
                result.insert(OneSidedPartnership(lister: link.source, partner: link.target))
            }
        }
        return result.sorted { ($0.lister, $0.partner) < ($1.lister, $1.partner) }
    }

    /// Partners of an entity's partners that are not yet its partners, ranked by the number of
    /// partners they are reached through, then by networks shared with the entity, then by id.
    ///
    /// - Parameter limit: At most this many suggestions.
    public func partnerSuggestions(for id: String, limit: Int = 10) -> [PartnerSuggestion] {
        let partnerIDs = Set(partners(of: id).map(\.id))
        var through: [String: Set<String>] = [:]
        for partner in partnerIDs {
            for candidate in self.partners(of: partner).map(\.id) where candidate != id && !partnerIDs.contains(candidate) {
                through[candidate, default: []].insert(partner)
            }
        }
        let focusNetworks = Set(networks(of: id).map(\.id))
        let suggestions = through.map { candidate, via in
            PartnerSuggestion(id: candidate, through: via.sorted(),
                              sharedNetworks: networks(of: candidate).filter { focusNetworks.contains($0.id) }.map(\.name).sorted())
        }
        return suggestions.sorted {
            ($1.through.count, $1.sharedNetworks.count, $0.id) < ($0.through.count, $0.sharedNetworks.count, $1.id)
        }.prefix(limit).map { $0 }
    }
}
