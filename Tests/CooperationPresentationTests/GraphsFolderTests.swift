import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import DOT
import Foundation
import Graphviz
import Testing

/// The diagrams committed in Graphs/ are what the code makes from the dataset today (`make graphs`
/// regenerates them), so a change to the builder shows up in review as a diagram diff.
@Suite struct GraphsFolderTests {
    @Test(arguments: ReportPack.views)
    func committedDiagramIsUpToDate(_ view: DiagramView) throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let graph = diagram.graph(view)
        let base = Fixtures.root.appendingPathComponent("Graphs/poznan-2023-\(view.rawValue)")
        #expect(try String(contentsOf: base.appendingPathExtension("dot"), encoding: .utf8) == graph.dotText, "run make graphs")
        let svg = try DiagramRenderer.render(graph, layout: diagram.layout(for: view), format: .svg, size: nil)
        #expect(try Data(contentsOf: base.appendingPathExtension("svg")) == svg, "run make graphs")
    }

    @Test func diagramsReadBackThroughCgraph() throws {
        let dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        let diagram = try CooperationDiagram(dataset: dataset, language: "pl")
        for view in DiagramView.allCases {
            let graph = diagram.graph(view)
            let canonical = try Graphviz.canonicalForm(of: graph.dotText)
            #expect(try Graphviz.canonicalForm(of: Graphviz.parse(graph.dotText).dotText) == canonical)
            #expect(canonical.nodes["poznan"] != nil)
        }
        let partners = try Graphviz.canonicalForm(of: diagram.graph(.partners).dotText)
        // 15 partners (14 cities and a county) hang from one node per continent: Asia, Europe,
        // North America; Europe holds 10 of them (report lines 40–55).
        #expect(partners.edges.count == 15 + 3)
        #expect(partners.edges.filter { $0.tail == "coopgraph-continent-EU" }.count == 10)
        #expect(partners.edges.filter { $0.tail == "poznan" }.map(\.head).sorted() == ["coopgraph-continent-AS", "coopgraph-continent-EU", "coopgraph-continent-NA"])
    }
}
