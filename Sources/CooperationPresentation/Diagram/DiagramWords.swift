import CooperationCore
/// The words diagrams show, in English or Polish.
enum DiagramWords {
    static func polish(_ language: Language) -> Bool { language == .polish }

    /// "View: partners" / "Widok: partnerzy".
    static func view(_ view: DiagramView, language: Language) -> String {
        guard polish(language) else { return "View: \(view.rawValue)" }
        let name = switch view {
        case .partners: "partnerzy"
        case .networks: "sieci"
        case .diplomacy: "dyplomacja"
        case .full: "całość"
        case .ego: "otoczenie"
        case .map: "mapa"
        case .coverage: "zasięg"
        }
        return "Widok: \(name)"
    }

    static func source(_ language: Language) -> String { polish(language) ? "Źródło: " : "Source: " }

    static func large(_ language: Language) -> String {
        polish(language) ? "duży graf: układ sfdp, bez etykiet krawędzi" : "large graph: drawn with sfdp, without edge labels"
    }

    /// "10 partners" / "10 partnerów", with Polish plural forms.
    static func partners(_ count: Int, language: Language) -> String {
        guard polish(language) else { return count == 1 ? "1 partner" : "\(count) partners" }
        return "\(count) " + polishPlural(count, one: "partner", few: "partnerzy", many: "partnerów")
    }

    static func polishPlural(_ count: Int, one: String, few: String, many: String) -> String {
        if count == 1 { return one }
        let tens = count % 100, units = count % 10
        return (2...4).contains(units) && !(12...14).contains(tens) ? few : many
    }

    /// "2 of 4" / "2 z 4".
    static func part(_ number: Int, of count: Int, language: Language) -> String {
        polish(language) ? "\(number) z \(count)" : "\(number) of \(count)"
    }

    /// The rule a split view follows, stated on each part.
    static func rule(_ view: DiagramView, entities: Int, language: Language) -> String {
        let pl = polish(language)
        let per = switch view {
        case .partners: pl ? "jeden slajd na kontynent" : "one slide per continent"
        case .networks: pl ? "jeden slajd na sieć" : "one slide per network"
        default: pl ? "jeden slajd na rodzaj powiązań" : "one slide per link kind"
        }
        let reason = pl ? "\(entities) " + polishPlural(entities, one: "podmiot nie mieści", few: "podmioty nie mieszczą", many: "podmiotów nie mieści")
            + " się czytelnie na jednym" : "\(entities) entities do not fit one slide legibly"
        return "\(per) (\(reason))"
    }

    static func kind(_ kind: EntityKind, language: Language) -> String {
        guard polish(language) else { return kind.rawValue }
        return switch kind {
        case .city: "miasto"
        case .region: "region"
        case .country: "państwo"
        case .network: "sieć"
        case .institution: "instytucja"
        case .event: "wydarzenie"
        }
    }

    static func link(_ kind: LinkKind, language: Language) -> String { StringTable.of(language).name(of: kind) }

    /// The rule of a summarised view.
    static func summary(entities: Int, language: Language) -> String {
        polish(language)
            ? "podsumowanie: każdy rodzaj powiązań jako jeden węzeł z liczbami (\(entities) " + polishPlural(entities, one: "podmiot nie mieści", few: "podmioty nie mieszczą", many: "podmiotów nie mieści") + " się czytelnie na jednym slajdzie)"
            : "summary: each link kind as one node with its counts (\(entities) entities do not fit one slide legibly)"
    }

    /// "16 links · 15 entities" / "16 powiązań · 15 podmiotów".
    static func counts(links: Int, entities: Int, language: Language) -> String {
        guard polish(language) else { return "\(links) link\(links == 1 ? "" : "s") · \(entities) entit\(entities == 1 ? "y" : "ies")" }
        return "\(links) " + polishPlural(links, one: "powiązanie", few: "powiązania", many: "powiązań") + " · \(entities) "
            + polishPlural(entities, one: "podmiot", few: "podmioty", many: "podmiotów")
    }
}
