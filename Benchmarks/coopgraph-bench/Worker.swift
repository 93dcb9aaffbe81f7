import CooperationGraph
import Foundation

/// What our side measured and computed on one preset.
struct WorkerResult: Codable {
    struct Ranked: Codable, Equatable {
        var names: [String]
        var value: Double
    }

    var tasks: [String: [Double]] = [:]
    var nodes = 0
    var edges = 0
    var partnersTotal = 0
    var coverageMax = 0
    var projectionNodes = 0
    var projectionEdges = 0
    var top10: [Ranked] = []
    var dotBytes = 0
    var dotReadsBackEqual = false
    var peakRSS = 0.0
}

/// Runs our side in a child process (`coopgraph-bench --worker PRESET`), so that its peak
/// memory is that preset's alone.
enum Worker {
    static func run(preset: String, options: BenchOptions) throws -> WorkerResult {
        let arguments = ["--worker", preset, "--repeat", String(options.repeats), "--data", options.dataDirectory.path]
        let output = try runProgram(CommandLine.arguments[0], arguments)
        return try JSONDecoder().decode(WorkerResult.self, from: output)
    }
}

/// Our implementation of each task of peer_networkx.py, named as the peer names them.
enum WorkerTasks {
    static func run(folder: URL, repeats: Int) throws -> WorkerResult {
        var result = WorkerResult()
        let (loadTimes, dataset) = try timed(repeats) { try DatasetLoader.load([folder.path]) }
        result.tasks["load"] = loadTimes
        result.nodes = dataset.entities.count
        result.edges = dataset.links.count

        let (partnerTimes, partners) = timed(repeats) { CityAggregates.partnersPerContinent(dataset) }
        result.tasks["partners_per_cont"] = partnerTimes
        result.partnersTotal = partners.total

        let (coverageTimes, coverage) = timed(repeats) {
            CityAggregates.countryCoverage(dataset, kinds: [.partnership, .cooperation], foreignOnly: false)
        }
        result.tasks["country_coverage"] = coverageTimes
        result.coverageMax = coverage.map(\.countries).max() ?? 0

        do {
            let (projectionTimes, top) = timed(repeats) { () -> (members: Int, pairs: Int, top: [NetworkProjection.Pair]) in
                let projection = NetworkProjection(dataset)
                return (projection.memberCount, projection.pairs.count, projection.top(10))
            }
            result.tasks["bip_project"] = projectionTimes
            result.projectionNodes = top.members
            result.projectionEdges = top.pairs
            result.top10 = top.top.map { WorkerResult.Ranked(names: [dataset.entities[$0.a].name, dataset.entities[$0.b].name], value: Double($0.weight)) }
        }

        let (degreeTimes, _) = timed(repeats) { GraphIndex(dataset).degreeCentrality() }
        result.tasks["degree_centrality"] = degreeTimes

        let (dotTimes, text) = timed(repeats) { DOTWriter().write(dataset.dotGraph()) }
        result.tasks["dot"] = dotTimes
        result.dotBytes = text.utf8.count
        // Peak memory of our tasks, before Graphviz reads the 10 MB of DOT below to time agwrite.
        result.peakRSS = peakMemoryMB()
        timeWriterAlone(dataset, repeats: repeats, into: &result)
        let (parseTimes, _) = try timed(repeats) { try Graphviz.validate(text) }
        let (parseWriteTimes, cgraphText) = try timed(repeats) { try Graphviz.writtenByCgraph(text) }
        result.tasks["graphviz_agread"] = parseTimes
        result.tasks["graphviz_agwrite"] = [max((parseWriteTimes.min() ?? 0) - (parseTimes.min() ?? 0), 0)]
        result.dotReadsBackEqual = try Graphviz.canonicalForm(of: cgraphText) == Graphviz.canonicalForm(of: text)
        return result
    }

    /// The DOT writer alone, on a graph built beforehand, as agwrite writes a graph cgraph
    /// already holds: the row to set beside agwrite alone.
    static func timeWriterAlone(_ dataset: Dataset, repeats: Int, into result: inout WorkerResult) {
        let graph = dataset.dotGraph()
        let (times, _) = timed(repeats) { DOTWriter().write(graph) }
        result.tasks["dot_writer"] = times
    }
}
