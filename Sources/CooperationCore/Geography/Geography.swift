import Foundation

/// ISO 3166-1 countries with their continent, UN M49 subregion and English and Polish names,
/// read from CLDR through Foundation's `Locale.Region`; nothing is typed in by hand.
public enum Geography {
    /// Every country, sorted by code.
    public static let countries: [Country] = {
        let english = Locale(identifier: "en")
        let polish = Locale(identifier: "pl")
        return Locale.Region.isoRegions.compactMap { region -> Country? in
            guard let continent = continent(ofCountry: region) else { return nil }
            let code = region.identifier
            let subregion = region.containingRegion?.identifier ?? ""
            return Country(
                id: code,
                alpha3: AlphaThree.code(forAlpha2: code),
                continent: continent,
                subregion: subregion,
                subregionName: english.localizedString(forRegionCode: subregion) ?? subregion,
                englishName: readersNames[code]?.english ?? english.localizedString(forRegionCode: code) ?? code,
                polishName: readersNames[code]?.polish ?? polish.localizedString(forRegionCode: code) ?? code
            )
        }.sorted { $0.id < $1.id }
    }()

    /// The continent of an ISO region that ``countries`` lists, or `nil` for a region that is no
    /// country (a code for users, a continent, a region without one).
    private static func continent(ofCountry region: Locale.Region) -> Continent? {
        let code = region.identifier
        guard code.count == 2, code.allSatisfy(\.isLetter), !isUserAssigned(code) || code == "XK" else { return nil }
        if code == "AQ" { return .antarctica }
        guard let parent = region.continent else { return nil }
        return Continent(code: parent.identifier == "019" ? region.containingRegion?.identifier ?? "" : parent.identifier)
    }

    /// The codes of ``countries``, found without their names: a reader that only checks a code
    /// does not pay for looking up some 750 names in CLDR.
    private static let codes: Set<String> = Set(Locale.Region.isoRegions.filter { continent(ofCountry: $0) != nil }.map(\.identifier))

    /// Whether ``countries`` has a country with this ISO 3166-1 alpha-2 code (in capitals), as
    /// ``country(code:)`` would find, without building the country list.
    ///
    /// - Complexity: O(1).
    public static func isCountryCode(_ code: String) -> Bool {
        codes.contains(code)
    }

    /// Where the ICU under Foundation gives a country a name nobody writes in a report: its
    /// short form for CN is "China mainland" / "Chiny kontynentalne".
    private static let readersNames: [String: (english: String, polish: String)] = ["CN": ("China", "Chiny")]

    private static let byCode: [String: Country] = Dictionary(uniqueKeysWithValues: countries.map { ($0.id, $0) })

    /// The country with this ISO 3166-1 alpha-2 code (any case), or `nil`.
    ///
    /// - Complexity: O(1).
    public static func country(code: String) -> Country? {
        byCode[code.uppercased()]
    }

    /// The codes ISO reserves for users (AA, QM–QZ, XA–XZ, ZZ), which name no country.
    private static func isUserAssigned(_ code: String) -> Bool {
        let first = code.first ?? " ", second = code.last ?? " "
        return code == "AA" || code == "ZZ" || first == "X" || (first == "Q" && second >= "M")
    }
}
