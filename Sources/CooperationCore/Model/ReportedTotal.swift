/// A count a source gives without listing every item, such as "13 diplomatic meetings with
/// representatives of 12 countries". Statistics report the larger of this total and the number
/// of links the dataset holds.
public struct ReportedTotal: Hashable, Sendable {
    /// The entity the total is about.
    public var entity: String
    /// The kind of links counted.
    public var kind: LinkKind
    /// The year, when the total is for one year.
    public var year: Int?
    /// The number the source gives.
    public var count: Int
    /// Where the source gives it.
    public var source: SourceReference?

    /// A total for an entity and a link kind.
    public init(entity: String, kind: LinkKind, year: Int? = nil, count: Int, source: SourceReference? = nil) {
        self.entity = entity
        self.kind = kind
        self.year = year
        self.count = count
        self.source = source
    }
}
