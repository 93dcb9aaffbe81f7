import CooperationGraph
import DOT
import Foundation
import Graphviz
import Testing

/// The diagrams committed in Graphs/ are what the code makes from the dataset today.
@Suite struct GraphsFolderTests {
    @Test func committedPartnersDiagramIsUpToDate() throws {
        let dataset = try DatasetLoader.load([Fixtures.poznanYAML])
        let graph = try CooperationDiagram(dataset: dataset).graph(.partners)
        let dotFile = Fixtures.root.appendingPathComponent("Graphs/poznan-2023-partners.dot")
        let svgFile = Fixtures.root.appendingPathComponent("Graphs/poznan-2023-partners.svg")
        #expect(try String(contentsOf: dotFile, encoding: .utf8) == graph.dotText,
                "regenerate with: coopgraph render --view partners -o Graphs/poznan-2023-partners.dot")
        let svg = try Graphviz.render(graph, layout: .dot, format: .svg).data
        #expect(try Data(contentsOf: svgFile) == svg,
                "regenerate with: coopgraph render --view partners -o Graphs/poznan-2023-partners.svg")
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
