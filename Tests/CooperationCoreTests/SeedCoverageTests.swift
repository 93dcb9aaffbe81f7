import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// Reads the report chapter itself and checks that the dataset holds what it names.
@Suite struct SeedCoverageTests {
    let dataset: Dataset
    let lines = Fixtures.seedLines

    init() throws {
        dataset = try DatasetLoader.load([Fixtures.poznanYAML])
    }

    /// `• Name (Country);` lines between "14 miastami partnerskimi" and "oraz z Hrabstwem".
    @Test func everyPartnerCityOfTheReportIsAPartnerWithItsCountry() throws {
        let start = try #require(lines.firstIndex { $0.contains("miastami partnerskimi") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("oraz z Hrabstwem") })
        let entries = lines[start..<end].compactMap { line -> (String, String)? in
            guard let bullet = line.firstIndex(of: "•"), let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")") else { return nil }
            let name = line[line.index(after: bullet)..<open].trimmingCharacters(in: .whitespaces)
            return (name, String(line[line.index(after: open)..<close]))
        }
        let stated = try #require(Int(lines[start].components(separatedBy: " ").first { Int($0) != nil } ?? ""))
        #expect(entries.count == stated)
        let partners = dataset.partners(of: "poznan", kinds: [.city])
        #expect(partners.count == stated)
        for (name, countryName) in entries {
            let partner = partners.first { $0.name == name }
            #expect(partner != nil, "no partner city named \(name)")
            let resolved = CountryResolver.resolve(countryName)
            #expect(resolved != nil, "cannot resolve \(countryName)")
            #expect(partner?.country == resolved?.country.id, "\(name): \(countryName)")
        }
        let county = try #require(lines.first { $0.hasPrefix("oraz z Hrabstwem") })
        #expect(county.contains("Nottinghamshire"))
        #expect(dataset.partners(of: "poznan", kinds: [.region]).map(\.id) == ["nottinghamshire"])
    }

    /// The single-bullet lines of the membership list (lines 3–14) are the networks.
    @Test func everyNetworkOfTheReportIsAMembership() throws {
        let end = try #require(lines.firstIndex { $0.hasPrefix("W 2023 r. Prezydent") })
        let names = lines[1..<end]
            .filter { $0.hasPrefix(" •") }
            .map { $0.replacingOccurrences(of: "•", with: "").trimmingCharacters(in: CharacterSet(charactersIn: " ;.")) }
        #expect(names.count == 9)
        let networks = Set(dataset.networks(of: "poznan").map(\.name))
        #expect(Set(names) == networks)
    }

    /// Line 16 names the number of meetings and the countries.
    @Test func diplomaticMeetingCountriesAreTheReportsCountries() throws {
        let line = try #require(lines.first { $0.contains("spotkań dyplomatycznych") })
        let words = line.components(separatedBy: " ")
        let count = try #require(words.firstIndex(of: "spotkań").flatMap { Int(words[$0 - 1]) })
        let list = try #require(line.components(separatedBy: "jak: ").last?.components(separatedBy: ". ").first)
        let countries = list.components(separatedBy: ", ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .")) }
        let codes = countries.compactMap { CountryResolver.resolve($0)?.country.id }
        #expect(codes.count == countries.count, "every country name of the report resolves")
        let meetings = dataset.diplomaticMeetings(of: "poznan")
        #expect(meetings.count == count)
        #expect(meetings.countries == Set(codes).sorted())
        for (name, code) in zip(countries, codes) {
            #expect(dataset.entities.first { $0.kind == .country && $0.name == name }?.country == code, "\(name)")
        }
    }

    /// Every `source: report:N` points at a line that names the entity: a word of its name
    /// (four letters or more, compared by its first four letters, ignoring case and
    /// diacritics) stands on that line.
    @Test func sourceLinesNameWhatTheyAreCitedFor() {
        func stems(_ text: String) -> Set<String> {
            Set(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split { !$0.isLetter }.filter { $0.count >= 4 }.map { String($0.prefix(4)) })
        }
        for entity in dataset.entities {
            guard let line = entity.source?.line else { continue }
            #expect(line <= lines.count, "\(entity.id) cites line \(line)")
            guard line <= lines.count else { continue }
            let nameStems = stems(entity.name).union(stems(entity.names["pl"] ?? ""))
            #expect(!nameStems.isDisjoint(with: stems(lines[line - 1])), "\(entity.id) is not named on line \(line)")
        }
    }
}
