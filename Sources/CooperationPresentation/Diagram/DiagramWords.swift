import CooperationCore
/// The words diagrams show, composed from the string table of the diagram's language: a thin
/// lookup that holds no word of its own, so the call sites read as what they show.
enum DiagramWords {
    private static func table(_ language: Language) -> StringTable { StringTable.of(language) }

    /// "View: partners" / "Widok: partnerzy".
    static func view(_ view: DiagramView, language: Language) -> String {
        let words = table(language)
        return words.format(.viewCaption, words.name(of: view))
    }

    /// "Source: " / "Źródło: ", followed by a document's title.
    static func source(_ language: Language) -> String { table(language).format(.sourceCaption, "") }

    static func large(_ language: Language) -> String { table(language)[.largeGraph] }

    /// "10 partners" / "10 partnerów", with Polish plural forms.
    static func partners(_ count: Int, language: Language) -> String { table(language).count(count, .partner) }

    /// "2 of 4" / "2 z 4".
    static func part(_ number: Int, of count: Int, language: Language) -> String {
        table(language).format(.partOf, String(number), String(count))
    }

    /// The rule a split view follows, stated on each part: "one slide per network (15 entities
    /// do not fit one slide legibly)".
    static func rule(_ view: DiagramView, entities: Int, language: Language) -> String {
        let words = table(language)
        let per: Phrase = switch view {
        case .partners: .onePerContinent
        case .networks: .onePerNetwork
        default: .onePerLinkKind
        }
        return "\(words[per]) (\(words.count(entities, .entityNotFitting)))"
    }

    static func kind(_ kind: EntityKind, language: Language) -> String { table(language).name(of: kind) }

    static func link(_ kind: LinkKind, language: Language) -> String { table(language).name(of: kind) }

    /// The legend's heading: "Legend" / "Legenda".
    static func legend(_ language: Language) -> String { table(language)[.legend] }

    /// "source: …" in a tooltip.
    static func sourceTooltip(_ source: String, language: Language) -> String { table(language).format(.sourceTooltip, source) }

    /// "areas: …" in a tooltip.
    static func areasTooltip(_ areas: String, language: Language) -> String { table(language).format(.areasTooltip, areas) }

    /// The rule of a summarised view.
    static func summary(entities: Int, language: Language) -> String {
        let words = table(language)
        return "\(words[.summaryRule]) (\(words.count(entities, .entityNotFitting)))"
    }

    /// "16 links · 15 entities" / "16 powiązań · 15 podmiotów".
    static func counts(links: Int, entities: Int, language: Language) -> String {
        let words = table(language)
        return words.count(links, .link) + " · " + words.count(entities, .entity)
    }
}
