import CooperationCore

extension StringTable {
    /// Polish, with its three plural forms: 1 miasto, 2–4 miasta (but 12–14 miast), 5+ miast.
    public static let polish = StringTable(
        language: .polish,
        phrases: [
            .focusLine: "Podmiot: {1} ({2})",
            .focusYear: ", rok {1}",
            .partnersSummary: "Partnerzy: {1} i {2} w {3}",
            .continent: "Kontynent",
            .cities: "Miasta",
            .citiesAndRegions: "Miasta i regiony",
            .total: "Razem",
            .countryCoverageLine: "Zasięg: {1}",
            .countryCoverageHeading: "Zasięg krajów ({1})",
            .code: "Kod",
            .countryColumn: "Kraj",
            .links: "Powiązania",
            .through: "Rodzaj",
            .networksHeading: "Sieci ({1})",
            .diplomaticMeetingsLine: "Spotkania dyplomatyczne: {1}, z przedstawicielami krajów ({2}): {3}",
            .diplomaticMeetingsHeading: "Spotkania dyplomatyczne",
            .diplomaticMeetingsSentence: "{1} z przedstawicielami krajów ({2}): {3}.",
            .sharedNetworksHeading: "Wspólne sieci",
            .sharedNetworksNone: "Żadne dwa podmioty w danych nie należą do wspólnej sieci.",
            .sharedNetworksPairs: "Wspólne sieci: {1}",
            .firstEntity: "A",
            .secondEntity: "B",
            .networksColumn: "Sieci",
            .moreInJSON: "… i {1} więcej w wyniku JSON",
            .linkKindColumn: "Rodzaj powiązania",
            .linksOfFocusByKind: "Powiązania podmiotu według rodzaju:",
            .linksOfFocusByYear: "Powiązania podmiotu według roku: ",
            .partnersPerContinentHeading: "Partnerzy według kontynentów",
            .sourcesHeading: "Źródła",
            .linkColumn: "Powiązanie",
            .withColumn: "Z kim",
            .yearColumn: "Rok",
            .noteColumn: "Uwagi",
            .sourceColumn: "Źródło",
            .sourceLine: ", wiersz {1}",
        ],
        nouns: [
            .partnerCity: [.one: "miasto partnerskie", .few: "miasta partnerskie", .many: "miast partnerskich"],
            .partnerRegion: [.one: "region partnerski", .few: "regiony partnerskie", .many: "regionów partnerskich"],
            .city: [.one: "miasto", .few: "miasta", .many: "miast"],
            .region: [.one: "region", .few: "regiony", .many: "regionów"],
            .country: [.one: "kraj", .few: "kraje", .many: "krajów"],
            .countryAfterIn: [.one: "kraju", .few: "krajach", .many: "krajach"],
            .foreignCountry: [.one: "kraj zagraniczny", .few: "kraje zagraniczne", .many: "krajów zagranicznych"],
            .network: [.one: "sieć", .few: "sieci", .many: "sieci"],
            .diplomaticMeeting: [.one: "spotkanie dyplomatyczne", .few: "spotkania dyplomatyczne", .many: "spotkań dyplomatycznych"],
            .link: [.one: "powiązanie", .few: "powiązania", .many: "powiązań"],
            .pair: [.one: "para", .few: "pary", .many: "par"],
            .entity: [.one: "podmiot", .few: "podmioty", .many: "podmiotów"],
            .event: [.one: "wydarzenie", .few: "wydarzenia", .many: "wydarzeń"],
            .slide: [.one: "slajd", .few: "slajdy", .many: "slajdów"],
        ],
        linkKinds: [
            .partnership: "partnerstwo", .membership: "członkostwo", .memorandum: "memorandum",
            .diplomaticMeeting: "spotkanie dyplomatyczne", .meeting: "spotkanie", .delegation: "delegacja",
            .participation: "udział", .locatedIn: "położenie", .partOf: "część", .cooperation: "współpraca",
        ],
        entityKinds: [
            .city: "miasto", .region: "region", .country: "kraj", .network: "sieć",
            .institution: "instytucja", .event: "wydarzenie",
        ],
        pluralCategory: { count in
            if count == 1 { return .one }
            let units = count % 10, tens = count % 100
            return (2...4).contains(units) && !(12...14).contains(tens) ? .few : .many
        }
    )
}
