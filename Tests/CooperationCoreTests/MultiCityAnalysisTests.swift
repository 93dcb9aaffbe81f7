import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// Coverage targets, what changed, symmetry and suggestions, worked out by hand on small data.
@Suite struct MultiCityAnalysisTests {
    @Test func coverageTargetsComeFromCLDR() {
        #expect(CoverageTarget.unMembers.codes.count == 193)
        #expect(CoverageTarget.euMembers.codes.count == 27)
        #expect(CoverageTarget.euMembers.codes.contains("PL"))
        #expect(!CoverageTarget.euMembers.codes.contains("GB"))
        #expect(CoverageTarget.continent(.oceania).codes.contains("AU"))
    }

    /// Poznań reaches, in the EU: its own Poland, and BE BG CZ DE ES FI FR HU IT NL from the
    /// country coverage worked out in PoznanStatisticsTests — 11 of 27.
    @Test func poznanCoversElevenOfTheEU() throws {
        let dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        let coverage = dataset.coverage(of: "poznan", against: .euMembers)
        #expect(coverage.covered == ["BE", "BG", "CZ", "DE", "ES", "FI", "FR", "HU", "IT", "NL", "PL"])
        #expect(coverage.missing.count == 16)
        #expect(abs(coverage.share - 11.0 / 27.0) < 1e-12)
    }

    @Test func targetFilesNameTheirBadLine() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("targets.txt")
        try "# Visegrád\nPL\nCzechy\nSlovakia\nAtlantis\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: CoverageTargetError.unknownCountry(file: file.path, line: 5, name: "Atlantis")) { try CoverageTarget.parse(file.path) }
        try "# Visegrád\nPL\nCzechy\nSlovakia\nHU\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try CoverageTarget.parse(file.path).codes == ["CZ", "HU", "PL", "SK"])
    }

    @Test func changesBetweenTwoDatasets() throws {
        let old = try DatasetLoader.load(text: """
        focus: a
        entities:
          - {id: a, kind: city, name: A, country: PL}
          - {id: b, kind: city, name: B, country: FR}
          - {id: c, kind: city, name: C, country: DE}
          - {id: n, kind: network, name: N}
        links:
          - {from: a, to: b, kind: partnership}
          - {from: a, to: n, kind: membership}
        """, file: "old.yaml")
        let new = try DatasetLoader.load(text: """
        focus: a
        entities:
          - {id: a, kind: city, name: A, country: PL}
          - {id: c, kind: city, name: C, country: DE}
          - {id: de, kind: country, name: Germany, country: DE}
        links:
          - {from: a, to: c, kind: partnership}
          - {from: a, to: de, kind: diplomatic-meeting, year: 2024}
        """, file: "new.yaml")
        let changes = DatasetChanges(from: old, to: new, focus: "a")
        #expect(changes.partners.added == ["c"] && changes.partners.removed == ["b"])
        #expect(changes.networks.removed == ["n"] && changes.networks.added.isEmpty)
        #expect(changes.countries.added == ["DE"] && changes.countries.removed == ["FR"])
        #expect(changes.meetingCountries.added == ["DE"])
        #expect(changes.meetingCount == [0, 1])
    }

    /// In the multi-city fixture, a partnership link goes from the city that lists it. Lyon
    /// lists Kraków, Leipzig, Frankfurt…; Kraków lists Leipzig, Frankfurt, Kyiv… but not Lyon.
    @Test func oneSidedPartnershipsAreFound() throws {
        let pairs = try DatasetLoader.load([Fixtures.multiCity]).oneSidedPartnerships()
        #expect(pairs.contains(OneSidedPartnership(lister: "lyon", partner: "krakow")))
        #expect(pairs.contains(OneSidedPartnership(lister: "krakow", partner: "leipzig")))
        #expect(!pairs.contains { $0.partner == "quebec" })
    }

    /// Kyiv's partners are Kraków, Leipzig and Cape Town. Their partners outside Kyiv's: Lyon
    /// (through Kraków and Leipzig), Frankfurt (Kraków, Leipzig), Nagoya (Kraków, Leipzig),
    /// Québec (Kraków), Curitiba (Kraków), Melbourne (Cape Town). Lyon and Kyiv share
    /// EUROCITIES and C40, Frankfurt shares EUROCITIES, Nagoya none; of the one-path cities,
    /// Curitiba and Melbourne share C40 (a tie, broken by id) and Québec shares none.
    @Test func suggestionsRankByPathsThenNetworks() throws {
        let suggestions = try DatasetLoader.load([Fixtures.multiCity]).partnerSuggestions(for: "kyiv", limit: 4)
        #expect(suggestions.map(\.id) == ["lyon", "frankfurt", "nagoya", "curitiba"])
        #expect(suggestions[0].through == ["krakow", "leipzig"])
        #expect(suggestions[0].sharedNetworks == ["C40 Cities", "EUROCITIES"])
    }
}
