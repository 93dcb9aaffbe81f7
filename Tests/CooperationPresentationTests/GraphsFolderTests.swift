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
        #expect(partners.edges.count == 15)
        #expect(Set(partners.subgraphs.keys) == ["cluster_Azja", "cluster_Europa", "cluster_Ameryka Północna", "cluster_legend"])
        #expect(partners.subgraphs["cluster_Europa"]?.nodes.count == 10)
    }
}
