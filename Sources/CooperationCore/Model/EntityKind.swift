/// What an entity of a cooperation graph is.
public enum EntityKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// A city, town or municipality.
    case city
    /// A region: county, department, Land, voivodeship, province.
    case region
    /// A sovereign country or territory with an ISO 3166-1 code.
    case country
    /// A network, association or organisation that cities and regions belong to.
    case network
    /// An institution: a city office, a senate department, a museum, a foundation, a school.
    case institution
    /// An event: a conference, fair, city day, anniversary, meeting or project.
    case event

    private var rank: Int { EntityKind.allCases.firstIndex(of: self) ?? 0 }

    /// The kind as one bit of a byte, for sets of kinds tested without hashing.
    package var bit: UInt8 {
        switch self {
        case .city: 1
        case .region: 2
        case .country: 4
        case .network: 8
        case .institution: 16
        case .event: 32
        }
    }

    /// The kinds whose bits are set in `mask`.
    package static func kinds(in mask: UInt8) -> Set<EntityKind> {
        Set(allCases.filter { mask & $0.bit != 0 })
    }

    /// Orders kinds as they are declared.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        lhs.rank < rhs.rank
    }
}
