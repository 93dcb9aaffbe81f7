/// The statistics people ask of a city's cooperation, for one focus entity.
///
/// ```swift
/// let dataset = try DatasetLoader.embeddedPoznan2023()
/// let statistics = try CooperationStatistics(dataset: dataset)
/// print(statistics.partnerCitiesPerContinent)   // ["Asia": 4, "Europe": 9, "North America": 1]
/// ```
public struct CooperationStatistics: Hashable, Sendable, Codable {
    /// The shared networks of one partner with the focus.
    public struct PartnerNetworks: Hashable, Sendable, Codable {
        /// The partner's id.
        public let partner: String
        /// The networks the partner shares with the focus, sorted.
        public let networks: [String]
    }

    /// The country coverage: how many foreign countries, which, and through what.
    public struct Coverage: Hashable, Sendable, Codable {
        /// The number of countries.
        public let count: Int
        /// The ISO codes, sorted.
        public let countries: [String]
        /// Each country with the relations that reach it.
        public let relations: [CoveredCountry]
    }

    /// The focus entity's id.
    public let focus: String
    /// The focus entity's name.
    public let focusName: String
    /// The year the statistics are limited to, if any.
    public let year: Int?
    /// Partner cities per continent, by the continent's English name; continents with none left out.
    public let partnerCitiesPerContinent: [String: Int]
    /// Partner cities and partner regions per continent.
    public let partnersPerContinent: [String: Int]
    /// The number of partner cities.
    public let partnerCityCount: Int
    /// The number of partner regions.
    public let partnerRegionCount: Int
    /// The countries of partner cities and regions, sorted ISO codes.
    public let partnerCountries: [String]
    /// Every foreign country the focus has a relation with.
    public let countryCoverage: Coverage
    /// The number of the focus's links per foreign country.
    public let relationsPerCountry: [String: Int]
    /// The number of the focus's links per link kind.
    public let relationsPerKind: [String: Int]
    /// The names of the networks the focus belongs to, sorted.
    public let networks: [String]
    /// The focus's diplomatic meetings.
    public let diplomaticMeetings: DiplomaticMeetings
    /// Every pair of entities that share a network, with the networks, heaviest first, ties by
    /// ids; each pair's ids and networks are made when it is read.
    public let sharedNetworks: SharedNetworkPairs
    /// The focus's partners that share networks with it, and which.
    public let partnerSharedNetworks: [PartnerNetworks]
    /// The focus's links per year, by year.
    public let linksPerYear: [String: Int]

    /// The statistics of `focus` (default: the dataset's declared focus) in `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: The data.
    ///   - focus: The entity to describe; the dataset's `focus` when `nil`.
    ///   - year: Limit to the links of this year and standing links with no year.
    /// - Throws: ``FocusError`` when there is no focus or it is unknown.
    public init(dataset: Dataset, focus: String? = nil, year: Int? = nil) throws(FocusError) {
        guard let focusID = focus ?? dataset.focus else { throw .noFocus }
        guard let focusEntity = dataset[focusID] else { throw .unknownFocus(focusID) }
        let data = year.map { dataset.filtered(year: $0) } ?? dataset
        func byName(_ counts: [Continent: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: counts.map { ($0.key.englishName, $0.value) })
        }
        self.focus = focusID
        self.focusName = focusEntity.name
        self.year = year
        let partners = data.partners(of: focusID)
        partnerCitiesPerContinent = byName(data.partnersPerContinent(of: focusID, kinds: [.city]))
        partnersPerContinent = byName(data.partnersPerContinent(of: focusID, kinds: [.city, .region]))
        partnerCityCount = partners.filter { $0.kind == .city }.count
        partnerRegionCount = partners.filter { $0.kind == .region }.count
        partnerCountries = data.partnerCountries(of: focusID)
        let coverage = data.countryCoverage(of: focusID)
        countryCoverage = Coverage(count: coverage.count, countries: coverage.map(\.country), relations: coverage)
        relationsPerCountry = Dictionary(uniqueKeysWithValues: coverage.map { ($0.country, $0.relations.count) })
        relationsPerKind = Dictionary(uniqueKeysWithValues: data.relationsPerKind(of: focusID).map { ($0.key.rawValue, $0.value) })
        networks = data.networks(of: focusID).map(\.name).sorted()
        diplomaticMeetings = data.diplomaticMeetings(of: focusID, year: year)
        let projection = NetworkProjection(data)
        let order = projection.positionsHeaviestFirst()
        sharedNetworks = SharedNetworkPairs(projection, order: order)
        let partnerIDs = Set(partners.map(\.id))
        let focusIndex = data.index(of: focusID)
        // Only the focus's own pairs are described, in the order of all pairs.
        partnerSharedNetworks = order.compactMap { position in
            let pair = projection.pairs[Int(position)]
            let other = pair.a == focusIndex ? pair.b : pair.b == focusIndex ? pair.a : nil
            guard let other, partnerIDs.contains(projection.ids[other]) else { return nil }
            return PartnerNetworks(partner: projection.ids[other], networks: projection.networks(of: pair))
        }
        linksPerYear = Dictionary(uniqueKeysWithValues: data.linksPerYear(of: focusID).map { (String($0.key), $0.value) })
    }
}
