import CooperationGraph
import Foundation

/// The measures of city-network research on one bench world, beside igraph, networkit and
/// NetworkX in the same run (`--research PRESET`): each timed on a graph built beforehand
/// (building is its own row), best of the repeats, with the ratio of the fastest peer's time to
/// ours and whether our result equals igraph's and NetworkX's.
enum ResearchBench {
    struct Row {
        var task: String
        var ours: Double
        /// Best time by peer library.
        var peers: [String: Double]
        var equal: Bool?

        /// The fastest peer and its time.
        var fastest: (library: String, seconds: Double)? {
            peers.filter { $0.value.isFinite }.min { $0.value < $1.value }.map { ($0.key, $0.value) }
        }
    }

    /// The peers' columns, in print order: library key and heading.
    static let peerColumns = [("igraph", "igraph"), ("networkit", "networkit"), ("networkx", "NetworkX")]

    static func run(folder: URL, repeats: Int, script: URL, networkxDistances: Bool) throws {
        let dataset = try DatasetLoader.load([folder.path])
        let (indexTimes, graph) = timed(repeats) { GraphIndex(dataset) }
        let (weightedTimes, weighted) = timed(repeats) { WeightedGraph(dataset, counting: .multigraph) }
        var generator = SplitMix64(seed: 42)
        let members = graph.components().first ?? []
        let sources = generator.sample(200, from: members.count).map { members[$0] }
        let sourcesFile = FileManager.default.temporaryDirectory.appendingPathComponent("research-sources-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: sourcesFile) }
        try sources.map { graph.ids[$0] }.joined(separator: "\n").write(to: sourcesFile, atomically: true, encoding: .utf8)

        print("Research measures on \(folder.lastPathComponent): \(dataset.entities.count) entities, \(dataset.links.count) links; best of \(repeats)")
        var codes: [String: Int] = [:]
        let continent = dataset.entities.map { entity -> Int in
            guard let code = entity.resolvedContinent?.code else { return -1 }
            if let number = codes[code] { return number }
            codes[code] = codes.count
            return codes.count - 1
        }
        let (assortativityTimes, assortativity) = timed(repeats) { (weighted.degreeAssortativity(), weighted.attributeAssortativity(category: continent)) }
        let (clusteringTimes, clustering) = timed(repeats) { () -> (Double, Double) in
            let triangles = graph.triangles()
            return (graph.averageClustering(triangles: triangles), graph.transitivity(triangles: triangles))
        }
        let (distanceTimes, distances) = timed(max(1, repeats / 3)) { graph.distances() }
        let (sampledTimes, sampled) = timed(repeats) { graph.distances(sources: sources) }
        let (coreTimes, cores) = timed(repeats) { graph.coreNumbers() }
        let (louvainTimes, louvain) = timed(repeats) { Louvain.communities(weighted, seed: 0) }

        print("  (peers running…)")
        fflush(nil)
        var arguments = ["python3", script.path, folder.path, sourcesFile.path, String(repeats)]
        if networkxDistances { arguments.append("--networkx-distances") }
        let peer = try JSONSerialization.jsonObject(with: runProgram("/usr/bin/env", arguments)) as? [String: Any] ?? [:]
        let tasks = peer["tasks"] as? [String: [String: Double]] ?? [:]
        let results = peer["results"] as? [String: [String: Any]] ?? [:]
        func numbers(_ task: String, _ peer: String = "igraph") -> [Double] {
            (results[task]?[peer] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
        }
        func close(_ ours: [Double], _ theirs: [Double]) -> Bool {
            ours.count == theirs.count && zip(ours, theirs).allSatisfy { abs($0 - $1) <= 1e-9 }
        }
        func row(_ task: String, _ key: String, _ times: [Double], _ equal: Bool?) -> Row {
            Row(task: task, ours: times.min() ?? .nan, peers: tasks[key] ?? [:], equal: equal)
        }
        func modularity(_ library: String) -> Double { (results["louvain"]?[library] as? NSNumber)?.doubleValue ?? .nan }
        let igraphLouvain = modularity("igraph")
        // The better of igraph's and networkit's Louvain (networkit's only when it ran).
        let bestPeerModularity = max(igraphLouvain, modularity("networkit").isNaN ? igraphLouvain : modularity("networkit"))
        let rows = [
            row("index (build the graph)", "index", [(indexTimes.min() ?? 0) + (weightedTimes.min() ?? 0)], nil),
            row("assortativity (degree, continent)", "assortativity", assortativityTimes,
                close([assortativity.0, assortativity.1], numbers("assortativity")) && close([assortativity.0, assortativity.1], numbers("assortativity", "networkx"))),
            row("clustering + transitivity", "clustering", clusteringTimes,
                close([clustering.0, clustering.1], numbers("clustering")) && close([clustering.0, clustering.1], numbers("clustering", "networkx"))),
            row("distances, exact (diam, rad, avg)", "distances", distanceTimes,
                close([Double(distances.diameter), Double(distances.radius), distances.averageDistance], numbers("distances"))),
            row("distances from 200 sources", "distances_k200", sampledTimes,
                close([Double(sampled.diameter), Double(sampled.radius), sampled.averageDistance], numbers("distances_k200"))),
            row("core numbers", "cores", coreTimes,
                cores.map(Double.init) == numbers("cores") && cores.map(Double.init) == numbers("cores", "networkx")),
            row("louvain (modularity ≥ peers − 0.01)", "louvain", louvainTimes, louvain.modularity >= bestPeerModularity - 0.01),
        ]
        print(table(rows))
        print(String(format: "  largest component %d entities: diameter %d, radius %d, average distance %.6f", distances.componentSize,
                     distances.diameter, distances.radius, distances.averageDistance))
        print(String(format: "  modularity: ours %.6f (%d communities), igraph %.6f, networkit %.6f, NetworkX %.6f", louvain.modularity,
                     louvain.communities.count, igraphLouvain, modularity("networkit"), modularity("networkx")))
        print("  " + networkitNote(results: results, cores: cores, assortativity: [assortativity.0, assortativity.1],
                                   clustering: [clustering.0, clustering.1]))
        let versions = peer["versions"] as? [String: String] ?? [:]
        let threads = ProcessInfo.processInfo.activeProcessorCount
        print("  igraph \(versions["igraph"] ?? "?") and NetworkX \(versions["networkx"] ?? "?") on 1 thread, "
              + "networkit \(versions["networkit"] ?? "?") and ours on \(threads)")
    }

    /// The table: task, our time, each peer's, the ratio of the fastest peer's time to ours, and equality.
    static func table(_ rows: [Row]) -> String {
        func seconds(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "—" }
            return value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
        }
        var lines = ["  " + "task".padding(toLength: 36, withPad: " ", startingAt: 0) + "ours".leftPadded(10)
                     + peerColumns.map { $0.1.leftPadded(10) }.joined() + "vs fastest".leftPadded(18) + "  equal"]
        for row in rows {
            let ratio = row.fastest.map { String(format: "%.1f× ", $0.seconds / row.ours) + $0.library } ?? "—"
            lines.append("  " + row.task.padding(toLength: 36, withPad: " ", startingAt: 0) + seconds(row.ours).leftPadded(10)
                         + peerColumns.map { seconds(row.peers[$0.0]).leftPadded(10) }.joined() + ratio.leftPadded(18)
                         + "  " + (row.equal.map { $0 ? "yes" : "NO" } ?? "—"))
        }
        return lines.joined(separator: "\n")
    }

    /// Whether networkit's results equal ours (max |Δ| ≤ 1e-9); its degree assortativity is
    /// another definition, printed and not compared.
    static func networkitNote(results: [String: [String: Any]], cores: [Int], assortativity: [Double], clustering: [Double]) -> String {
        func numbers(_ task: String) -> [Double]? {
            (results[task]?["networkit"] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
        }
        func close(_ ours: [Double], _ theirs: [Double]?) -> String {
            guard let theirs, ours.count == theirs.count else { return "—" }
            return zip(ours, theirs).allSatisfy { abs($0 - $1) <= 1e-9 } ? "yes" : "NO"
        }
        let continent = numbers("assortativity").map { Array($0.dropFirst()) }
        return "networkit equal to ours: cores \(close(cores.map(Double.init), numbers("cores"))), "
            + "clustering \(close(clustering, numbers("clustering"))), continent assortativity \(close(Array(assortativity.dropFirst()), continent)); "
            + String(format: "its degree assortativity (another definition) %.6f", numbers("assortativity")?.first ?? .nan)
    }
}
