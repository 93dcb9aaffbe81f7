/// A document the facts of a dataset come from, such as a city's annual report.
public struct Document: Hashable, Sendable {
    /// The id links use in their `source` (`report` in `report:16`).
    public var id: String
    /// The document's title.
    public var title: String
    /// Where to find it: a file path or URL, when known.
    public var location: String?
    /// The language of the document (BCP 47, such as `pl`), when known.
    public var language: String?

    /// A document with an id, a title and optional location and language.
    public init(id: String, title: String, location: String? = nil, language: String? = nil) {
        self.id = id
        self.title = title
        self.location = location
        self.language = language
    }
}
