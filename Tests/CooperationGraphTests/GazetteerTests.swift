import CooperationGraph
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

    @Test func mapPinsCitiesWestToEastAndSouthToNorth() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let laidOut = String(decoding: try Graphviz.render(diagram.graph(.map), layout: "neato", format: .dot).data, as: UTF8.self)
        let nodes = try Graphviz.canonicalForm(of: laidOut).nodes
        func position(_ id: String) throws -> (Double, Double) {
            let values = try #require(nodes[id]?["pos"]?.text).split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!"))) }
            return (values[0], values[1])
        }
        let poznan = try position("poznan"), toledo = try position("toledo"), shenzhen = try position("shenzhen"), jyvaskyla = try position("jyvaskyla")
        #expect(toledo.0 < poznan.0 && poznan.0 < shenzhen.0)
        #expect(shenzhen.1 < poznan.1 && poznan.1 < jyvaskyla.1)
        #expect(nodes["nottinghamshire"] == nil, "a region has no gazetteer place")
    }
}
