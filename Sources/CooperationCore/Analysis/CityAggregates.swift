/// Per-city figures over a whole dataset at once, for research data with thousands of cities.
public enum CityAggregates {
    /// Partner counts by continent for every city, in one flat table.
    public struct ContinentTable: Sendable {
        /// The cities' entity indices, in dataset order.
        public let cities: [Int]
        /// `counts[row * 7 + column]`, columns in ``Continent/allCases`` order.
        let counts: [Int32]

        /// The number of partners of the city in `row` on `continent`.
        public func count(row: Int, _ continent: Continent) -> Int {
            Int(counts[row * Continent.allCases.count + (Continent.allCases.firstIndex(of: continent) ?? 0)])
        }

        /// The counts of the city in `row` by continent, continents with none left out.
        public func counts(row: Int) -> [Continent: Int] {
            var result: [Continent: Int] = [:]
            for (column, continent) in Continent.allCases.enumerated() where counts[row * Continent.allCases.count + column] > 0 {
                result[continent] = Int(counts[row * Continent.allCases.count + column])
            }
            return result
        }

        /// The sum of every count.
        public var total: Int { counts.reduce(0) { $0 + Int($1) } }
    }

    /// For every city, the number of distinct partner cities on each continent (partnership
    /// links; partners whose continent is unknown are left out).
    ///
    /// - Complexity: O(*n* + *m*).
    public static func partnersPerContinent(_ dataset: Dataset) -> ContinentTable {
        let columns = Continent.allCases.count
        let column: [Int8] = dataset.entities.map { entity in
            guard entity.kind == .city, let continent = entity.resolvedContinent else { return -1 }
            return Int8(Continent.allCases.firstIndex(of: continent) ?? 0)
        }
        let partners = GraphIndex(dataset, kinds: [.partnership])
        var cities: [Int] = []
        var counts: [Int32] = []
        counts.reserveCapacity(dataset.entities.count * columns)
        for (index, entity) in dataset.entities.enumerated() where entity.kind == .city {
            let row = counts.count
            counts.append(contentsOf: repeatElement(0, count: columns))
            for neighbour in partners.neighbours(of: index) where column[Int(neighbour)] >= 0 {
                counts[row + Int(column[Int(neighbour)])] += 1
            }
            cities.append(index)
        }
        return ContinentTable(cities: cities, counts: counts)
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
