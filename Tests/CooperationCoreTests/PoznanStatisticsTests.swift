import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// The Poznań 2023 numbers, worked out by hand from the report chapter
/// (Graphs/sources/poznan-2023-report.txt):
///
/// - Partner cities, lines 38–53: 14 cities. By continent (countries as the report gives them;
///   continents by UN M49): Europe — Assen (NL), Bologna (IT), Brno (CZ), Kharkiv (UA),
///   Győr (HU), Hanover (DE), Jyväskylä (FI), Pozuelo de Alarcón (ES), Rennes (FR) = 9;
///   Asia — Kutaisi (GE, Western Asia), Nablus (PS), Ra'anana (IL), Shenzhen (CN) = 4;
///   North America — Toledo (US) = 1. With the partner county of line 55, Nottinghamshire
///   (GB), Europe has 10.
/// - Partner countries: the 14 cities' countries plus GB = 15.
/// - Country coverage: those 15; the diplomatic meetings of line 16 add RW, SA, AM, AU, CH,
///   MX, BE, KR (UA, US, DE, FR are already in) = 23; the Takasaki delegation of line 18 adds
///   JP = 24; the CityDNA conference in Sofia of line 6 adds BG = 25. Every other relation
///   reaches a country already counted, or Poland itself.
/// - Diplomatic meetings, line 16: 13 meetings with representatives of 12 countries.
/// - Networks, lines 3–14: 9.
/// - Shared networks: the report names no other member of Poznań's networks, so none.
@Suite struct PoznanStatisticsTests {
    let dataset: Dataset
    let statistics: CooperationStatistics

    init() throws {
        dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        statistics = try CooperationStatistics(dataset: dataset)
    }

    @Test func partnerCitiesPerContinent() {
        #expect(statistics.partnerCitiesPerContinent == ["Europe": 9, "Asia": 4, "North America": 1])
        #expect(statistics.partnerCityCount == 14)
    }

    @Test func partnersPerContinentCountTheCounty() {
        #expect(statistics.partnersPerContinent == ["Europe": 10, "Asia": 4, "North America": 1])
        #expect(statistics.partnerRegionCount == 1)
    }

    @Test func partnerCountries() {
        #expect(statistics.partnerCountries == ["CN", "CZ", "DE", "ES", "FI", "FR", "GB", "GE", "HU", "IL", "IT", "NL", "PS", "UA", "US"])
    }

    @Test func countryCoverage() {
        let expected = ["AM", "AU", "BE", "BG", "CH", "CN", "CZ", "DE", "ES", "FI", "FR", "GB", "GE", "HU", "IL", "IT",
                        "JP", "KR", "MX", "NL", "PS", "RW", "SA", "UA", "US"]
        #expect(statistics.countryCoverage.count == 25)
        #expect(statistics.countryCoverage.countries == expected)
        #expect(!statistics.countryCoverage.countries.contains("PL"))
        let bulgaria = statistics.countryCoverage.relations.first { $0.country == "BG" }
        #expect(bulgaria?.relations.map(\.entity) == ["citydna-conference-sofia-2023"])
        let japan = statistics.countryCoverage.relations.first { $0.country == "JP" }
        #expect(japan?.relations.map(\.kind) == [.delegation])
    }

    @Test func diplomaticMeetingsUseTheReportedTotal() {
        #expect(statistics.diplomaticMeetings.count == 13)
        #expect(statistics.diplomaticMeetings.countries == ["AM", "AU", "BE", "CH", "DE", "FR", "KR", "MX", "RW", "SA", "UA", "US"])
    }

    @Test func networksAndSharedNetworks() {
        #expect(statistics.networks.count == 9)
        #expect(statistics.networks.contains("EUROCITIES"))
        #expect(statistics.networks.contains("Oder Partnerschaft"))
        #expect(statistics.sharedNetworks.isEmpty)
    }

    @Test func reportedPartnerTotalMatchesTheListedPartners() {
        #expect(dataset.reportedTotal(of: "poznan", kind: .partnership) == statistics.partnerCityCount)
    }

    @Test func changwonMemorandumHasItsAreas() {
        let memorandum = dataset.links(of: "changwon", kind: .memorandum)
        #expect(memorandum.count == 1)
        #expect(memorandum.first?.areas == ["culture", "tourism", "education", "investment"])
    }

    @Test func embeddedDatasetIsTheOneInGraphs() throws {
        // Graphs/ holds the file people edit; `make dataset` copies it into the formats
        // module's resources. The bytes must match, so every field does.
        let resource = Fixtures.root.appendingPathComponent("Sources/CooperationFormats/Resources/poznan-2023.yaml")
        #expect(try Data(contentsOf: resource) == Data(contentsOf: URL(fileURLWithPath: Fixtures.poznanYAML)), "run make dataset")
        let embedded = try DatasetLoader.embeddedPoznan2023()
        #expect(embedded == dataset)
    }

    @Test func yearFilterKeepsStandingPartnerships() throws {
        let earlier = try CooperationStatistics(dataset: dataset, year: 2022)
        #expect(earlier.partnerCityCount == 14)
        #expect(earlier.diplomaticMeetings.count == 0)
        #expect(earlier.countryCoverage.count == 15)
    }
}
