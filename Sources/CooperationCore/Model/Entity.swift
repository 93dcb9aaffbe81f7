/// A node of a cooperation graph: a city, region, country, network, institution or event.
public struct Entity: Hashable, Sendable, Identifiable {
    /// A stable id, unique in its dataset (`poznan`, `eurocities`).
    public var id: String
    /// What the entity is.
    public var kind: EntityKind
    /// A finer kind in the data's own words: `county`, `department`, `conference`, `fair`,
    /// `anniversary`, `city-day`, `project`, `museum`, `foundation`…
    public var subkind: String?
    /// The name as the source gives it.
    public var name: String
    /// Names in other languages, by language code (`en`, `pl`).
    public var names: [String: String]
    /// The ISO 3166-1 alpha-2 code of the entity's country, when it has one (a country's own code
    /// for a country).
    public var country: String?
    /// The continent, when the data gives one; otherwise the country's continent applies.
    public var continent: Continent?
    /// Where it is, when known.
    public var coordinates: Coordinates?
    /// For an event, the id of the city (or other entity) where it took place.
    public var venue: String?
    /// For an event, its year, when known.
    public var year: Int?
    /// For an event, its topics.
    public var topics: [String]
    /// A free note.
    public var note: String?
    /// Where the entity's facts come from.
    public var source: SourceReference?

    /// An entity; only the id, kind and name are required.
    public init(
        id: String, kind: EntityKind, name: String, subkind: String? = nil, names: [String: String] = [:],
        country: String? = nil, continent: Continent? = nil, coordinates: Coordinates? = nil, venue: String? = nil, year: Int? = nil,
        topics: [String] = [], note: String? = nil, source: SourceReference? = nil
    ) {
        self.id = id
        self.kind = kind
        self.subkind = subkind
        self.name = name
        self.names = names
        self.country = country
        self.continent = continent
        self.coordinates = coordinates
        self.venue = venue
        self.year = year
        self.topics = topics
        self.note = note
        self.source = source
    }

    /// The entity's continent: the one the data gives, else its country's.
    public var resolvedContinent: Continent? {
        continent ?? country.flatMap(Geography.country(code:))?.continent
    }

    /// The name in `language` when the entity has one, else ``name``.
    public func name(in language: Language?) -> String {
        guard let language else { return name }
        return names[language.code] ?? name
    }
}
