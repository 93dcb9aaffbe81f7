import Foundation

/// The faster peers through the peer's peer_fast.py: one library, one graph and one thread
/// setting per process. NetworkX and igraph run on one thread (they have no other);
/// rustworkx and networkit on every core, their best.
enum FastPeers {
    static let libraries = ["networkx", "igraph", "rustworkx", "networkit"]

    static func threads(of library: String) -> Int {
        ["rustworkx", "networkit"].contains(library) ? ProcessInfo.processInfo.activeProcessorCount : 1
    }

    /// Runs peer_fast.py; returns its result object, or nil (with a note printed) when it failed,
    /// so one peer missing from a machine does not stop the others.
    ///
    /// A task whose runs took less than ``shortTaskSeconds`` in all is run again, in one more
    /// run of the script for all the tasks that need as many runs (``peerRuns(best:repeats:)``),
    /// and its times are those of both runs: as our side times a short task.
    static func run(library: String, graph: String, tasks: [String], options: BenchOptions, dump: URL, sources: URL?) -> [String: Any]? {
        guard var result = script(library: library, graph: graph, tasks: tasks, repeats: options.repeats, options: options,
                                  dump: dump, sources: sources) else { return nil }
        var times = result["tasks"] as? [String: [Double]] ?? [:]
        var groups: [Int: [String]] = [:]
        for task in tasks {
            guard let best = times[task]?.min(), let runs = peerRuns(best: best, repeats: options.repeats) else { continue }
            groups[runs, default: []].append(task)
        }
        for (runs, group) in groups.sorted(by: { $0.key < $1.key }) {
            // The script always loads the graph first, and times that as "load".
            let others = group.filter { $0 != "load" }
            guard let again = script(library: library, graph: graph, tasks: others, repeats: runs, options: options,
                                     dump: dump, sources: sources)?["tasks"] as? [String: [Double]] else { continue }
            for task in group { times[task, default: []] += again[task] ?? [] }
        }
        result["tasks"] = times
        return result
    }

    /// One run of peer_fast.py with `repeats` runs of each task.
    private static func script(library: String, graph: String, tasks: [String], repeats: Int, options: BenchOptions,
                               dump: URL, sources: URL?) -> [String: Any]? {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("peer-fast-\(library)-\(graph)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        var arguments = ["python3", options.peerDirectory.appendingPathComponent("peer_fast.py").path,
                         "--lib", library, "--graph", graph, "--data", options.dataDirectory.path,
                         "--tasks", tasks.joined(separator: ","), "--threads", String(threads(of: library)),
                         "--repeat", String(repeats), "--dump", dump.path, "--json", json.path]
        // NetworkX takes minutes for an exact measure: once is enough there.
        if library == "networkx" { arguments += ["--slow", "5"] }
        if let sources { arguments += ["--sources", sources.path] }
        do {
            _ = try runProgram("/usr/bin/env", arguments)
            return try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        } catch {
            print("\n  \(library) failed on \(graph): \(error)")
            return nil
        }
    }

    /// The values a run dumped for `task`, in nodes.csv order.
    static func values(graph: String, task: String, library: String, threads: Int, dump: URL) -> [Double]? {
        let file = dump.appendingPathComponent("\(graph).\(task).\(library).t\(threads).json")
        guard let data = try? Data(contentsOf: file) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [Double]
    }
}
