import Foundation

/// One graph's table: per task our time (on every core, and on one core where the task runs in
/// parallel), each peer's, the ratio of the fastest peer's time to ours, and whether our result
/// equals NetworkX's (max |Δ| ≤ 1e-9 for values, equal facts otherwise; values are compared with
/// igraph's, marked "ig", where NetworkX did not run the task).
struct PeerTable {
    struct Row {
        var task: String
        var ours: Double?
        var oursOneCore: Double?
        var peers: [String: Double]
        var difference: Double?
        /// The peer whose values ours were compared with: NetworkX, or igraph where NetworkX did not run.
        var reference = "networkx"
        var equal: Bool?

        var fastest: (library: String, seconds: Double)? {
            peers.min { $0.value < $1.value }.map { ($0.key, $0.value) }
        }
        var ratio: Double? { fastest.flatMap { fastest in ours.map { fastest.seconds / $0 } } }
    }

    static let tolerance = 1e-9

    let graph: String
    let nodes: Int
    let edges: Int
    var rows: [Row] = []
    let oursRSS: Double
    let peerRSS: [String: Double]

    init(graph: String, tasks: [String], ours: FastResult, oneCore: FastResult?, peers: [String: [String: Any]], dump: URL) {
        self.graph = graph
        if case .int(let n) = ours.checks["nodes"] { nodes = n } else { nodes = 0 }
        if case .int(let m) = ours.checks["edges"] { edges = m } else { edges = 0 }
        oursRSS = ours.maxrssMB
        peerRSS = peers.compactMapValues { $0["maxrss_mb"] as? Double }
        let reference = peers["networkx"]
        let referenceChecks = reference?["checks"] as? [String: Any] ?? [:]
        let factsOf: [String: [String]] = ["load": ["nodes", "edges"], "components": ["components", "largest_component"],
                                           "projection": ["projection"]]
        for task in tasks {
            var row = Row(task: task, ours: ours.tasks[task]?.min(), oursOneCore: oneCore?.tasks[task]?.min(), peers: [:])
            for (library, result) in peers {
                if let times = (result["tasks"] as? [String: [Double]])?[task], let best = times.min() { row.peers[library] = best }
            }
            if let keys = factsOf[task] {
                if reference != nil {
                    row.equal = keys.allSatisfy { key in
                        referenceChecks[key].flatMap(JSONValue.init(any:)).map { $0 == ours.checks[key] } ?? false
                    }
                }
            } else if let mine = FastPeers.values(graph: graph, task: task, library: "ours", threads: ProcessInfo.processInfo.activeProcessorCount, dump: dump),
                      let (referenceLibrary, theirs) = ["networkx", "igraph"].lazy
                          .compactMap({ library in FastPeers.values(graph: graph, task: task, library: library, threads: 1, dump: dump).map { (library, $0) } })
                          .first {
                row.reference = referenceLibrary
                if mine.count == theirs.count {
                    row.difference = zip(mine, theirs).map { abs($0 - $1) }.max() ?? 0
                    row.equal = row.difference.map { $0 <= Self.tolerance }
                } else {
                    row.equal = false
                }
                if let serial = FastPeers.values(graph: graph, task: task, library: "ours", threads: 1, dump: dump) {
                    // The one-core run must give the very same numbers (chunks are summed in a fixed order).
                    row.equal = (row.equal ?? false) && serial == mine
                }
            }
            rows.append(row)
        }
    }

    func text() -> String {
        func seconds(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "—" }
            return value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var lines = ["\(graph): \(nodes) nodes, \(edges) links (best of runs; peers: rustworkx and networkit on \(cores) threads, igraph and NetworkX on 1)"]
        let header = ["task", "ours", "ours 1 core"] + FastPeers.libraries + ["fastest", "ratio", "max |Δ|", "equal"]
        let widths = [13, 10, 12, 11, 10, 10, 10, 10, 8, 10, 6]
        func line(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, cell in
                index == 0 ? cell.0.padding(toLength: cell.1, withPad: " ", startingAt: 0) : cell.0.leftPadded(cell.1)
            }.joined(separator: " ")
        }
        lines.append("  " + line(header))
        for row in rows {
            var cells = [row.task, seconds(row.ours), seconds(row.oursOneCore)]
            cells += FastPeers.libraries.map { seconds(row.peers[$0]) }
            cells.append(row.fastest?.library ?? "—")
            cells.append(row.ratio.map { String(format: "%.1f×", $0) } ?? "—")
            cells.append(row.difference.map { String(format: "%.0e", $0) + (row.reference == "networkx" ? "" : " ig") } ?? "—")
            cells.append(row.equal.map { $0 ? "yes" : "NO" } ?? "—")
            lines.append("  " + line(cells))
        }
        var rss = ["peak RSS MB", String(format: "%.0f", oursRSS), ""]
        rss += FastPeers.libraries.map { peerRSS[$0].map { String(format: "%.0f", $0) } ?? "—" }
        lines.append("  " + line(rss))
        return lines.joined(separator: "\n")
    }

    func json() -> [String: Any] {
        var tasks: [String: Any] = [:]
        for row in rows {
            var entry: [String: Any] = ["peers_s": row.peers]
            if let ours = row.ours { entry["ours_s"] = ours }
            if let serial = row.oursOneCore { entry["ours_one_core_s"] = serial }
            if let fastest = row.fastest { entry["fastest"] = fastest.library }
            if let ratio = row.ratio { entry["ratio"] = ratio }
            if let difference = row.difference {
                entry["max_abs_difference"] = difference
                entry["compared_with"] = row.reference
            }
            if let equal = row.equal { entry["equal"] = equal }
            tasks[row.task] = entry
        }
        return ["graph": graph, "nodes": nodes, "edges": edges, "tasks": tasks,
                "peak_rss_mb": ["ours": oursRSS, "peers": peerRSS]]
    }
}
