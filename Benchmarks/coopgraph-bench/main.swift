// The benchmark against the peer (NetworkX), apart from the tests; run it in a release
// build with `make bench`. In one run it generates the bench world presets with the peer's
// make_world.py, runs each task of peer_networkx.py in our implementation (each preset in a
// child process, so peak memory is that preset's), checks that our results equal the peer's,
// runs the peer, and prints one table per preset: task, ours, NetworkX, ratio, equal.
// It writes the table as JSON to bench-results.json.
import CooperationGraph
import Foundation

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
if let preset = options.worker {
    let result = try WorkerTasks.run(folder: options.worldFolder(preset), sources: options.sourcesFile, repeats: options.repeats)
    FileHandle.standardOutput.write(try JSONEncoder().encode(result))
    exit(0)
}

if let preset = options.convert {
    let folder = options.worldFolder(preset)
    try Peer.makeWorld(preset: preset, folder: folder, peerDirectory: options.peerDirectory)
    try ConversionBench.run(folder: folder, repeats: options.repeats)
    exit(0)
}

if let preset = options.research {
    let folder = options.worldFolder(preset)
    try Peer.makeWorld(preset: preset, folder: folder, peerDirectory: options.peerDirectory)
    try ResearchBench.run(folder: folder, repeats: options.repeats, script: URL(fileURLWithPath: "Benchmarks/peer_research.py"),
                          networkxDistances: options.networkxDistances)
    exit(0)
}

var report: [String: Any] = [:]
for preset in options.presets {
    let folder = options.worldFolder(preset)
    try Peer.makeWorld(preset: preset, folder: folder, peerDirectory: options.peerDirectory)
    let sources = try Peer.sampledSources(folder: folder, count: 200, seed: 42)
    let sourcesFile = folder.appendingPathComponent("betweenness-sources.txt")
    try sources.joined(separator: "\n").write(to: sourcesFile, atomically: true, encoding: .utf8)
    print("[\(preset)] ours…", terminator: "")
    fflush(nil)
    let ours = try Worker.run(preset: preset, options: options, sourcesFile: sourcesFile)
    print(" NetworkX…")
    let peer = try Peer.run(preset: preset, options: options)
    let table = Comparison(preset: preset, ours: ours, peer: peer)
    print(table.text())
    fflush(nil)
    report[preset] = table.json()
}
let data = try JSONSerialization.data(withJSONObject: options.presets.count == 1 ? (report[options.presets[0]] ?? [:]) : ["presets": report],
                                      options: [.prettyPrinted, .sortedKeys])
try data.write(to: URL(fileURLWithPath: "bench-results.json"))
print("wrote bench-results.json")
