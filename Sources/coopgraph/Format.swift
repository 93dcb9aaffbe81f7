import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph format`: any DOT file, read by Graphviz and written back by our writer.
struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read any DOT file and write it back through CooperationGraph's DOT writer.",
        discussion: """
        Every node, edge, subgraph and attribute is kept; IDs are quoted as the grammar requires \
        and the text is UTF-8 (a file in charset=latin1 is read as Latin-1 and written declaring \
        UTF-8). Unlike convert, the file need not be a cooperation dataset.

        Examples:
          coopgraph format in.gv -o out.dot
        """
    )

    @Argument(help: "The DOT file (.gv, .dot).")
    var input: String

    @Option(name: [.short, .long], help: "The DOT file to write.")
    var output: String

    func run() throws {
        let text = try DOTInput.text(of: input)
        let graph: DOTGraph
        do {
            graph = try Graphviz.parse(text)
        } catch {
            if case let .syntax(line?, message) = error {
                Terminal.printError("\(input):\(line): \(message)")
            } else {
                Terminal.printError("\(input): \(error.description)")
            }
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(Data(graph.dotText.utf8), to: output)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }
}
