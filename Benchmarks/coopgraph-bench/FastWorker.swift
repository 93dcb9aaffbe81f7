import CooperationGraph
import Foundation

/// What our side measured on one graph, in peer_fast.py's shape.
struct FastResult: Codable {
    var tasks: [String: [Double]] = [:]
    var checks: [String: JSONValue] = [:]
    var maxrssMB = 0.0
}

/// Runs our side of the fast-peer tasks in a child process (`--fast-worker GRAPH`), so its
/// peak memory is that graph's alone, and so a serial run can be pinned to one core.
enum FastWorker {
    /// Starts the child; `oneCore` pins it to CPU 0 with taskset.
    static func run(graph: String, tasks: [String], options: BenchOptions, dump: URL, sources: URL?, oneCore: Bool) throws -> FastResult {
        var arguments = [CommandLine.arguments[0], "--fast-worker", graph, "--tasks", tasks.joined(separator: ","),
                         "--repeat", String(options.repeats), "--data", options.dataDirectory.path, "--dump", dump.path,
                         "--threads", oneCore ? "1" : String(ProcessInfo.processInfo.activeProcessorCount)]
        if let sources { arguments += ["--sources", sources.path] }
        let output = oneCore ? try runProgram("/usr/bin/env", ["taskset", "-c", "0"] + arguments)
                             : try runProgram(arguments[0], Array(arguments.dropFirst()))
        return try JSONDecoder().decode(FastResult.self, from: output)
    }

    /// The child's work: load, then each task, timed best of `repeats` (and of more runs for a
    /// short task, see ``timedShort(_:_:)``), values dumped as the peers dump theirs.
    static func work(graph: String, options: BenchOptions) throws -> FastResult {
        var result = FastResult()
        let folder = options.worldFolder(graph)
        if graph == RealTwin.name { try RealTwin.write(to: folder) }
        let (loadTimes, loaded) = try timedShort(options.repeats) { () -> (Dataset, GraphIndex) in
            let dataset = try DatasetLoader.load([folder.path])
            return (dataset, GraphIndex(dataset))
        }
        result.tasks["load"] = loadTimes
        result.checks["nodes"] = .int(loaded.0.entities.count)
        result.checks["edges"] = .int(loaded.0.links.count)
        let sources = try options.sourcesFile.map {
            try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").map(String.init)
        } ?? []
        let context = GraphContext(dataset: loaded.0, index: loaded.1, sources: sources)
        let threads = options.threads ?? 1
        for name in options.tasks where name != "load" {
            guard let task = GraphTasks.all[name] else { throw BenchFailure("unknown task \(name)") }
            let (times, output) = timedShort(options.repeats) { task.run(context) }
            result.tasks[name] = times
            switch output {
            case .values(let values):
                if let dump = options.dumpDirectory {
                    try FileManager.default.createDirectory(at: dump, withIntermediateDirectories: true)
                    let file = dump.appendingPathComponent("\(graph).\(name).ours.t\(threads).json")
                    try JSONSerialization.data(withJSONObject: values).write(to: file)
                }
            case .facts(let facts):
                result.checks.merge(facts) { _, new in new }
            }
        }
        result.maxrssMB = peakMemoryMB()
        return result
    }
}
