import Foundation

/// The seven continents, with the two-letter codes GeoNames uses.
///
/// UN M49 joins the Americas into one region; here its subregions are split as people speak
/// of them: Northern America, Central America and the Caribbean are North America.
public enum Continent: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case africa = "AF"
    case antarctica = "AN"
    case asia = "AS"
    case europe = "EU"
    case northAmerica = "NA"
    case oceania = "OC"
    case southAmerica = "SA"

    /// The GeoNames code (`EU`).
    public var code: String { rawValue }

    /// The English name.
    public var englishName: String {
        switch self {
        case .africa: "Africa"
        case .antarctica: "Antarctica"
        case .asia: "Asia"
        case .europe: "Europe"
        case .northAmerica: "North America"
        case .oceania: "Oceania"
        case .southAmerica: "South America"
        }
    }

    /// The Polish name.
    public var polishName: String {
        switch self {
        case .africa: "Afryka"
        case .antarctica: "Antarktyda"
        case .asia: "Azja"
        case .europe: "Europa"
        case .northAmerica: "Ameryka Północna"
        case .oceania: "Oceania"
        case .southAmerica: "Ameryka Południowa"
        }
    }

    /// The name in `language`.
    public func name(in language: Language) -> String {
        switch language {
        case .english: englishName
        case .polish: polishName
        }
    }

    /// The continent for a GeoNames code (`EU`), an English name (`Europe`) or a UN M49 code
    /// (`150`), or `nil`.
    public init?(code: String) {
        if let continent = Continent(rawValue: code) ?? Continent(m49: code) {
            self = continent
            return
        }
        let text = code.trimmingCharacters(in: .whitespaces)
        if let continent = Continent(rawValue: text.uppercased()) {
            self = continent
        } else if let continent = Continent.allCases.first(where: { $0.englishName.caseInsensitiveCompare(text) == .orderedSame }) {
            self = continent
        } else if let continent = Continent(m49: text) {
            self = continent
        } else {
            return nil
        }
    }

    /// The continent of a UN M49 region code as CLDR spells it (`150`), or `nil`; the codes of
    /// the Americas' parts name North or South America.
    private init?(m49 code: String) {
        switch code {
        case "002": self = .africa
        case "142": self = .asia
        case "150": self = .europe
        case "009": self = .oceania
        case "005": self = .southAmerica
        case "021", "013", "029", "003": self = .northAmerica
        default: return nil
        }
    }

    /// Orders continents alphabetically by English name, as reports list them.
    public static func < (lhs: Continent, rhs: Continent) -> Bool { lhs.englishName < rhs.englishName }
}
