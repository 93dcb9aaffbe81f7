import ArgumentParser
import CooperationGraph

/// `coopgraph cousins`: partners of partners that are not yet partners.
struct Cousins: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest partners: partners of partners not yet partners, ranked by paths and shared networks."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "How many suggestions.")
    var top: Int = 10

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        let focus = try Stats.focus(dataset, focus: options.focus).id
        let suggestions = dataset.partnerSuggestions(for: focus, limit: top)
        switch format {
        case .json: Terminal.write(try Output.json(suggestions))
        case .csv:
            Terminal.write("id,paths,through,shared_networks\n" + suggestions.map {
                "\(CSVField.escape($0.id)),\($0.through.count),\(CSVField.escape($0.through.joined(separator: "; "))),\(CSVField.escape($0.sharedNetworks.joined(separator: "; ")))"
            }.joined(separator: "\n") + "\n")
        case .text:
            Terminal.write(suggestions.isEmpty ? "no suggestions: no partner of a partner is outside the partners\n" : suggestions.map {
                "  \(dataset[$0.id]?.name ?? $0.id): through \($0.through.map { dataset[$0]?.name ?? $0 }.joined(separator: ", "))"
                    + ($0.sharedNetworks.isEmpty ? "" : "; shares \($0.sharedNetworks.joined(separator: ", "))")
            }.joined(separator: "\n") + "\n")
        }
    }
}
