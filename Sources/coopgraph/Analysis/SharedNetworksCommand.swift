import ArgumentParser
import CooperationGraph

/// `coopgraph shared-networks`: pairs of members that share networks, and which.
struct SharedNetworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shared-networks",
        abstract: "Pairs of entities that belong to the same networks, heaviest first, with the networks.",
        discussion: "JSON prints [{\"a\": id, \"b\": id, \"weight\": n, \"networks\": [name, …]}, …], ties broken by ids."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "Only the K heaviest pairs.")
    var top: Int?

    @Flag(name: .long, help: "Instead, list the pairs of partner cities that share no network.")
    var partnersWithout = false

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    struct Entry: Encodable {
        let a: String
        let b: String
        let weight: Int
        let networks: [String]
    }

    func run() throws {
        let dataset = try options.load()
        if partnersWithout {
            let pairs = dataset.partnersSharingNoNetwork()
            switch format {
            case .json: Terminal.write(try Output.json(pairs.map { [$0.0, $0.1] }))
            case .csv: Terminal.write("a,b\n" + pairs.map { "\(CSVField.escape($0.0)),\(CSVField.escape($0.1))" }.joined(separator: "\n") + "\n")
            case .text: Terminal.write("\(pairs.count) partner pairs share no network\n" + pairs.map { "  \($0.0) – \($0.1)" }.joined(separator: "\n") + "\n")
            }
            return
        }
        Output.progress("projecting memberships…")
        let projection = NetworkProjection(dataset)
        let pairs = top.map { projection.top($0) } ?? projection.sortedPairs()
        Output.progressDone()
        let entries = pairs.map { pair in
            Entry(a: projection.ids[pair.a], b: projection.ids[pair.b], weight: pair.weight, networks: projection.networks(of: pair))
        }
        switch format {
        case .json:
            Terminal.write("[\n" + entries.map { entry in
                "  {\"a\": \(JSONText.string(entry.a)), \"b\": \(JSONText.string(entry.b)), \"weight\": \(entry.weight), \"networks\": ["
                    + entry.networks.map(JSONText.string).joined(separator: ", ") + "]}"
            }.joined(separator: ",\n") + (entries.isEmpty ? "]\n" : "\n]\n"))
        case .csv:
            Terminal.write("a,b,weight,networks\n" + entries.map {
                "\(CSVField.escape($0.a)),\(CSVField.escape($0.b)),\($0.weight),\(CSVField.escape($0.networks.joined(separator: "; ")))"
            }.joined(separator: "\n") + "\n")
        case .text:
            let language = options.lang
            Terminal.write("\(projection.pairs.count) pairs of \(projection.memberCount) members share networks\n" + entries.prefix(top ?? 50).map {
                "  \($0.weight)  \(dataset[$0.a]?.name(in: language) ?? $0.a) – \(dataset[$0.b]?.name(in: language) ?? $0.b): \($0.networks.joined(separator: ", "))"
            }.joined(separator: "\n") + "\n")
        }
    }
}
