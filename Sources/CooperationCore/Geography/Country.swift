/// A country or territory of ISO 3166-1, with where it lies and its names.
public struct Country: Hashable, Sendable, Identifiable {
    /// The ISO 3166-1 alpha-2 code (`PL`).
    public let id: String
    /// The ISO 3166-1 alpha-3 code (`POL`), when CLDR gives one.
    public let alpha3: String?
    /// The continent.
    public let continent: Continent
    /// The UN M49 subregion code (`151` Eastern Europe).
    public let subregion: String
    /// The English name of the subregion (`Eastern Europe`).
    public let subregionName: String
    /// The English name (`Germany`).
    public let englishName: String
    /// The Polish name (`Niemcy`).
    public let polishName: String

    /// The ISO 3166-1 alpha-2 code.
    public var code: String { id }

    /// The name in `language`.
    public func name(in language: Language) -> String {
        switch language {
        case .english: englishName
        case .polish: polishName
        }
    }
}
