/// One relation through which an entity reaches a country.
public struct CountryRelation: Hashable, Sendable, Codable {
    /// The kind of the link.
    public let kind: LinkKind
    /// The id of the entity at the other end of the link (a partner city, a country, an event).
    public let entity: String
}

/// A country an entity reaches, and every relation that reaches it.
public struct CoveredCountry: Hashable, Sendable, Codable {
    /// The ISO 3166-1 alpha-2 code.
    public let country: String
    /// The relations, in dataset order.
    public let relations: [CountryRelation]
}

extension Dataset {
    /// Every foreign country an entity has a relation with: the country of the entity at the
    /// other end of each of its links, or, for an event, the country of its venue. The entity's
    /// own country is left out, and so are links to entities with no country (networks).
    ///
    /// - Returns: The countries sorted by code, each with the relations that reach it.
    /// - Complexity: O(degree).
    public func countryCoverage(of id: String) -> [CoveredCountry] {
        let home = self[id].flatMap { country(of: $0) }
        var relations: [String: [CountryRelation]] = [:]
        for link in links(of: id) {
            guard let otherID = link.otherEnd(from: id), otherID != id, let other = self[otherID],
                  let country = country(of: other), country != home else { continue }
            relations[country, default: []].append(CountryRelation(kind: link.kind, entity: otherID))
        }
        return relations.keys.sorted().map { CoveredCountry(country: $0, relations: relations[$0] ?? []) }
    }

    /// The number of an entity's links to each foreign country, by ISO code.
    public func relationsPerCountry(of id: String) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: countryCoverage(of: id).map { ($0.country, $0.relations.count) })
    }

    /// The number of an entity's links of each kind.
    public func relationsPerKind(of id: String) -> [LinkKind: Int] {
        var counts: [LinkKind: Int] = [:]
        for link in links(of: id) { counts[link.kind, default: 0] += 1 }
        return counts
    }

    /// The number of an entity's links in each year; links without a year are left out.
    public func linksPerYear(of id: String) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for link in links(of: id) { if let year = link.year { counts[year, default: 0] += 1 } }
        return counts
    }
}
