/// A cooperation graph as loaded from files: entities, typed links between them, the documents
/// the facts come from, and totals the documents give.
///
/// Entities are looked up by id through a hash map to a dense index; each entity's links are
/// kept in a contiguous adjacency list, so every analysis walks the graph in linear time.
public struct Dataset: Sendable {
    /// A title for reports and diagrams.
    public var title: String
    /// The title in other languages, by ISO 639-1 code (`pl`), as `titles:` gives them: a deck
    /// or report in Polish takes its title from here.
    public var titles: [String: String] = [:]
    /// The id of the entity the data is about (a city's own report), when there is one.
    public var focus: String?
    /// The year the data covers, when it covers one.
    public var year: Int?
    /// Documents the facts come from.
    public var documents: [Document]
    /// The entities, in the order they were read.
    public private(set) var entities: [Entity]
    /// The links, in the order they were read.
    public private(set) var links: [Link]
    /// Totals the documents give.
    public var totals: [ReportedTotal]

    private var indexByID: [String: Int]
    private var adjacency: [[Int]]
    /// The entity indices at each link's ends, −1 where an end is unknown.
    private var ends: [(source: Int32, target: Int32)]

    /// A dataset of entities and links. Add entities before the links that name them: a link
    /// whose end is unknown when it is added is kept but reaches nothing (the loaders report it).
    public init(
        title: String = "", focus: String? = nil, year: Int? = nil, documents: [Document] = [],
        entities: [Entity] = [], links: [Link] = [], totals: [ReportedTotal] = []
    ) {
        self.title = title
        self.focus = focus
        self.year = year
        self.documents = documents
        self.entities = []
        self.links = []
        self.totals = totals
        self.indexByID = [:]
        self.adjacency = []
        self.ends = []
        indexByID.reserveCapacity(entities.count)
        self.entities.reserveCapacity(entities.count)
        self.links.reserveCapacity(links.count)
        ends.reserveCapacity(links.count)
        entities.forEach { add($0) }
        links.forEach { add($0) }
    }

    /// Adds an entity; an entity with an id already present replaces it.
    public mutating func add(_ entity: Entity) {
        if let index = indexByID[entity.id] {
            entities[index] = entity
        } else {
            indexByID[entity.id] = entities.count
            entities.append(entity)
            adjacency.append([])
        }
    }

    /// Adds a link, attaching it to the ends already present.
    public mutating func add(_ link: Link) {
        let index = links.count
        links.append(link)
        let source = indexByID[link.source], target = link.target == link.source ? source : indexByID[link.target]
        if let source { adjacency[source].append(index) }
        if let target, target != source { adjacency[target].append(index) }
        ends.append((Int32(source ?? -1), Int32(target ?? -1)))
    }

    /// The entity indices at the ends of the link at `index`, `nil` where an end is unknown.
    ///
    /// - Complexity: O(1).
    public func endIndices(ofLink index: Int) -> (source: Int?, target: Int?) {
        let (source, target) = ends[index]
        return (source >= 0 ? Int(source) : nil, target >= 0 ? Int(target) : nil)
    }

    /// Makes room for `entities` more entities and `links` more links.
    public mutating func reserveCapacity(entities: Int, links: Int) {
        self.entities.reserveCapacity(self.entities.count + entities)
        adjacency.reserveCapacity(self.entities.count + entities)
        indexByID.reserveCapacity(self.entities.count + entities)
        self.links.reserveCapacity(self.links.count + links)
        ends.reserveCapacity(self.links.count + links)
    }

    /// The entity with this id.
    ///
    /// - Complexity: O(1).
    public subscript(id: String) -> Entity? {
        indexByID[id].map { entities[$0] }
    }

    /// Whether an entity has this id.
    public func contains(_ id: String) -> Bool { indexByID[id] != nil }

    /// The dense index of an entity, for algorithms that keep arrays per entity.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The links that have the entity at either end, in dataset order.
    ///
    /// - Complexity: O(degree).
    public func links(of id: String) -> [Link] {
        guard let index = indexByID[id] else { return [] }
        return adjacency[index].map { links[$0] }
    }

    /// The links of one kind that have the entity at either end.
    public func links(of id: String, kind: LinkKind) -> [Link] {
        links(of: id).filter { $0.kind == kind }
    }

    /// The title for readers of `language`: the one `titles` gives in it, else the title as
    /// written (its language unknown), else `nil` when the dataset has none.
    public func title(in language: Language) -> String? {
        titles[language.code] ?? (title.isEmpty ? nil : title)
    }

    /// The ids of the entities linked to `id` by links of `kind`, each once, in dataset order.
    public func neighbours(of id: String, kind: LinkKind) -> [String] {
        var seen = Set<String>()
        return links(of: id, kind: kind).compactMap { link in
            guard let other = link.otherEnd(from: id), other != id, seen.insert(other).inserted else { return nil }
            return other
        }
    }

    /// This dataset with another's documents, entities, links and totals added. An entity
    /// whose id is in both is taken from `other`.
    public func merging(_ other: Dataset) -> Dataset {
        var result = self
        if result.title.isEmpty { result.title = other.title }
        result.titles.merge(other.titles) { mine, _ in mine }
        result.focus = result.focus ?? other.focus
        result.year = result.year ?? other.year
        for document in other.documents where !result.documents.contains(where: { $0.id == document.id }) {
            result.documents.append(document)
        }
        for entity in other.entities { result.add(entity) }
        for link in other.links { result.add(link) }
        result.totals += other.totals
        return result
    }
}
