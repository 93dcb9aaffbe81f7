/// What a link between two entities stands for.
public enum LinkKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// A twin or partner city or region agreement, between cities or regions.
    case partnership
    /// Membership of a city, region or institution in a network or organisation.
    case membership
    /// A memorandum, letter of intent or agreement, with the areas it covers.
    case memorandum
    /// A diplomatic meeting, such as a city's mayor receiving a country's ambassador.
    case diplomaticMeeting = "diplomatic-meeting"
    /// A working meeting between cities, institutions or their representatives.
    case meeting
    /// A delegation visit: the source visits the target.
    case delegation
    /// Taking part in an event: the source takes part in the target event.
    case participation
    /// Where an entity is: the source lies in the target (a city in a region, an office in a city).
    case locatedIn = "located-in"
    /// An event or meeting held within a network, or as part of a larger event.
    case partOf = "part-of"
    /// Any other cooperation.
    case cooperation

    /// Links whose ends are interchangeable.
    public var isSymmetric: Bool {
        switch self {
        case .partnership, .memorandum, .meeting, .cooperation, .diplomaticMeeting: true
        case .membership, .delegation, .participation, .locatedIn, .partOf: false
        }
    }

    /// The entity kinds allowed at the source and the target of this kind of link, or `nil`
    /// where any kind fits.
    public var allowedEnds: (source: Set<EntityKind>, target: Set<EntityKind>)? {
        LinkKind.endsTable[self] ?? nil
    }

    /// Whether a link of this kind may go from an entity of kind `source` to one of kind
    /// `target`: ``allowedEnds`` as two bit tests, for checking every link of a large dataset.
    ///
    /// - Complexity: O(1), no allocation.
    public func allows(source: EntityKind, target: EntityKind) -> Bool {
        guard let masks = endMasks else { return true }
        return masks.source & source.bit != 0 && masks.target & target.bit != 0
    }

    private static let endsTable: [LinkKind: (source: Set<EntityKind>, target: Set<EntityKind>)?] =
        Dictionary(uniqueKeysWithValues: allCases.map { kind in
            (kind, kind.endMasks.map { (EntityKind.kinds(in: $0.source), EntityKind.kinds(in: $0.target)) })
        })

    /// The allowed kinds at each end as sets of ``EntityKind/bit``, `nil` where any kind fits.
    private var endMasks: (source: UInt8, target: UInt8)? {
        let city = EntityKind.city.bit, region = EntityKind.region.bit, country = EntityKind.country.bit
        let network = EntityKind.network.bit, institution = EntityKind.institution.bit, event = EntityKind.event.bit
        let places = city | region | country
        let actors = places | institution | network
        switch self {
        case .partnership: return (city | region, city | region)
        case .membership: return (actors, network)
        case .memorandum: return (actors, actors)
        case .diplomaticMeeting: return (actors, actors)
        case .meeting: return (actors | event, actors | event)
        case .delegation: return (actors, actors | event)
        case .participation: return (actors, event)
        case .locatedIn: return (city | region | institution | event | network, places)
        case .partOf: return (event, event | network)
        case .cooperation: return nil
        }
    }

    /// Orders kinds as they are declared.
    public static func < (lhs: LinkKind, rhs: LinkKind) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int { LinkKind.allCases.firstIndex(of: self) ?? 0 }
}
