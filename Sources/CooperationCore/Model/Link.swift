/// A typed link between two entities, with when, why and where it is known from.
public struct Link: Hashable, Sendable {
    /// The id of the source entity (for directed kinds: the member, the visitor, the participant).
    public var source: String
    /// The id of the target entity (the network, the host, the event).
    public var target: String
    /// What the link stands for.
    public var kind: LinkKind
    /// The year it happened or began, when known.
    public var year: Int?
    /// The date, ISO 8601 (`2023-06-14`), when known; its year must equal ``year``.
    public var date: String?
    /// For a memorandum or cooperation, the areas it covers (`culture`, `tourism`…).
    public var areas: [String]
    /// Topics discussed, for meetings.
    public var topics: [String]
    /// A free note.
    public var note: String?
    /// Where the fact comes from.
    public var sourceReference: SourceReference?

    /// A link; only the ends and the kind are required.
    public init(
        source: String, target: String, kind: LinkKind, year: Int? = nil, date: String? = nil,
        areas: [String] = [], topics: [String] = [], note: String? = nil, sourceReference: SourceReference? = nil
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.year = year
        self.date = date
        self.areas = areas
        self.topics = topics
        self.note = note
        self.sourceReference = sourceReference
    }

    /// The other end of the link seen from `id`, or `nil` when `id` is neither end.
    public func otherEnd(from id: String) -> String? {
        if source == id { return target }
        if target == id { return source }
        return nil
    }
}
