import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph centrality`: degree, betweenness or closeness of every entity.
struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Degree, betweenness or closeness centrality of every entity, as NetworkX computes them.",
        discussion: """
        JSON prints one object mapping every entity id to its value; text prints the top entities \
        (ties broken by id); CSV prints id,value for every entity. Betweenness is exact, or from \
        --samples K sources drawn with --seed S, or from the sources listed in --sources FILE.
        """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "degree, betweenness or closeness.")
    var measure: Measure = .degree

    @Option(name: .long, help: "Betweenness from K sampled sources instead of all.")
    var samples: Int?

    @Option(name: .long, help: "Seed for --samples.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "A file of source ids, one a line, for betweenness.")
    var sources: String?

    @Option(name: .long, help: "How many entities text output lists.")
    var top: Int = 20

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, betweenness, closeness
    }

    func run() throws {
        let dataset = try options.load()
        let graph = GraphIndex(dataset)
        Output.progress("\(measure.rawValue) centrality of \(graph.count) entities…")
        let values: [Double]
        switch measure {
        case .degree:
            values = graph.degreeCentrality()
        case .closeness:
            values = graph.closeness()
        case .betweenness:
            values = graph.betweenness(sources: try sourceList(dataset, graph: graph))
        }
        Output.progressDone()
        Terminal.write(Centrality.render(values, ids: graph.ids, dataset: dataset, format: format, top: top, language: options.lang.rawValue))
    }

    private func sourceList(_ dataset: Dataset, graph: GraphIndex) throws -> [Int]? {
        if let sources {
            guard let text = try? String(contentsOfFile: sources, encoding: .utf8) else {
                Terminal.printError("\(sources): cannot read the file of sources")
                throw ExitCode(1)
            }
            var indices: [Int] = []
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let id = line.trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty else { continue }
                guard let index = dataset.index(of: id) else {
                    Terminal.printError("\(sources):\(number + 1): unknown id '\(id)'")
                    throw ExitCode(1)
                }
                indices.append(index)
            }
            var seen = Set<Int>()
            return indices.filter { seen.insert($0).inserted }
        }
        guard let samples else { return nil }
        return SourceSampler.sample(count: min(samples, graph.count), from: graph.count, seed: seed)
    }

    static func render(_ values: [Double], ids: [String], dataset: Dataset, format: AnalysisFormat, top: Int, language: String) -> String {
        switch format {
        case .json:
            let order = ids.indices.sorted { ids[$0] < ids[$1] }
            return "{\n" + order.map { "  \(JSONText.string(ids[$0])): \(JSONText.number(values[$0]))" }.joined(separator: ",\n") + "\n}\n"
        case .csv:
            return "id,value\n" + ids.indices.map { "\(CSVField.escape(ids[$0])),\(JSONText.number(values[$0]))" }.joined(separator: "\n") + "\n"
        case .text:
            let ranked = ids.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : ids[$0] < ids[$1] }.prefix(top)
            let width = ranked.map { dataset.entities[$0].name(in: language).count }.max() ?? 0
            return ranked.enumerated().map { rank, index in
                let name = dataset.entities[index].name(in: language)
                return String(format: "%3d. ", rank + 1) + name + String(repeating: " ", count: width - name.count)
                    + String(format: "  %.6f  ", values[index]) + ids[index]
            }.joined(separator: "\n") + "\n"
        }
    }
}

/// A deterministic sample of source vertices (SplitMix64 and a partial Fisher–Yates shuffle).
enum SourceSampler {
    static func sample(count: Int, from total: Int, seed: UInt64) -> [Int] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var pool = Array(0..<total)
        for index in 0..<count {
            let pick = index + Int(next() % UInt64(total - index))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(count))
    }
}
