import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph aggregate`: the country or continent network.
struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The country or continent network: links between the entities of two countries (or continents), by kind.",
        discussion: """
        Prints the weighted edges (text, json or csv), or with -o writes the network as a dataset in
        any format convert writes (.yaml .json .graphml .gexf .dot .mmd, a folder for CSV), one link per
        pair and kind noting how many links it stands for; render draws such a file like any dataset.

        Examples:
          coopgraph aggregate world/large --by country --kinds partnership --top 10
          coopgraph aggregate world/large --by continent -o continents.yaml
        """
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var kinds: LinkKindsOption

    @Option(name: .long, help: "country or continent.")
    var by: AggregatedNetwork.Level = .country

    @Option(name: [.short, .long], help: "Write the network as a dataset to this file (or folder for CSV).")
    var output: String?

    @Option(name: .long, help: "How many edges text output lists.")
    var top: Int = 20

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        let network = AggregatedNetwork(dataset, level: by, kinds: try kinds.set())
        if let output {
            guard let format = DatasetFormat(path: output) else {
                Terminal.printError("\(output): unknown output format; use .yaml, .json, .graphml, .gexf, .dot, .mmd or a folder for CSV")
                throw ExitCode(1)
            }
            do {
                let words = StringTable.of(options.lang), name = words.title(of: dataset)
                let title = name.isEmpty ? "" : words.format(by == .country ? .countryNetworkTitle : .continentNetworkTitle, name)
                let warnings = try DatasetWriter.write(network.dataset(title: title, language: options.lang), to: output, as: format, language: options.lang)
                for warning in warnings { Terminal.printError("\(output): warning: \(warning)") }
            } catch let error as AtomicFile.WriteError {
                Terminal.printError(error.description)
                throw ExitCode(1)
            } catch {
                Terminal.printError("\(output): \(error)")
                throw ExitCode(1)
            }
            return
        }
        struct Row: Encodable {
            let a: String, b: String, weight: Int, kinds: [String: Int]
        }
        let rows = network.edges.map { Row(a: $0.a, b: $0.b, weight: $0.weight, kinds: Dictionary(uniqueKeysWithValues: $0.kinds.map { ($0.key.rawValue, $0.value) })) }
        switch format {
        case .json: Terminal.write(try Output.json(rows))
        case .csv:
            let lines = rows.map { row -> String in
                let kinds: [String] = row.kinds.keys.sorted().map { "\($0)=\(row.kinds[$0] ?? 0)" }
                return CSVField.escape(row.a) + "," + CSVField.escape(row.b) + ",\(row.weight)," + CSVField.escape(kinds.joined(separator: ";"))
            }
            Terminal.write("a,b,weight,kinds\n" + lines.joined(separator: "\n") + "\n")
        case .text:
            let header = options.lang == .polish ? "\(network.nodes.count) węzłów, \(network.edges.count) krawędzi" : "\(network.nodes.count) nodes, \(network.edges.count) edges"
            let lines = rows.prefix(top).map { row -> String in
                let pair: String = row.a == row.b ? row.a : row.a + "–" + row.b
                let kinds: [String] = row.kinds.keys.sorted().map { "\($0) \(row.kinds[$0] ?? 0)" }
                return String(format: "%6d  ", row.weight) + pair + "  (" + kinds.joined(separator: ", ") + ")"
            }
            Terminal.write(header + "\n" + lines.joined(separator: "\n") + "\n")
        }
    }
}

extension AggregatedNetwork.Level: ExpressibleByArgument {}
