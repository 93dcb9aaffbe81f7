/// A cooperation graph as loaded from files: entities, typed links between them, the documents
/// the facts come from, and totals the documents give.
///
/// Entities are looked up by id through a hash map to a dense index; each entity's links are
/// kept in a list threaded through flat arrays, so every analysis walks the graph in linear time.
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
    /// Each entity's links as a list threaded through ``nextLink``, in dataset order: the first
    /// and last slot of entity `e` are `firstLink[e]` and `lastLink[e]`, −1 when it has none. A
    /// slot is `2 × link` for the link's source end and `2 × link + 1` for its target end, so
    /// adding a link appends to a few flat arrays and allocates nothing per entity.
    private var firstLink: [Int32]
    private var lastLink: [Int32]
    /// The slot after each slot in its entity's list, −1 at the end.
    private var nextLink: [Int32]
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
        self.firstLink = []
        self.lastLink = []
        self.nextLink = []
        self.ends = []
        reserveCapacity(entities: entities.count, links: links.count)
        entities.forEach { add($0) }
        links.forEach { add($0) }
    }

    /// Adds an entity; an entity with an id already present replaces it.
    public mutating func add(_ entity: Entity) {
        if let index = indexByID[entity.id] {
            entities[index] = entity
        } else {
            _ = addNew(entity)
        }
    }

    /// Adds an entity whose id is not yet present and returns its index; when the id is
    /// present, changes nothing and returns `nil`. One hash of the id either way, for readers
    /// that report a repeated id.
    ///
    /// - Complexity: O(1) amortized.
    package mutating func addNew(_ entity: Entity) -> Int? {
        let index = entities.count
        if let earlier = indexByID.updateValue(index, forKey: entity.id) {
            indexByID[entity.id] = earlier
            return nil
        }
        entities.append(entity)
        firstLink.append(-1)
        lastLink.append(-1)
        return index
    }

    /// Adds a link, attaching it to the ends already present.
    public mutating func add(_ link: Link) {
        let source = indexByID[link.source], target = link.target == link.source ? source : indexByID[link.target]
        add(link, source: source, target: target)
    }

    /// Adds a link whose ends a reader has already looked up: `source` and `target` must be
    /// ``index(of:)`` of the link's ends (`nil` where unknown).
    ///
    /// - Complexity: O(1) amortized.
    package mutating func add(_ link: consuming Link, source: Int?, target: Int?) {
        assert(source == index(of: link.source) && target == index(of: link.target), "the indices are not the link's ends")
        let index = links.count
        links.append(link)
        nextLink.append(-1)
        nextLink.append(-1)
        if let source { attach(slot: 2 * index, to: source) }
        if let target, target != source { attach(slot: 2 * index + 1, to: target) }
        ends.append((Int32(source ?? -1), Int32(target ?? -1)))
    }

    private mutating func attach(slot: Int, to entity: Int) {
        let last = Int(lastLink[entity])
        if last < 0 { firstLink[entity] = Int32(slot) } else { nextLink[last] = Int32(slot) }
        lastLink[entity] = Int32(slot)
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
        firstLink.reserveCapacity(self.entities.count + entities)
        lastLink.reserveCapacity(self.entities.count + entities)
        indexByID.reserveCapacity(self.entities.count + entities)
        self.links.reserveCapacity(self.links.count + links)
        nextLink.reserveCapacity(2 * (self.links.count + links))
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

    /// The id of the entity at `index`, without copying the entity.
    package func id(at index: Int) -> String { entities[index].id }

    /// The kind of the entity at `index`, without copying the entity.
    package func kind(at index: Int) -> EntityKind { entities[index].kind }

    /// The dense index of an entity, for algorithms that keep arrays per entity.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The links that have the entity at either end, in dataset order.
    ///
    /// - Complexity: O(degree).
    public func links(of id: String) -> [Link] {
        guard let index = indexByID[id] else { return [] }
        var result: [Link] = []
        var slot = Int(firstLink[index])
        while slot >= 0 {
            result.append(links[slot >> 1])
            slot = Int(nextLink[slot])
        }
        return result
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
