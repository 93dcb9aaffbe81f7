import Foundation

/// The peer's bench world generator and peer_networkx.py, run as the peer's own scripts.
enum Peer {
    static func makeWorld(preset: String, folder: URL, peerDirectory: URL) throws {
        let nodes = folder.appendingPathComponent("nodes.csv")
        if FileManager.default.fileExists(atPath: nodes.path) { return }
        _ = try runProgram("/usr/bin/env", ["python3", peerDirectory.appendingPathComponent("make_world.py").path, "--\(preset)", "--out", folder.path])
    }

    /// The sources NetworkX's `betweenness_centrality(G, k, seed)` samples: Python's
    /// `random.Random(seed).sample(list(G.nodes()), k)` over the nodes in file order.
    static func sampledSources(folder: URL, count: Int, seed: Int) throws -> [String] {
        let script = """
        import csv, random, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            rows = list(csv.reader(f))[1:]
        nodes = list(dict.fromkeys(r[0] for r in rows))
        k = min(int(sys.argv[2]), len(nodes))
        print('\\n'.join(random.Random(int(sys.argv[3])).sample(nodes, k)))
        """
        let output = try runProgram("/usr/bin/env", ["python3", "-c", script, folder.appendingPathComponent("nodes.csv").path, String(count), String(seed)])
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Runs peer_networkx.py on one preset and returns its result object.
    static func run(preset: String, options: BenchOptions) throws -> [String: Any] {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(preset)-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: json) }
        _ = try runProgram("/usr/bin/env", [
            "python3", options.peerDirectory.appendingPathComponent("peer_networkx.py").path, preset,
            "--repeat", String(options.repeats), "--data", options.dataDirectory.path, "--json", json.path,
            "--dotdir", FileManager.default.temporaryDirectory.appendingPathComponent("bench-dot").path,
            // Betweenness is in the fast peers' table, against NetworkX too.
            "--skip", "betweenness",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        guard let result = (object?["results"] as? [[String: Any]])?.first else { throw BenchFailure("the peer wrote no results") }
        return result
    }
}
