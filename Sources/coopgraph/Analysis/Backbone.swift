import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph backbone`: the disparity-filter backbone of the co-membership projection.
struct Backbone: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The backbone of the network co-membership projection by the disparity filter, with the networks each kept pair shares.",
        discussion: """
        Two members are joined in the projection with weight = networks both belong to; a pair is kept
        when its weight is significant at --alpha for at least one of its ends (Serrano, Boguñá &
        Vespignani 2009). Heaviest pairs first, ties by ids.
        """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "Significance level α.")
    var alpha: Double = 0.05

    @Option(name: .long, help: "How many pairs text output lists.")
    var top: Int = 20

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        guard alpha > 0, alpha <= 1 else {
            Terminal.printError("--alpha: give a significance level in (0, 1], such as 0.05")
            throw ExitCode(1)
        }
        let dataset = try options.load()
        let backbone = DisparityBackbone(dataset, alpha: alpha)
        switch format {
        case .json: Terminal.write(try Output.json(backbone.edges))
        case .csv:
            Terminal.write("a,b,weight,alpha,networks\n" + backbone.edges.map {
                "\(CSVField.escape($0.a)),\(CSVField.escape($0.b)),\($0.weight),\(JSONText.number($0.alpha)),\(CSVField.escape($0.networks.joined(separator: "; ")))"
            }.joined(separator: "\n") + "\n")
        case .text:
            let pl = options.lang == .polish
            let language = options.lang
            var lines = [pl ? "zachowano \(backbone.edges.count) z \(backbone.projectedPairs) par (α = \(alpha))"
                            : "kept \(backbone.edges.count) of \(backbone.projectedPairs) pairs (α = \(alpha))"]
            for edge in backbone.edges.prefix(top) {
                let a = dataset[edge.a]?.name(in: language) ?? edge.a, b = dataset[edge.b]?.name(in: language) ?? edge.b
                lines.append(String(format: "%4d  ", edge.weight) + "\(a) – \(b): " + edge.networks.joined(separator: ", "))
            }
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }
}
