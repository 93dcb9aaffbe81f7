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
        // Pairs are described only as they are written, and the text lists only the first ones.
        let chosen = top.map { projection.top($0) }
        let order = chosen == nil ? projection.positionsHeaviestFirst() : []
        let count = chosen?.count ?? order.count
        func pairAt(_ rank: Int) -> NetworkProjection.Pair { chosen?[rank] ?? projection.pairs[Int(order[rank])] }
        Output.progressDone()
        var output = BufferedOutput()
        switch format {
        case .json:
            output.write("[\n")
            for rank in 0..<count {
                let pair = pairAt(rank)
                output.write((rank == 0 ? "" : ",\n") + "  {\"a\": \(JSONText.string(projection.ids[pair.a])), \"b\": \(JSONText.string(projection.ids[pair.b])), "
                    + "\"weight\": \(pair.weight), \"networks\": [" + projection.networks(of: pair).map(JSONText.string).joined(separator: ", ") + "]}")
            }
            output.write(count == 0 ? "]\n" : "\n]\n")
        case .csv:
            output.write("a,b,weight,networks\n")
            for rank in 0..<count {
                let pair = pairAt(rank)
                output.write("\(CSVField.escape(projection.ids[pair.a])),\(CSVField.escape(projection.ids[pair.b])),\(pair.weight),"
                    + "\(CSVField.escape(projection.networks(of: pair).joined(separator: "; ")))\n")
            }
            if count == 0 { output.write("\n") }
        case .text:
            let language = options.lang
            output.write("\(projection.pairs.count) pairs of \(projection.memberCount) members share networks\n")
            let shown = min(count, max(0, top ?? 50))
            for rank in 0..<shown {
                let pair = pairAt(rank)
                let a = projection.ids[pair.a], b = projection.ids[pair.b]
                output.write("  \(pair.weight)  \(dataset[a]?.name(in: language) ?? a) – \(dataset[b]?.name(in: language) ?? b): "
                    + projection.networks(of: pair).joined(separator: ", ") + "\n")
            }
            if shown == 0 { output.write("\n") }
        }
        output.flush()
    }
}
