import CooperationGraph
import Foundation

/// Conversion of a bench world from its CSV pair to every format, beside NetworkX's
/// `write_graphml` and `write_gexf` of the same graph, in one run (`--convert PRESET`). Each
/// format is written by a child process of its own, so its peak memory (load included, as a
/// `coopgraph convert` would have) is that format's alone; NetworkX's likewise.
enum ConversionBench {
    static let peerScript = #"""
    import csv, json, os, resource, sys, tempfile, time
    import networkx as nx
    folder, repeats, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    G = nx.MultiGraph()
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f); next(rd)
        G.add_nodes_from((r[0], {"kind": r[1], "label": r[2], "country": r[3], "continent": r[4]}) for r in rd)
    with open(os.path.join(folder, "links.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f); next(rd)
        G.add_edges_from((r[0], r[1], {"kind": r[2], "year": int(r[3])}) for r in rd)
    write = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}[name]
    times = []
    for _ in range(repeats):
        path = os.path.join(tempfile.gettempdir(), "peer-convert." + name)
        t0 = time.perf_counter(); write(G, path); times.append(time.perf_counter() - t0)
    print(json.dumps({"seconds": min(times), "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}))
    """#

    /// One format's measurement.
    struct Measured: Codable {
        var seconds: Double
        var bytes: Int
        var maxrssMB: Double
    }

    /// The child's work: load the preset, write `format` best of `repeats`.
    static func work(format name: String, options: BenchOptions) throws -> Measured {
        let folder = options.worldFolder(options.presets[0])
        let dataset = try DatasetLoader.load([folder.path])
        guard let format = DatasetFormat(rawValue: name) else { throw BenchFailure("unknown format \(name)") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-convert-\(name)")
        defer { try? FileManager.default.removeItem(at: output) }
        let path = output.appendingPathComponent(format == .csv ? "csv" : "world.\(format.rawValue)").path
        let (times, _) = try timed(options.repeats) { try DatasetWriter.write(dataset, to: path, as: format) }
        let bytes = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
        }
        return Measured(seconds: times.min() ?? 0, bytes: bytes, maxrssMB: peakMemoryMB())
    }

    static func run(preset: String, options: BenchOptions) throws {
        let folder = options.worldFolder(preset)
        let (loadTimes, dataset) = try timed(options.repeats) { try DatasetLoader.load([folder.path]) }
        print("Converting \(preset): \(dataset.entities.count) entities, \(dataset.links.count) links; best of \(options.repeats); peak RSS of a process that loads and writes")
        print("  " + "format".padding(toLength: 16, withPad: " ", startingAt: 0) + "ours".leftPadded(10) + "NetworkX".leftPadded(11) + "ratio".leftPadded(8)
              + "size".leftPadded(10) + "RSS ours".leftPadded(10) + "NetworkX".leftPadded(10))
        func row(_ name: String, _ ours: Double, _ peer: [String: Double]?, _ bytes: Int?, _ rss: Double?) {
            let ratio = peer?["seconds"].map { String(format: "%.1f×", $0 / ours) } ?? "—"
            print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%.3f s", ours).leftPadded(10)
                  + (peer?["seconds"].map { String(format: "%.3f s", $0) } ?? "—").leftPadded(11) + ratio.leftPadded(8)
                  + (bytes.map { String(format: "%.1f MB", Double($0) / 1_048_576) } ?? "").leftPadded(10)
                  + (rss.map { String(format: "%.0f MB", $0) } ?? "").leftPadded(10)
                  + (peer?["maxrss_mb"].map { String(format: "%.0f MB", $0) } ?? "").leftPadded(10))
        }
        row("load CSV pair", loadTimes.min() ?? 0, nil, nil, nil)
        for format in DatasetFormat.allCases {
            let output = try runProgram(CommandLine.arguments[0], ["--convert-worker", format.rawValue, preset,
                                                                   "--repeat", String(options.repeats), "--data", options.dataDirectory.path])
            let ours = try JSONDecoder().decode(Measured.self, from: output)
            var peer: [String: Double]?
            if format == .graphML || format == .gexf {
                let data = try runProgram("/usr/bin/env", ["python3", "-c", peerScript, folder.path, String(options.repeats), format == .graphML ? "graphml" : "gexf"])
                peer = try JSONSerialization.jsonObject(with: data) as? [String: Double]
            }
            row(format.rawValue, ours.seconds, peer, ours.bytes, ours.maxrssMB)
        }
    }
}
