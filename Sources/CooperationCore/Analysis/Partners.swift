extension Dataset {
    /// The partners of an entity: the cities and regions linked to it by a partnership, each
    /// once, in dataset order.
    ///
    /// - Parameters:
    ///   - id: The entity.
    ///   - kinds: The kinds of partner to keep (cities, regions or both).
    /// - Complexity: O(degree).
    public func partners(of id: String, kinds: Set<EntityKind> = [.city, .region]) -> [Entity] {
        neighbours(of: id, kind: .partnership).compactMap { self[$0] }.filter { kinds.contains($0.kind) }
    }

    /// The number of distinct partners of an entity on each continent; continents with none are
    /// left out, and so are partners whose continent is unknown.
    ///
    /// - Complexity: O(degree).
    public func partnersPerContinent(of id: String, kinds: Set<EntityKind> = [.city]) -> [Continent: Int] {
        var counts: [Continent: Int] = [:]
        for partner in partners(of: id, kinds: kinds) {
            if let continent = partner.resolvedContinent { counts[continent, default: 0] += 1 }
        }
        return counts
    }

    /// The countries of an entity's partner cities and regions, as sorted ISO codes.
    public func partnerCountries(of id: String) -> [String] {
        Set(partners(of: id).compactMap(\.country)).sorted()
    }

    /// The country an entity stands in: its own, or for an event, its venue's.
    public func country(of entity: Entity) -> String? {
        if let country = entity.country { return country }
        if let venue = entity.venue, venue != entity.id { return self[venue].flatMap { country(of: $0) } }
        return nil
    }
}
