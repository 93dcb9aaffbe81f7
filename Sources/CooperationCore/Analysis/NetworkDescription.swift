/// The table a paper on a cooperation network prints: entities and links by kind, components,
/// distances on the largest component, clustering, assortativity, degrees, the main core and
/// the degree distribution. Measures that are undefined on the graph (NaN) are `nil`.
public struct NetworkDescription: Sendable, Codable, Equatable {
    /// The number of entities.
    public var entities: Int
    /// The number of entities of each kind, by the kind's name.
    public var entitiesByKind: [String: Int]
    /// The number of links counted (of the kinds asked for, both ends known).
    public var links: Int
    /// The number of links of each kind, by the kind's name.
    public var linksByKind: [String: Int]
    /// The number of connected components, isolated entities included.
    public var components: Int
    /// The number of entities with no link.
    public var isolated: Int
    /// Diameter, radius and average distance of the largest component.
    public var distances: DistanceSummary
    /// Mean local clustering coefficient (simple graph, isolated entities as 0).
    public var averageClustering: Double
    /// Transitivity (simple graph).
    public var transitivity: Double
    /// Degree assortativity, every link counted.
    public var degreeAssortativity: Double?
    /// Degree assortativity on the simple graph.
    public var degreeAssortativitySimple: Double?
    /// Continent assortativity, every link counted, over the entities with a continent.
    public var continentAssortativity: Double?
    /// Country assortativity, every link counted, over the entities with a country.
    public var countryAssortativity: Double?
    /// The largest degree (every link counted, a self-link twice).
    public var maxDegree: Int
    /// The mean degree, 2*m*/*n*.
    public var meanDegree: Double
    /// The main core's *k*.
    public var mainCore: Int
    /// The number of entities in the main core.
    public var mainCoreSize: Int
    /// For every degree that occurs, how many entities have it, by increasing degree.
    public var degreeDistribution: [DegreeCount]

    /// How many entities have one degree.
    public struct DegreeCount: Sendable, Codable, Equatable {
        /// The degree.
        public var degree: Int
        /// The number of entities with it.
        public var count: Int
    }

    /// The description of `dataset`'s links of `kinds` (all when `nil`); distances exact, or
    /// estimated from `samples` sources drawn with `seed` when `samples` is given.
    ///
    /// - Complexity: that of ``GraphIndex/distances()`` (or the sampled estimate), the rest
    ///   O(*m*^1.5) at most.
    public init(_ dataset: Dataset, kinds: Set<LinkKind>? = nil, samples: Int? = nil, seed: UInt64 = 42) {
        let graph = GraphIndex(dataset, kinds: kinds)
        let multi = WeightedGraph(dataset, kinds: kinds, counting: .multigraph)
        entities = dataset.entities.count
        entitiesByKind = Dictionary(dataset.entities.map { ($0.kind.rawValue, 1) }, uniquingKeysWith: +)
        var linkCounts: [String: Int] = [:]
        var counted = 0
        for (position, link) in dataset.links.enumerated() where kinds?.contains(link.kind) ?? true {
            let (source, target) = dataset.endIndices(ofLink: position)
            guard source != nil, target != nil else { continue }
            linkCounts[link.kind.rawValue, default: 0] += 1
            counted += 1
        }
        links = counted
        linksByKind = linkCounts
        components = graph.components().count
        isolated = graph.degrees.filter { $0 == 0 }.count
        if let samples { distances = graph.distances(samples: samples, seed: seed) } else { distances = graph.distances() }
        distances.sources = nil
        let triangles = graph.triangles()
        averageClustering = graph.averageClustering(triangles: triangles)
        transitivity = graph.transitivity(triangles: triangles)
        func defined(_ value: Double) -> Double? { value.isNaN ? nil : value }
        degreeAssortativity = defined(multi.degreeAssortativity())
        degreeAssortativitySimple = defined(WeightedGraph(dataset, kinds: kinds, counting: .simple).degreeAssortativity())
        continentAssortativity = defined(dataset.continentAssortativity(kinds: kinds))
        countryAssortativity = defined(dataset.countryAssortativity(kinds: kinds))
        maxDegree = graph.degrees.max() ?? 0
        meanDegree = graph.count == 0 ? 0 : Double(graph.degrees.reduce(0, +)) / Double(graph.count)
        let core = graph.mainCore()
        mainCore = core.k
        mainCoreSize = core.members.count
        degreeDistribution = Dictionary(graph.degrees.map { ($0, 1) }, uniquingKeysWith: +)
            .sorted { $0.key < $1.key }.map { DegreeCount(degree: $0.key, count: $0.value) }
    }
}
