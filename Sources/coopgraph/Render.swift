import ArgumentParser
import CooperationGraph
import DOT
import Foundation
import Graphviz

/// `coopgraph render`: a DOT file, or a view of a dataset, to SVG, PNG, PDF or DOT.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a DOT file, or a view of a dataset, through Graphviz.",
        discussion: """
        The output format comes from the extension of -o: svg, png, pdf, dot (laid-out DOT with
        positions when the input is a DOT file; our own DOT when it is a dataset), xdot.
        """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: [.short, .long], help: "The output file; its extension names the format.")
    var output: String

    @Option(name: .long, help: "Graphviz layout: dot, neato, fdp, sfdp, twopi, circo…")
    var layout: String = "dot"

    @Option(name: .long, help: "For a dataset: partners, networks, diplomacy or full.")
    var view: ViewOption = .partners

    func run() throws {
        let extensionName = URL(fileURLWithPath: output).pathExtension
        guard let format = OutputFormat(pathExtension: extensionName) else {
            Terminal.printError("\(output): give the output a file extension such as .svg, .png or .pdf")
            throw ExitCode(1)
        }
        let data: Data
        do {
            if let input = options.datasets.first, options.datasets.count == 1, ["dot", "gv"].contains(URL(fileURLWithPath: input).pathExtension.lowercased()) {
                let text: String
                do {
                    text = try String(contentsOfFile: input, encoding: .utf8)
                } catch {
                    Terminal.printError("\(input): cannot read the file as UTF-8 text")
                    throw ExitCode(1)
                }
                data = try render(text, format: format, input: input)
            } else {
                let dataset = try options.load()
                let diagram = try CooperationDiagram(dataset: dataset, focus: options.focus, language: options.lang.rawValue)
                let graph = diagram.graph(view.diagramView)
                data = format == .dot ? Data(graph.dotText.utf8) : try render(graph.dotText, format: format, input: "the \(view.rawValue) view")
            }
        } catch let error as StatisticsError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(data, to: output)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }

    private func render(_ text: String, format: OutputFormat, input: String) throws -> Data {
        do {
            return try Graphviz.render(dotText: text, layout: Layout(rawValue: layout), format: format).data
        } catch {
            if case let .syntax(line?, message) = error {
                Terminal.printError("\(input):\(line): \(message)")
            } else {
                Terminal.printError("\(input): \(error.description)")
            }
            throw ExitCode(1)
        }
    }
}

/// `--view` values.
enum ViewOption: String, ExpressibleByArgument, CaseIterable {
    case partners, networks, diplomacy, full

    var diagramView: DiagramView {
        DiagramView(rawValue: rawValue) ?? .partners
    }
}
