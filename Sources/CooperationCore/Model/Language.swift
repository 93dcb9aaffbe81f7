/// A language a reader reads the outputs in: names of places and entities, and every word of
/// the presentation's string tables.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    /// English.
    case english = "en"
    /// Polish.
    case polish = "pl"

    /// The ISO 639-1 code (`pl`), which datasets use as the key of an entity's other names.
    public var code: String { rawValue }

    /// The BCP 47 tag office documents carry (`pl-PL`).
    public var documentTag: String {
        switch self {
        case .english: "en-GB"
        case .polish: "pl-PL"
        }
    }

    /// A language from its code as a literal in code: `"pl"`. A code of no language of the
    /// table reads as English; text from people goes through ``init(rawValue:)`` instead,
    /// which refuses it.
    public init(stringLiteral code: String) {
        self = Language(rawValue: code) ?? .english
    }
}
