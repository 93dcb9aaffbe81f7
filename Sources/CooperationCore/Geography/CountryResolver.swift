import Foundation

/// How ``CountryResolver`` recognised a country.
public enum CountryMatch: String, Hashable, Sendable {
    /// An ISO 3166-1 alpha-2 code (`DE`).
    case alpha2 = "alpha-2 code"
    /// An ISO 3166-1 alpha-3 code (`DEU`).
    case alpha3 = "alpha-3 code"
    /// A CLDR name in English or Polish (`Germany`, `Niemcy`).
    case name = "name"
    /// A long form: a CLDR name after words of state form (`Republika`, `Kingdom of`) or a
    /// trailing qualifier (`Stany Zjednoczone Ameryki Północnej`) were set aside.
    case longForm = "long form"
    /// Words that share their stems with a CLDR name (`Republika Korei Południowej` for
    /// `Korea Południowa`), the only country that matches that well.
    case inflectedForm = "inflected form"
}

/// The country a text names and how it was recognised.
public struct CountryResolution: Hashable, Sendable, CustomStringConvertible {
    /// The text given.
    public let input: String
    /// The country chosen.
    public let country: Country
    /// How it was recognised.
    public let match: CountryMatch

    /// "Niemcy → DE (Germany), by name".
    public var description: String {
        "\(input) → \(country.id) (\(country.englishName)), by \(match.rawValue)"
    }
}

/// Finds the country a code or name stands for: `DE`, `DEU`, `Germany`, `Niemcy`,
/// `Republika Federalna Niemiec`, `Stany Zjednoczone Ameryki Północnej`; says which it chose.
public enum CountryResolver {
    /// The country `text` names, or `nil` when none matches or several match equally well.
    public static func resolve(_ text: String) -> CountryResolution? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        func found(_ country: Country, _ match: CountryMatch) -> CountryResolution {
            CountryResolution(input: trimmed, country: country, match: match)
        }
        if trimmed.count == 2, let country = Geography.country(code: trimmed) { return found(country, .alpha2) }
        if trimmed.count == 3, let country = byAlpha3[trimmed.uppercased()] { return found(country, .alpha3) }
        let words = normalizedWords(trimmed)
        guard !words.isEmpty else { return nil }
        if let country = byName[words] { return found(country, .name) }
        let core = words.filter { !stateFormWords.contains($0) }
        if !core.isEmpty, let country = byName[core] { return found(country, .longForm) }
        if let country = longestNamePrefix(of: core) { return found(country, .longForm) }
        if let country = bestStemMatch(core) { return found(country, .inflectedForm) }
        return nil
    }

    /// Words of state form that long names add to a country's common name.
    static let stateFormWords: Set<String> = [
        "republika", "krolestwo", "ksiestwo", "wielkie", "federalna", "federacja", "ludowa",
        "demokratyczna", "islamska", "socjalistyczna", "arabska", "wspolnota", "panstwo",
        "republic", "kingdom", "of", "the", "federal", "federation", "peoples", "people", "democratic",
        "islamic", "socialist", "state", "commonwealth", "principality", "grand", "duchy", "union",
    ]

    private static let byAlpha3: [String: Country] = Dictionary(
        Geography.countries.compactMap { country in country.alpha3.map { ($0, country) } },
        uniquingKeysWith: { first, _ in first }
    )

    private static let names: [(words: [String], country: Country)] = Geography.countries.flatMap { country in
        [country.englishName, country.polishName].map { (normalizedWords($0), country) }
    }

    private static let byName: [[String]: Country] = Dictionary(
        names.map { ($0.words, $0.country) }, uniquingKeysWith: { first, _ in first }
    )

    /// Lowercased words without diacritics or punctuation.
    static func normalizedWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
            .replacingOccurrences(of: "ł", with: "l")
        return folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The country whose name is the longest run of leading words of `words`.
    private static func longestNamePrefix(of words: [String]) -> Country? {
        var best: (length: Int, country: Country)?
        for (name, country) in names where name.count < words.count && Array(words.prefix(name.count)) == name {
            if name.count > best?.length ?? 0 { best = (name.count, country) }
        }
        return best?.country
    }

    /// The country whose name shares the most word stems with `words`, when exactly one does.
    private static func bestStemMatch(_ words: [String]) -> Country? {
        var scores: [String: (score: Int, country: Country)] = [:]
        for (name, country) in names {
            var score = 0, matched = 0
            for word in words {
                let best = name.map { stemOverlap(word, $0) }.max() ?? 0
                if best > 0 { score += best; matched += 1 }
            }
            guard matched * 2 >= max(words.count, name.count) else { continue }
            if score > scores[country.id]?.score ?? 0 { scores[country.id] = (score, country) }
        }
        let ranked = scores.values.sorted { $0.score > $1.score }
        guard let first = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].score == first.score { return nil }
        return first.country
    }

    /// The length of the common prefix of two words when it is long enough to be a shared stem
    /// (at least 3 letters, and all but at most 3 letters of the longer word), else 0.
    private static func stemOverlap(_ a: String, _ b: String) -> Int {
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 3 && common >= max(a.count, b.count) - 3 ? common : 0
    }
}
