import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Graphviz
import Testing

/// The map view places cities from the GeoNames gazetteer when the data gives no coordinates.
@Suite struct GazetteerTests {
    @Test func everyPartnerCityOfPoznanIsFound() throws {
        #expect(Gazetteer.isAvailable)
        let dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        for partner in dataset.partners(of: "poznan", kinds: [.city]) {
            #expect(Gazetteer.coordinates(of: partner) != nil, "\(partner.id)")
        }
        // Toledo in the United States (Ohio), not in Spain, the Philippines or Brazil.
        let toledo = try #require(Gazetteer.coordinates(of: "Toledo", in: "US"))
        #expect(abs(toledo.latitude - 41.66) < 0.1 && abs(toledo.longitude + 83.56) < 0.1)
        // Hanover is Hannover in GeoNames: one edit away.
        let hanover = try #require(Gazetteer.coordinates(of: "Hanover", in: "DE"))
        #expect(abs(hanover.latitude - 52.37) < 0.1)
        #expect(Gazetteer.coordinates(of: "Atlantis", in: "DE") == nil)
    }

    /// Names are folded for lookups without Foundation when they are ASCII; every name of the
    /// gazetteer folds as Foundation folds it.
    @Test func everyNameFoldsAsFoundationFoldsIt() throws {
        let text = try #require(EmbeddedResource.text(named: "gazetteer.tsv", module: "CooperationCore"))
        var names = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first.map(String.init) }
        names += ["Hannover", "HANOVER", "Győr", "Kraków", "Saint John’s", "A-Z [a-z] ~`^@_{|}"]
        #expect(names.count > 30_000)
        for name in names {
            let foundation = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
                .replacingOccurrences(of: "’", with: "'")
            #expect(Gazetteer.fold(name) == foundation, "\(name)")
        }
    }

}
