import ArgumentParser
import CooperationGraph

/// `coopgraph components`: the connected components.
struct Components: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The connected components, largest first.")

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        let graph = GraphIndex(dataset)
        let components = graph.components().map { $0.map { graph.ids[$0] }.sorted() }
        switch format {
        case .json: Terminal.write(try Output.json(components))
        case .csv: Terminal.write("component,id\n" + components.enumerated().flatMap { number, ids in ids.map { "\(number + 1),\(CSVField.escape($0))" } }.joined(separator: "\n") + "\n")
        case .text:
            Terminal.write("\(components.count) components\n" + components.prefix(20).enumerated().map { number, ids in
                "  \(number + 1). \(ids.count) entities: " + ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? ", …" : "")
            }.joined(separator: "\n") + "\n")
        }
    }
}
