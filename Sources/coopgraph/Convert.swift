import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph convert`: between the dataset formats.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a dataset between YAML, JSON, node-link JSON, GraphML, GEXF, DOT, Mermaid and the CSV pair.",
        discussion: """
        Formats come from the extensions: .yaml .json .graphml .gexf .dot/.gv .mmd (Mermaid, write \
        only), and a folder (no extension) for the CSV pair nodes.csv + links.csv. Use --to node-link \
        for NetworkX's node-link JSON. Nothing is written when the input has errors.

        Examples:
          coopgraph convert Graphs/poznan-2023.yaml -o poznan.graphml
          coopgraph convert world/large -o world.gexf
          coopgraph convert poznan.graphml -o poznan.json --to node-link
        """
    )

    @Argument(help: "Input files or folders (merged).")
    var inputs: [String]

    @Option(name: [.short, .long], help: "The output file, or folder for CSV.")
    var output: String

    @Option(name: .long, help: "Input format, when the extensions do not say: yaml, json, node-link, graphml, gexf, dot, csv.")
    var from: FormatOption?

    @Option(name: .long, help: "Output format: yaml, json, node-link, graphml, gexf, dot, mermaid, csv.")
    var to: FormatOption?

    @OptionGroup var reading: ReadOptions

    @Option(name: .long, help: "Language of Mermaid labels: en or pl.")
    var lang: Language = .english

    enum FormatOption: String, ExpressibleByArgument, CaseIterable {
        case yaml, json, nodeLink = "node-link", graphml, gexf, dot, mermaid, csv
        var format: DatasetFormat { DatasetFormat(rawValue: rawValue) ?? .yaml }
    }

    func run() throws {
        guard let format = to?.format ?? DatasetFormat(path: output) else {
            Terminal.printError("\(output): unknown output format; use .yaml, .json, .graphml, .gexf, .dot, .mmd, a folder for CSV, or --to")
            throw ExitCode(1)
        }
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(inputs, format: from?.format, options: reading.options)
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.description) }
            throw ExitCode(1)
        }
        do {
            let warnings = try DatasetWriter.write(dataset, to: output, as: format, language: lang)
            for warning in warnings { Terminal.printError("\(output): warning: \(warning)") }
        } catch let error as AtomicFile.WriteError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        } catch let error as DatasetFormatError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }
}
