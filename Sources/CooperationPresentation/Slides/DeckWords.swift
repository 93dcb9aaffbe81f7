import CooperationCore
/// Every word the deck shows a reader, in English or Polish, with each language's plural
/// forms (Polish: one, few, many — "1 miasto partnerskie", "2 miasta partnerskie",
/// "5 miast partnerskich", "22 miasta partnerskie").
struct DeckWords: Sendable {
    /// `en` or `pl`; any other language reads English.
    let language: Language

    private var polish: Bool { language == .polish }

    /// The plural form of a count: English one/other, Polish one/few/many (CLDR).
    func plural(_ count: Int, one: String, few: String, many: String) -> String {
        guard polish else { return "\(count) " + (count == 1 ? one : many) }
        let form: String
        if count == 1 {
            form = one
        } else if (2...4).contains(count % 10), !(12...14).contains(count % 100) {
            form = few
        } else {
            form = many
        }
        return "\(count) \(form)"
    }

    /// "1 partner city", "5 partner cities"; "1 miasto partnerskie", "5 miast partnerskich".
    func partnerCityCount(_ count: Int) -> String {
        polish ? plural(count, one: "miasto partnerskie", few: "miasta partnerskie", many: "miast partnerskich")
            : plural(count, one: "partner city", few: "partner cities", many: "partner cities")
    }

    /// "1 country", "2 countries"; "1 kraj", "2 kraje", "5 krajów".
    func countryCount(_ count: Int) -> String {
        polish ? plural(count, one: "kraj", few: "kraje", many: "krajów") : plural(count, one: "country", few: "countries", many: "countries")
    }

    /// "1 network", "2 networks"; "1 sieć", "2 sieci", "5 sieci".
    func networkCount(_ count: Int) -> String {
        polish ? plural(count, one: "sieć", few: "sieci", many: "sieci") : plural(count, one: "network", few: "networks", many: "networks")
    }

    /// The title slide's subtitle.
    func titleSubtitle(focus: String, partnerCities: Int, countries: Int, networks: Int) -> String {
        [focus, partnerCityCount(partnerCities), countryCount(countries), networkCount(networks)].joined(separator: " · ")
    }

    /// What a view's slide shows.
    func viewTitle(_ view: DiagramView, focus: String) -> String {
        switch view {
        case .partners: polish ? "Miasta i regiony partnerskie według kontynentów" : "Partner cities and regions by continent"
        case .networks: polish ? "Sieci, do których należy \(focus)" : "Networks \(focus) belongs to"
        case .diplomacy: polish ? "Spotkania dyplomatyczne, delegacje i memoranda" : "Diplomatic meetings, delegations and memoranda"
        case .full: polish ? "Cała współpraca: partnerzy, sieci i spotkania" : "All cooperation: partners, networks and meetings"
        case .map: polish ? "Gdzie są partnerzy" : "Where the partners are"
        case .ego: polish ? "Najbliższe otoczenie" : "The closest relations"
        case .coverage: polish ? "Zasięg: kraje, z którymi \(focus) współpracuje" : "Country coverage: the countries \(focus) works with"
        }
    }

    /// The statistics slide's title.
    func inNumbers(_ focus: String) -> String { polish ? "\(focus) w liczbach" : "\(focus) in numbers" }
    /// The coverage chart's title.
    var countryCoverage: String { polish ? "Zasięg: relacje z każdym krajem" : "Country coverage: relations with each country" }
    /// The coverage chart's series.
    var relations: String { polish ? "Relacje" : "Relations" }
    var legend: String { polish ? "Legenda" : "Legend" }
    var sources: String { polish ? "Źródła" : "Sources" }
    var theDataset: String { polish ? "zbiór danych" : "the dataset" }
    var line: String { polish ? "wiersz" : "line" }
    var count: String { polish ? "Liczba" : "Count" }
    var partnerCities: String { polish ? "Miasta partnerskie" : "Partner cities" }
    var partnerRegions: String { polish ? "Regiony partnerskie" : "Partner regions" }
    var partnerCountries: String { polish ? "Kraje partnerskie" : "Partner countries" }
    var countriesReached: String { polish ? "Kraje objęte relacjami" : "Countries reached" }
    var networks: String { polish ? "Sieci" : "Networks" }
    var diplomaticMeetings: String { polish ? "Spotkania dyplomatyczne" : "Diplomatic meetings" }

    /// The table row of partner cities on a continent (named in English by the statistics).
    func partnerCitiesIn(_ continent: String) -> String {
        let name = Continent(code: continent)?.name(in: language) ?? continent
        return polish ? "Miasta partnerskie: \(name)" : "Partner cities in \(name)"
    }

    /// The speaker notes' opening of a build-up step.
    func stepAdds(_ name: String) -> String { polish ? "Ten krok dodaje \(name)" : "This step adds \(name)" }

    /// An entity kind in the legend.
    func entityKind(_ kind: EntityKind) -> String {
        switch kind {
        case .city: polish ? "miasto" : "city"
        case .region: "region"
        case .country: polish ? "kraj" : "country"
        case .network: polish ? "sieć" : "network"
        case .institution: polish ? "instytucja" : "institution"
        case .event: polish ? "wydarzenie" : "event"
        }
    }

    /// A link kind in the legend.
    func linkKind(_ kind: LinkKind) -> String {
        switch kind {
        case .partnership: polish ? "partnerstwo" : "partnership"
        case .membership: polish ? "członkostwo" : "membership"
        case .memorandum: polish ? "memorandum" : "memorandum"
        case .diplomaticMeeting: polish ? "spotkanie dyplomatyczne" : "diplomatic meeting"
        case .meeting: polish ? "spotkanie" : "meeting"
        case .delegation: polish ? "delegacja" : "delegation"
        case .participation: polish ? "udział" : "participation"
        case .locatedIn: polish ? "położenie" : "located in"
        case .partOf: polish ? "część" : "part of"
        case .cooperation: polish ? "współpraca" : "cooperation"
        }
    }
}
