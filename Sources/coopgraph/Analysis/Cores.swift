import ArgumentParser
import CooperationGraph

/// `coopgraph cores`: the core number of every entity.
struct Cores: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The k-core number of every entity and the main core, as NetworkX's core_number (simple graph).",
        discussion: "JSON maps every id to its core number; CSV prints id,value; text lists the highest first, then the main core."
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var kinds: LinkKindsOption

    @Option(name: .long, help: "How many entities text output lists.")
    var top: Int = 20

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        let graph = GraphIndex(dataset, kinds: try kinds.set())
        let cores = graph.coreNumbers()
        switch format {
        case .json:
            let order = graph.ids.indices.sorted { graph.ids[$0] < graph.ids[$1] }
            Terminal.write("{\n" + order.map { "  \(JSONText.string(graph.ids[$0])): \(cores[$0])" }.joined(separator: ",\n") + "\n}\n")
        case .csv:
            Terminal.write("id,value\n" + graph.ids.indices.map { "\(CSVField.escape(graph.ids[$0])),\(cores[$0])" }.joined(separator: "\n") + "\n")
        case .text:
            let language = options.lang
            let core = graph.mainCore(coreNumbers: cores)
            let ranked = graph.ids.indices.sorted { cores[$0] != cores[$1] ? cores[$0] > cores[$1] : graph.ids[$0] < graph.ids[$1] }.prefix(top)
            let head = options.lang == .polish ? "rdzeń główny: k = \(core.k), podmioty: \(core.members.count)" : "main core: k = \(core.k), \(core.members.count) entities"
            Terminal.write(head + "\n" + ranked.map { "\(String(format: "%4d", cores[$0]))  \(dataset.entities[$0].name(in: language)) (\(graph.ids[$0]))" }.joined(separator: "\n") + "\n")
        }
    }
}
