/// A dataset's links aggregated to the countries or continents of their ends: the country
/// network (countries as nodes, weights = links between their entities) or the continent
/// network, with how many links of each kind make every weight.
///
/// An entity without a country (or continent) is left out with its links; links within one
/// country become that country's self-link.
public struct AggregatedNetwork: Sendable {
    /// What the entities are grouped by.
    public enum Level: String, Sendable, CaseIterable, Codable {
        /// By the entity's country code.
        case country
        /// By the entity's continent, or its country's.
        case continent
    }

    /// A country or continent.
    public struct Node: Sendable, Equatable, Codable {
        /// The ISO 3166 alpha-2 or continent code.
        public var code: String
        /// How many entities it holds.
        public var entities: Int
    }

    /// The links between two nodes (the same node twice for links within one).
    public struct Edge: Sendable, Equatable, Codable {
        /// The code that sorts first.
        public var a: String
        /// The code that sorts second (or equals ``a``).
        public var b: String
        /// The number of links.
        public var weight: Int
        /// The number of links of each kind.
        public var kinds: [LinkKind: Int]
    }

    /// What the entities were grouped by.
    public let level: Level
    /// The nodes, by code.
    public let nodes: [Node]
    /// The edges, heaviest first, ties by codes.
    public let edges: [Edge]

    /// `dataset`'s links of `kinds` (all when `nil`) aggregated to `level`.
    ///
    /// - Complexity: O(*n* + *m* log *m*).
    public init(_ dataset: Dataset, level: Level, kinds: Set<LinkKind>? = nil) {
        self.level = level
        let keys = dataset.entities.map { entity -> String? in
            let key = level == .country ? entity.country : entity.resolvedContinent?.code
            return key?.isEmpty == false ? key : nil
        }
        var sizes: [String: Int] = [:]
        for key in keys { if let key { sizes[key, default: 0] += 1 } }
        struct Pair: Hashable { let a: String, b: String }
        var weights: [Pair: [LinkKind: Int]] = [:]
        for (position, link) in dataset.links.enumerated() where kinds?.contains(link.kind) ?? true {
            let (source, target) = dataset.endIndices(ofLink: position)
            guard let s = source, let t = target, let x = keys[s], let y = keys[t] else { continue }
            weights[Pair(a: min(x, y), b: max(x, y)), default: [:]][link.kind, default: 0] += 1
        }
        nodes = sizes.keys.sorted().map { Node(code: $0, entities: sizes[$0] ?? 0) }
        edges = weights.map { Edge(a: $0.key.a, b: $0.key.b, weight: $0.value.values.reduce(0, +), kinds: $0.value) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The English and Polish names of a node's code.
    private func names(_ code: String) -> (en: String, pl: String) {
        switch level {
        case .country:
            let country = Geography.country(code: code)
            return (country?.englishName ?? code, country?.polishName ?? code)
        case .continent:
            let continent = Continent(code: code)
            return (continent?.englishName ?? code, continent?.polishName ?? code)
        }
    }

    /// The network as a dataset, to export or draw like any other: one entity per country
    /// (kind `country`) or continent (kind `region`, subkind `continent`), and one link per
    /// pair and link kind whose note gives how many links it stands for.
    ///
    /// - Parameter language: `en` or `pl`, for the entities' main name and the notes.
    public func dataset(title: String = "", language: Language = .english) -> Dataset {
        let prefix = level == .country ? "country-" : "continent-"
        let entities = nodes.map { node -> Entity in
            let (en, pl) = names(node.code)
            return Entity(id: prefix + node.code, kind: level == .country ? .country : .region, name: language == .polish ? pl : en,
                          subkind: level == .country ? nil : "continent", names: ["en": en, "pl": pl],
                          country: level == .country ? node.code : nil,
                          continent: level == .continent ? Continent(code: node.code) : Geography.country(code: node.code)?.continent)
        }
        let label = language == .polish ? "powiązania" : "links"
        let links = edges.flatMap { edge in
            edge.kinds.keys.sorted().map { kind in
                Link(source: prefix + edge.a, target: prefix + edge.b, kind: kind, note: "\(label): \(edge.kinds[kind] ?? 0)")
            }
        }
        return Dataset(title: title, entities: entities, links: links)
    }
}
