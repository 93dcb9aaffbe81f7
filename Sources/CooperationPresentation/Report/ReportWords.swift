import CooperationCore

/// Every word the report page shows, in English and Polish: its headings and the words of its
/// script (search, filters, zoom, the panel), kept in one table so a language is added in one place.
struct ReportWords: Sendable {
    /// The language.
    let language: Language

    /// The word for `key` in ``language``.
    subscript(key: String) -> String {
        (language == .polish ? Self.polish[key] : nil) ?? Self.english[key] ?? key
    }

    /// The name of a link kind, as a reader says it.
    func kind(_ kind: LinkKind) -> String { self["link." + kind.rawValue] }

    /// The name of an entity kind, as a reader says it.
    func kind(_ kind: EntityKind) -> String { self["entity." + kind.rawValue] }

    /// The words the page's script shows, by key (every key not naming a kind).
    var scriptWords: [String: String] {
        Dictionary(uniqueKeysWithValues: Self.english.keys.filter { $0.hasPrefix("ui.") }.map { ($0, self[$0]) })
    }

    // `%@` stands for a name and `%d` for a number, in order.
    private static let english: [String: String] = [
        "heading.partners": "Partners per continent", "heading.coverage": "Country coverage",
        "heading.networks": "Networks", "heading.meetings": "Diplomatic meetings",
        "heading.shared": "Shared networks", "heading.diagram": "Diagram: %@", "heading.legend": "Legend",
        "heading.sources": "Sources",
        "column.continent": "Continent", "column.cities": "Cities", "column.citiesAndRegions": "Cities and regions",
        "column.code": "Code", "column.country": "Country", "column.links": "Links", "column.through": "Through",
        "column.network": "Network", "column.a": "A", "column.b": "B", "column.networks": "Networks",
        "column.link": "Link", "column.with": "With", "column.year": "Year", "column.note": "Note", "column.source": "Source",
        "text.lead": "%@: %d partner cities and %d partner regions in %d countries; relations with %d foreign countries; %d networks; %d diplomatic meetings.",
        "text.meetings": "%d meetings with representatives of %d countries.",
        "text.noShared": "No two entities in the data share a network.",
        "text.line": "line %d",
        "view.partners": "partners", "view.networks": "networks", "view.diplomacy": "diplomacy", "view.full": "full",
        "view.ego": "ego", "view.map": "map", "view.coverage": "coverage",
        "link.partnership": "partnership", "link.membership": "membership", "link.memorandum": "memorandum",
        "link.diplomatic-meeting": "diplomatic meeting", "link.meeting": "meeting", "link.delegation": "delegation",
        "link.participation": "participation", "link.located-in": "located in", "link.part-of": "part of",
        "link.cooperation": "cooperation",
        "entity.city": "city", "entity.region": "region", "entity.country": "country", "entity.network": "network",
        "entity.institution": "institution", "entity.event": "event",
        "ui.search": "Search", "ui.searchHint": "A city, network, country… (any language, accents optional)",
        "ui.found": "%d found", "ui.notFound": "Nothing found",
        "ui.linkKinds": "Links shown", "ui.year": "Year", "ui.allYears": "All years",
        "ui.yearHint": "Links without a year are always shown", "ui.showAll": "Show everything",
        "ui.zoomIn": "Zoom in", "ui.zoomOut": "Zoom out", "ui.reset": "Reset view",
        "ui.diagram": "Diagram %@: drag or use the arrow keys to move, + and − to zoom, 0 to reset; Tab reaches each entity",
        "ui.wheelHint": "Ctrl + wheel zooms (or click the diagram first)",
        "ui.close": "Close", "ui.panel": "Details",
        "ui.kind": "Kind", "ui.country": "Country", "ui.years": "Years", "ui.note": "Note",
        "ui.sources": "Sources", "ui.links": "Links", "ui.noSource": "no source given",
        "ui.rows": "%d of %d rows", "ui.noRows": "No row matches the search",
        "ui.sortBy": "Sort by %@", "ui.coverageTip": "%@: %d links",
    ]

    private static let polish: [String: String] = [
        "heading.partners": "Partnerzy według kontynentów", "heading.coverage": "Zasięg: kraje",
        "heading.networks": "Sieci", "heading.meetings": "Spotkania dyplomatyczne",
        "heading.shared": "Wspólne sieci", "heading.diagram": "Diagram: %@", "heading.legend": "Legenda",
        "heading.sources": "Źródła",
        "column.continent": "Kontynent", "column.cities": "Miasta", "column.citiesAndRegions": "Miasta i regiony",
        "column.code": "Kod", "column.country": "Kraj", "column.links": "Powiązania", "column.through": "Rodzaje",
        "column.network": "Sieć", "column.a": "A", "column.b": "B", "column.networks": "Sieci",
        "column.link": "Powiązanie", "column.with": "Z kim", "column.year": "Rok", "column.note": "Uwagi", "column.source": "Źródło",
        "text.lead": "%@: miasta partnerskie: %d, regiony partnerskie: %d, w krajach: %d; relacje z krajami: %d; sieci: %d; spotkania dyplomatyczne: %d.",
        "text.meetings": "Spotkania: %d, z przedstawicielami krajów: %d.",
        "text.noShared": "Żadne dwa podmioty w danych nie należą do tej samej sieci.",
        "text.line": "wiersz %d",
        "view.partners": "partnerzy", "view.networks": "sieci", "view.diplomacy": "dyplomacja", "view.full": "całość",
        "view.ego": "otoczenie", "view.map": "mapa", "view.coverage": "zasięg",
        "link.partnership": "partnerstwo", "link.membership": "członkostwo", "link.memorandum": "memorandum",
        "link.diplomatic-meeting": "spotkanie dyplomatyczne", "link.meeting": "spotkanie", "link.delegation": "delegacja",
        "link.participation": "udział", "link.located-in": "położenie", "link.part-of": "część",
        "link.cooperation": "współpraca",
        "entity.city": "miasto", "entity.region": "region", "entity.country": "kraj", "entity.network": "sieć",
        "entity.institution": "instytucja", "entity.event": "wydarzenie",
        "ui.search": "Szukaj", "ui.searchHint": "Miasto, sieć, kraj… (dowolny język, bez polskich znaków też)",
        "ui.found": "Znaleziono: %d", "ui.notFound": "Nic nie znaleziono",
        "ui.linkKinds": "Pokazane powiązania", "ui.year": "Rok", "ui.allYears": "Wszystkie lata",
        "ui.yearHint": "Powiązania bez roku są zawsze pokazane", "ui.showAll": "Pokaż wszystko",
        "ui.zoomIn": "Powiększ", "ui.zoomOut": "Pomniejsz", "ui.reset": "Widok początkowy",
        "ui.diagram": "Diagram %@: przeciągnij lub użyj strzałek, aby przesunąć, + i − powiększają, 0 przywraca widok; Tab przechodzi po podmiotach",
        "ui.wheelHint": "Ctrl + kółko myszy powiększa (albo najpierw kliknij diagram)",
        "ui.close": "Zamknij", "ui.panel": "Szczegóły",
        "ui.kind": "Rodzaj", "ui.country": "Kraj", "ui.years": "Lata", "ui.note": "Uwagi",
        "ui.sources": "Źródła", "ui.links": "Powiązania", "ui.noSource": "brak źródła",
        "ui.rows": "Wiersze: %d z %d", "ui.noRows": "Żaden wiersz nie pasuje do wyszukiwania",
        "ui.sortBy": "Sortuj według: %@", "ui.coverageTip": "%@: powiązania: %d",
    ]

    /// The word for `key` with each `%@` and `%d` replaced by the next of `values`, in order.
    func format(_ key: String, _ values: CustomStringConvertible...) -> String {
        var result = ""
        var remaining = values[...]
        var scalars = self[key].unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let next = scalars.first, next == "@" || next == "d", let value = remaining.popFirst() {
                scalars.removeFirst()
                result += value.description
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
