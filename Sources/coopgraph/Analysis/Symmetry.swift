import ArgumentParser
import CooperationGraph

/// `coopgraph symmetry`: partnerships listed by one side only.
struct Symmetry: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Partnerships that one city lists and its partner does not list back (multi-city data)."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let pairs = try options.load().oneSidedPartnerships()
        switch format {
        case .json: Terminal.write(try Output.json(pairs))
        case .csv: Terminal.write("lister,partner\n" + pairs.map { "\(CSVField.escape($0.lister)),\(CSVField.escape($0.partner))" }.joined(separator: "\n") + "\n")
        case .text: Terminal.write("\(pairs.count) one-sided partnerships\n" + pairs.map { "  \($0.lister) lists \($0.partner), which does not list it back" }.joined(separator: "\n") + "\n")
        }
    }
}
