import CooperationCore

/// Every word a reader sees in the presentation's outputs, in one language: one table per
/// language, each in a file of its own (`StringTable+English.swift`, `StringTable+Polish.swift`),
/// so adding a language is one file and one case of ``CooperationCore/Language``. A test checks
/// that every table has every phrase, noun form and kind name.
public struct StringTable: Sendable {
    /// The table's language.
    public let language: Language
    let phrases: [Phrase: String]
    let nouns: [Noun: [PluralCategory: String]]
    let linkKinds: [LinkKind: String]
    let entityKinds: [EntityKind: String]
    let pluralCategory: @Sendable (Int) -> PluralCategory

    /// The table of `language`.
    public static func of(_ language: Language) -> StringTable {
        switch language {
        case .english: .english
        case .polish: .polish
        }
    }

    /// The phrase as it stands, holes and all.
    public subscript(_ phrase: Phrase) -> String {
        phrases[phrase] ?? phrase.rawValue
    }

    /// The phrase with its holes `{1}`, `{2}`… filled by `values`, in order.
    public func format(_ phrase: Phrase, _ values: String...) -> String {
        var text = self[phrase]
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: value)
        }
        return text
    }

    /// `count` and the noun in the form the count takes: "1 partner city", "22 miasta partnerskie".
    public func count(_ count: Int, _ noun: Noun) -> String {
        "\(count) \(form(of: noun, for: count))"
    }

    /// The noun's form for `count`, without the number.
    public func form(of noun: Noun, for count: Int) -> String {
        let forms = nouns[noun] ?? [:]
        return forms[pluralCategory(count)] ?? forms[.other] ?? forms[.many] ?? noun.rawValue
    }

    /// The name of a link kind, for legends, tables and filters.
    public func name(of kind: LinkKind) -> String {
        linkKinds[kind] ?? kind.rawValue
    }

    /// The name of an entity kind.
    public func name(of kind: EntityKind) -> String {
        entityKinds[kind] ?? kind.rawValue
    }

    /// The name of a view, as captions and headings say it: "partners", "partnerzy".
    public func name(of view: DiagramView) -> String {
        let phrase: Phrase = switch view {
        case .partners: .viewPartners
        case .networks: .viewNetworks
        case .diplomacy: .viewDiplomacy
        case .full: .viewFull
        case .ego: .viewEgo
        case .map: .viewMap
        case .coverage: .viewCoverage
        }
        return self[phrase]
    }

    /// The dataset's title for readers of this language: the dataset's own title in it (or its
    /// untagged title), else one made from the focus and the year — "Poznań — współpraca
    /// międzynarodowa 2023" — so a dataset without a title still gets one in every language.
    public func title(of dataset: Dataset) -> String {
        if let title = dataset.title(in: language) { return title }
        let focus = dataset.focus.map { dataset[$0]?.name(in: language) ?? $0 } ?? ""
        guard !focus.isEmpty else { return "" }
        return format(.datasetTitle, focus) + (dataset.year.map { " \($0)" } ?? "")
    }

    /// The words the report page's script shows, by the keys it asks for (`ui.search`), and
    /// every form of the nouns it counts (`noun.link.few`), which it picks with the browser's
    /// plural rules for the page's language.
    var scriptWords: [String: String] {
        var words: [String: String] = [:]
        for phrase in Phrase.allCases where phrase.rawValue.hasPrefix("ui.") { words[phrase.rawValue] = self[phrase] }
        for (category, name) in [(PluralCategory.one, "one"), (.few, "few"), (.many, "many"), (.other, "other")] {
            if let form = nouns[.link]?[category] { words["noun.link." + name] = form }
        }
        return words
    }

    /// The plural category `count` falls in, in this language.
    public func category(of count: Int) -> PluralCategory {
        pluralCategory(count)
    }

    /// Whether the table has every phrase, every form of every noun its categories need, and
    /// every kind's name: what a new language's file must give.
    public var isComplete: Bool {
        let categories = Set((0...200).map(pluralCategory))
        return Phrase.allCases.allSatisfy { phrases[$0] != nil }
            && Noun.allCases.allSatisfy { noun in categories.allSatisfy { nouns[noun]?[$0] != nil } }
            && LinkKind.allCases.allSatisfy { linkKinds[$0] != nil }
            && EntityKind.allCases.allSatisfy { entityKinds[$0] != nil }
    }
}
