import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph communities`: Louvain communities with their modularity.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Communities by the Louvain method (seeded), with modularity; named by their largest members, summarised by continent.",
        discussion: """
        Edges are weighted by the number of links between two entities (--counting multigraph, as
        NetworkX on a MultiGraph), or 1 each with self-links dropped (--counting simple). The same
        seed gives the same communities. JSON and CSV list every entity's community.
        """
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var kinds: LinkKindsOption

    @Option(name: .long, help: "Seed of the random visiting order.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Resolution γ of modularity.")
    var resolution: Double = 1

    @Option(name: .long, help: "multigraph or simple.")
    var counting: LinkCounting = .multigraph

    @Option(name: .long, help: "How many communities text output lists.")
    var top: Int = 20

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    struct Summary: Encodable {
        let community: Int
        let size: Int
        let largest: [String]
        let continents: [String: Int]
        let members: [String]
    }

    struct Result: Encodable {
        let modularity: Double?
        let seed: UInt64
        let communities: [Summary]
    }

    func run() throws {
        let dataset = try options.load()
        let partition = Louvain.communities(dataset, kinds: try kinds.set(), counting: counting, resolution: resolution, seed: seed)
        let largest = partition.largestMembers(dataset)
        let continents = partition.continents(dataset)
        let summaries = partition.communities.enumerated().map { number, members in
            Summary(community: number + 1, size: members.count, largest: largest[number].map { dataset.entities[$0].id },
                    continents: Dictionary(uniqueKeysWithValues: continents[number].map { ($0.key.code, $0.value) }),
                    members: members.map { dataset.entities[$0].id }.sorted())
        }
        let language = options.lang
        switch format {
        case .json: Terminal.write(try Output.json(Result(modularity: partition.modularity.isNaN ? nil : partition.modularity, seed: seed, communities: summaries)))
        case .csv:
            Terminal.write("id,community\n" + dataset.entities.indices.map { "\(CSVField.escape(dataset.entities[$0].id)),\(partition.membership[$0] + 1)" }.joined(separator: "\n") + "\n")
        case .text:
            let pl = options.lang == .polish
            let modularity = partition.modularity.isNaN ? (pl ? "nieokreślona" : "undefined") : String(format: "%.6f", partition.modularity)
            var lines = [pl ? "\(partition.communities.count) społeczności, modularność \(modularity) (ziarno \(seed))"
                            : "\(partition.communities.count) communities, modularity \(modularity) (seed \(seed))"]
            for summary in summaries.prefix(top) {
                let names = largest[summary.community - 1].map { dataset.entities[$0].name(in: language) }.joined(separator: ", ")
                let spread = continents[summary.community - 1].sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.key.name(in: language)) \($0.value)" }.joined(separator: ", ")
                lines.append(String(format: "%4d. ", summary.community) + (pl ? "\(summary.size) podmiotów: " : "\(summary.size) entities: ") + names
                             + (spread.isEmpty ? "" : " — " + spread))
            }
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }
}

extension LinkCounting: ExpressibleByArgument {}
