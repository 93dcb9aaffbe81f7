import Foundation

/// One preset's table: our times against the peer's, and whether the results agree.
struct Comparison {
    struct Row {
        var task: String
        var ours: Double
        var peer: Double?
        var equal: Bool?
        var ratio: Double? { peer.map { $0 / ours } }
    }

    let preset: String
    let rows: [Row]
    let ours: WorkerResult
    let peerRSS: Double?

    init(preset: String, ours: WorkerResult, peer: [String: Any]) {
        self.preset = preset
        self.ours = ours
        let tasks = peer["tasks"] as? [String: [Double]] ?? [:]
        func best(_ name: String) -> Double? { tasks[name]?.min() }
        func mine(_ name: String) -> Double { ours.tasks[name]?.min() ?? .nan }
        let graph = peer["graph"] as? [String: Int] ?? [:]
        let projection = peer["projection"] as? [String: Any] ?? [:]
        let peerTop = (projection["top10"] as? [[Any]] ?? []).map { row in
            WorkerResult.Ranked(names: row.prefix(2).compactMap { $0 as? String }, value: (row.last as? NSNumber)?.doubleValue ?? -1)
        }
        let projectionPeer = best("bip_build").flatMap { build in best("bip_project").map { build + $0 } }
        rows = [
            Row(task: "load", ours: mine("load"), peer: best("load"),
                equal: graph["nodes"] == ours.nodes && graph["edges"] == ours.edges),
            Row(task: "partners_per_cont", ours: mine("partners_per_cont"), peer: best("partners_per_cont"),
                equal: (peer["check_partners_total"] as? Int) == ours.partnersTotal),
            Row(task: "country_coverage", ours: mine("country_coverage"), peer: best("country_coverage"),
                equal: (peer["check_coverage_max"] as? Int) == ours.coverageMax),
            Row(task: "bip_build+project", ours: mine("bip_project"), peer: projectionPeer,
                equal: (projection["nodes"] as? Int) == ours.projectionNodes && (projection["edges"] as? Int) == ours.projectionEdges
                    && peerTop == ours.top10),
            Row(task: "degree_centrality", ours: mine("degree_centrality"), peer: best("degree_centrality"), equal: nil),
            Row(task: "dot (vs to_agraph+agwrite)", ours: mine("dot"), peer: best("dot_agraph"), equal: ours.dotReadsBackEqual),
            Row(task: "dot (vs agwrite alone)", ours: mine("dot"), peer: best("  agwrite"), equal: nil),
            Row(task: "dot (vs our agwrite)", ours: mine("dot"), peer: mine("graphviz_agwrite") > 0 ? mine("graphviz_agwrite") : nil, equal: nil),
            Row(task: "dot (vs pydot)", ours: mine("dot"), peer: best("dot_pydot"), equal: nil),
        ] + Comparison.writerRows(mine: mine, best: best)
        peerRSS = peer["maxrss_mb"] as? Double
    }

    /// The DOT writer alone (the graph built beforehand) beside agwrite alone, the peer's and ours.
    static func writerRows(mine: (String) -> Double, best: (String) -> Double?) -> [Row] {
        [
            Row(task: "dot writer vs agwrite", ours: mine("dot_writer"), peer: best("  agwrite"), equal: nil),
            Row(task: "dot writer vs our agwrite", ours: mine("dot_writer"),
                peer: mine("graphviz_agwrite") > 0 ? mine("graphviz_agwrite") : nil, equal: nil),
        ]
    }

    func text() -> String {
        func seconds(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "—" }
            return value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
        }
        var lines = ["\(preset): \(ours.nodes) nodes, \(ours.edges) links (best of runs)"]
        lines.append("  " + "task".padding(toLength: 28, withPad: " ", startingAt: 0) + "ours".leftPadded(11) + "NetworkX".leftPadded(11) + "ratio".leftPadded(10) + "  equal")
        for row in rows {
            let ratio = row.ratio.map { String(format: "%.1f×", $0) } ?? "—"
            let equal = row.equal.map { $0 ? "yes" : "NO" } ?? "—"
            lines.append("  " + row.task.padding(toLength: 28, withPad: " ", startingAt: 0) + seconds(row.ours).leftPadded(11)
                         + seconds(row.peer).leftPadded(11) + ratio.leftPadded(10) + "  " + equal)
        }
        lines.append("  " + "peak RSS (MB)".padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%.0f", ours.peakRSS).leftPadded(11)
                     + (peerRSS.map { String(format: "%.0f", $0) } ?? "—").leftPadded(11))
        return lines.joined(separator: "\n")
    }

    func json() -> [String: Any] {
        var tasks: [String: Any] = [:]
        let names = ["load": "load", "partners_per_cont": "partners_per_cont", "country_coverage": "country_coverage",
                     "bip_build+project": "bip_project", "degree_centrality": "degree_centrality",
                     "dot (vs to_agraph+agwrite)": "dot_agraph",
                     "dot (vs agwrite alone)": "agwrite", "dot (vs our agwrite)": "graphviz_agwrite", "dot (vs pydot)": "dot_pydot",
                     "dot writer vs agwrite": "dot_writer_vs_agwrite", "dot writer vs our agwrite": "dot_writer_vs_graphviz_agwrite"]
        for row in rows {
            var entry: [String: Any] = ["ours_s": row.ours]
            if let peer = row.peer { entry["peer_s"] = peer }
            if let ratio = row.ratio { entry["ratio"] = ratio }
            if let equal = row.equal { entry["equal"] = equal }
            tasks[names[row.task] ?? row.task] = entry
        }
        return ["preset": preset, "tasks": tasks, "peak_rss_mb": ["ours": ours.peakRSS, "peer": peerRSS.map { $0 as Any } ?? NSNull()]]
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
