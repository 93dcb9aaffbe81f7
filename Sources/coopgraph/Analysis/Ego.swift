import ArgumentParser
import CooperationGraph

/// `coopgraph ego`: the entities within a radius of one.
struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The entities within --radius links of an entity, with their distances.")

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "The centre entity's id.")
    var center: String

    @Option(name: .long, help: "How many links away.")
    var radius: Int = 1

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    struct Member: Encodable {
        let id: String
        let distance: Int
    }

    func run() throws {
        let dataset = try options.load()
        guard let index = dataset.index(of: center) else {
            Terminal.printError("unknown id '\(center)'")
            throw ExitCode(1)
        }
        let graph = GraphIndex(dataset)
        let members = graph.ego(of: index, radius: radius).map { Member(id: graph.ids[$0.vertex], distance: $0.distance) }
            .sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
        switch format {
        case .json: Terminal.write(try Output.json(members))
        case .csv: Terminal.write("id,distance\n" + members.map { "\(CSVField.escape($0.id)),\($0.distance)" }.joined(separator: "\n") + "\n")
        case .text: Terminal.write(members.map { "\($0.distance)  \(dataset[$0.id]?.name(in: options.lang) ?? $0.id) (\($0.id))" }.joined(separator: "\n") + "\n")
        }
    }
}
