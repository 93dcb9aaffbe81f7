/// Per-city figures over a whole dataset at once, for research data with thousands of cities.
public enum CityAggregates {
    /// For every city, the number of distinct partner cities on each continent (partnership
    /// links; partners whose continent is unknown are left out).
    ///
    /// - Returns: City indices (in dataset order) and, for each, counts by continent.
    /// - Complexity: O(*n* + *m*).
    public static func partnersPerContinent(_ dataset: Dataset) -> [(city: Int, counts: [Continent: Int])] {
        let continents = dataset.entities.map(\.resolvedContinent)
        let partners = GraphIndex(dataset, kinds: [.partnership])
        var result: [(city: Int, counts: [Continent: Int])] = []
        for (index, entity) in dataset.entities.enumerated() where entity.kind == .city {
            var counts: [Continent: Int] = [:]
            for neighbour in partners.neighbours(of: index) {
                let other = Int(neighbour)
                if dataset.entities[other].kind == .city, let continent = continents[other] { counts[continent, default: 0] += 1 }
            }
            result.append((index, counts))
        }
        return result
    }

    /// For every city, the number of distinct countries among the entities it is linked to by
    /// links of `kinds` (networks and entities with no country left out).
    ///
    /// - Parameters:
    ///   - kinds: The link kinds that count (the bench world counts partnerships and cooperation).
    ///   - foreignOnly: Leave out the city's own country.
    /// - Complexity: O(*n* + *m*).
    public static func countryCoverage(_ dataset: Dataset, kinds: Set<LinkKind>, foreignOnly: Bool) -> [(city: Int, countries: Int)] {
        var codes: [String: Int32] = [:]
        let country: [Int32] = dataset.entities.map { entity in
            guard entity.kind != .network, let code = dataset.country(of: entity) else { return -1 }
            if let known = codes[code] { return known }
            let next = Int32(codes.count)
            codes[code] = next
            return next
        }
        let graph = GraphIndex(dataset, kinds: kinds)
        var seen = [Int](repeating: -1, count: codes.count)
        var result: [(city: Int, countries: Int)] = []
        for (index, entity) in dataset.entities.enumerated() where entity.kind == .city {
            var distinct = 0
            for neighbour in graph.neighbours(of: index) {
                let code = country[Int(neighbour)]
                guard code >= 0, seen[Int(code)] != index, !(foreignOnly && code == country[index]) else { continue }
                seen[Int(code)] = index
                distinct += 1
            }
            result.append((index, distinct))
        }
        return result
    }
}
