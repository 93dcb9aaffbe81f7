import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Graphviz
import TestFixtures
import Testing

/// The map view places cities by their coordinates; places beyond its frame are arrows at the
/// edge on their side.
@Suite struct MapViewTests {
    @Test func mapPinsCitiesWestToEastAndSouthToNorth() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let laidOut = String(decoding: try Graphviz.render(diagram.graph(.map), layout: "neato", format: .dot).data, as: UTF8.self)
        let nodes = try Graphviz.canonicalForm(of: laidOut).nodes
        func position(_ id: String) throws -> (Double, Double) {
            let values = try #require(nodes[id]?["pos"]?.text).split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!"))) }
            return (values[0], values[1])
        }
        let poznan = try position("poznan"), jyvaskyla = try position("jyvaskyla"), sofia = try position("sofia"), rennes = try position("rennes")
        let toledo = try position("label:toledo"), shenzhen = try position("label:shenzhen")
        #expect(toledo.0 < rennes.0 && rennes.0 < poznan.0 && poznan.0 < shenzhen.0)
        #expect(sofia.1 < poznan.1 && poznan.1 < jyvaskyla.1)
        #expect(nodes["nottinghamshire"] == nil, "a region has no gazetteer place")
    }
}
