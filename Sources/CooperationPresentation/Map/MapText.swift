import CooperationCore
/// The words of the map and coverage views, composed from the string table of the map's
/// language: a thin lookup that holds no word of its own.
struct MapText {
    let language: Language
    private var words: StringTable { StringTable.of(language) }

    init(language: Language) { self.language = language }

    func mapSubtitle(focus: String, places: Int, beyond: Int, unplaced: Int) -> String {
        var parts = [words.format(.mapPlaces, focus, String(places))]
        if beyond > 0 { parts.append(words.format(.mapBeyond, String(beyond))) }
        if unplaced > 0 { parts.append(words.count(unplaced, .unplacedRelation)) }
        return parts.joined(separator: " · ")
    }

    func coverageSubtitle(focus: String, reached: Int, target: String?, missing: Int, of total: Int) -> String {
        var text = words.format(.coverageReached, focus, String(reached))
        if let target { text += " · " + words.format(.coverageMissing, target, String(missing), String(total)) }
        return text
    }

    var mapTitle: String { words[.mapTitle] }
    var coverageTitle: String { words[.coverageTitle] }
    var links: String { words[.links] }
    var relations: String { words[.relationsScale] }
    var noRelation: String { words[.noRelation] }
    var notReachedTip: String { words[.notReached] }
    func home(_ country: String) -> String { words.format(.homeCountry, country) }
    func notReached(_ target: String) -> String { words.format(.notReachedCountry, target) }
    var credits: String { words[.bordersCredit] + " · " + words[.citiesCredit] }
    var bordersCredit: String { words[.bordersCredit] }
    /// "source: …" in a tooltip.
    func sourceTooltip(_ source: String) -> String { words.format(.sourceTooltip, source) }

    func relationCount(_ count: Int) -> String { words.count(count, .relation) }

    /// A continent's heading in the list of countries reached: "Europe · 18 countries".
    func continentHeading(_ continent: String, countries: Int) -> String { continent + " · " + words.count(countries, .country) }

    func target(_ target: CoverageTarget, language: Language) -> String {
        switch target {
        case .euMembers: words[.euMembers]
        case .unMembers: words[.unMembers]
        case .continent(let continent): continent.name(in: language)
        case .countries: words[.targetCountries]
        }
    }

    /// A link kind as a reader says it.
    func linkKindName(_ kind: LinkKind) -> String { words.name(of: kind) }
}
