// Builds a small cooperation graph in code and renders its partners view as SVG through
// Graphviz, in-process. Usage: custom-graph [OUTPUT.svg]
import CooperationGraph
import Foundation

var dataset = Dataset(title: "Kraków — a few partners", focus: "krakow")
dataset.add(Entity(id: "krakow", kind: .city, name: "Kraków", country: "PL"))
dataset.add(Entity(id: "nuremberg", kind: .city, name: "Nürnberg", names: ["en": "Nuremberg"], country: "DE"))
dataset.add(Entity(id: "kyoto", kind: .city, name: "Kyoto", country: "JP"))
dataset.add(Entity(id: "eurocities", kind: .network, name: "EUROCITIES"))
dataset.add(Link(source: "krakow", target: "nuremberg", kind: .partnership, year: 1979))
dataset.add(Link(source: "krakow", target: "kyoto", kind: .partnership, year: 2012))
dataset.add(Link(source: "krakow", target: "eurocities", kind: .membership))

do {
    let diagram = try CooperationDiagram(dataset: dataset)
    let svg = try Graphviz.render(diagram.graph(.partners), layout: .dot, format: .svg).data
    let output = CommandLine.arguments.dropFirst().first ?? "custom-graph.svg"
    try AtomicFile.write(svg, to: output)
    print("wrote \(output) (\(svg.count) bytes)")
} catch {
    print(error)
    exit(1)
}
