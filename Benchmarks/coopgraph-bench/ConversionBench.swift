import CooperationGraph
import Foundation

/// Conversion of a bench world from its CSV pair to every format, beside NetworkX's
/// `write_graphml` and `write_gexf` of the same graph, in one run (`--convert PRESET`).
enum ConversionBench {
    static let peerScript = #"""
    import csv, json, os, sys, tempfile, time
    import networkx as nx
    folder, repeats = sys.argv[1], int(sys.argv[2])
    G = nx.MultiGraph()
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f); next(rd)
        G.add_nodes_from((r[0], {"kind": r[1], "label": r[2], "country": r[3], "continent": r[4]}) for r in rd)
    with open(os.path.join(folder, "links.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f); next(rd)
        G.add_edges_from((r[0], r[1], {"kind": r[2], "year": int(r[3])}) for r in rd)
    out = {}
    for name, write in (("graphml", nx.write_graphml), ("gexf", nx.write_gexf)):
        times = []
        for _ in range(repeats):
            path = os.path.join(tempfile.gettempdir(), "peer-convert." + name)
            t0 = time.perf_counter(); write(G, path); times.append(time.perf_counter() - t0)
        out[name] = min(times)
    print(json.dumps(out))
    """#

    static func run(folder: URL, repeats: Int) throws {
        let (loadTimes, dataset) = try timed(repeats) { try DatasetLoader.load([folder.path]) }
        print("Converting \(folder.lastPathComponent): \(dataset.entities.count) entities, \(dataset.links.count) links; best of \(repeats)")
        print("  " + "format".padding(toLength: 22, withPad: " ", startingAt: 0) + "ours".leftPadded(10) + "NetworkX".leftPadded(11) + "ratio".leftPadded(9) + "size".leftPadded(10))
        let peer = try JSONSerialization.jsonObject(with: runProgram("/usr/bin/env", ["python3", "-c", peerScript, folder.path, String(repeats)])) as? [String: Double] ?? [:]
        func row(_ name: String, _ ours: Double, _ peer: Double?, _ bytes: Int?) {
            let ratio = peer.map { String(format: "%.1f×", $0 / ours) } ?? "—"
            print("  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%.3f s", ours).leftPadded(10)
                  + (peer.map { String(format: "%.3f s", $0) } ?? "—").leftPadded(11) + ratio.leftPadded(9)
                  + (bytes.map { String(format: "%.1f MB", Double($0) / 1_048_576) } ?? "").leftPadded(10))
        }
        row("load CSV pair", loadTimes.min() ?? 0, nil, nil)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-convert")
        for format in DatasetFormat.allCases {
            let path = output.appendingPathComponent(format == .csv ? "csv" : "world.\(format.rawValue)").path
            let (times, _) = try timed(repeats) { try DatasetWriter.write(dataset, to: path, as: format) }
            let size = try DatasetWriter.encode(dataset, as: format).files.reduce(0) { $0 + $1.data.count }
            row(format.rawValue, times.min() ?? 0, format == .graphML ? peer["graphml"] : format == .gexf ? peer["gexf"] : nil, size)
        }
        try? FileManager.default.removeItem(at: output)
    }
}
