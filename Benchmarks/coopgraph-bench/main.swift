// The benchmark against the peers, apart from the tests; run it in a release build with
// `make bench`. In one run it generates the graphs (the bench world presets with the peer's
// make_world.py, and a realtwin-like network of its own), then for each graph times our side
// (in child processes, so peak memory is that graph's; once on every core and once pinned to one
// core for the parallel measures), times NetworkX, igraph, rustworkx and networkit through the
// peer's peer_fast.py, checks that our results equal NetworkX's, and prints one table per graph:
// task, ours, each peer, the ratio to the fastest peer, max |Δ|, equal. The bench world presets
// also get the table of peer_networkx.py's own tasks (partners per continent, country coverage,
// DOT). Then it times loading a 100,000 + 100,000 YAML file, the whole presentation pack of the
// Poznań dataset against its goal of 1 s, and, with the large preset, writing every format. It
// writes the graph tables as JSON to bench-results.json.
import CooperationGraph
import Foundation

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
if let preset = options.worker {
    let result = try WorkerTasks.run(folder: options.worldFolder(preset), repeats: options.repeats)
    FileHandle.standardOutput.write(try JSONEncoder().encode(result))
    exit(0)
}

if let dataset = options.maps {
    try MapBench.run(dataset: dataset, repeats: options.repeats)
    exit(0)
}

if let graph = options.fastWorker {
    FileHandle.standardOutput.write(try JSONEncoder().encode(FastWorker.work(graph: graph, options: options)))
    exit(0)
}
if let format = options.convertWorker {
    FileHandle.standardOutput.write(try JSONEncoder().encode(ConversionBench.work(format: format, options: options)))
    exit(0)
}
if options.yamlWorker {
    FileHandle.standardOutput.write(try JSONEncoder().encode(YAMLBench.work(options: options)))
    exit(0)
}
if options.reportWorker {
    FileHandle.standardOutput.write(try JSONEncoder().encode(ReportBench.work(options: options)))
    exit(0)
}
if options.report {
    try ReportBench.run(options: options)
    exit(0)
}
if options.yaml {
    try YAMLBench.run(options: options)
    exit(0)
}
if let preset = options.convert {
    let folder = options.worldFolder(preset)
    try Peer.makeWorld(preset: preset, folder: folder, peerDirectory: options.peerDirectory)
    try ConversionBench.run(preset: preset, options: options)
    exit(0)
}

if let preset = options.memory {
    try Peer.makeWorld(preset: preset, folder: options.worldFolder(preset), peerDirectory: options.peerDirectory)
    try MemoryBench.run(preset: preset, options: options)
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
for graph in options.presets {
    let folder = options.worldFolder(graph)
    let isWorld = graph != RealTwin.name
    if isWorld {
        try Peer.makeWorld(preset: graph, folder: folder, peerDirectory: options.peerDirectory)
    } else {
        try RealTwin.write(to: folder)
    }
    let tasks = GraphTasks.names(for: graph)
    var sourcesFile: URL?
    if tasks.contains("betw_sources") {
        let sources = try Peer.sampledSources(folder: folder, count: 200, seed: 42)
        sourcesFile = folder.appendingPathComponent("betweenness-sources.txt")
        try sources.joined(separator: "\n").write(to: sourcesFile!, atomically: true, encoding: .utf8)
    }
    let dump = options.dataDirectory.appendingPathComponent("values")
    print("[\(graph)] ours…", terminator: "")
    fflush(nil)
    let ours = try FastWorker.run(graph: graph, tasks: tasks, options: options, dump: dump, sources: sourcesFile, oneCore: false)
    let parallelTasks = tasks.filter { GraphTasks.all[$0]?.parallel ?? false }
    let oneCore = parallelTasks.isEmpty ? nil
        : try FastWorker.run(graph: graph, tasks: parallelTasks, options: options, dump: dump, sources: sourcesFile, oneCore: true)
    var peers: [String: [String: Any]] = [:]
    for library in FastPeers.libraries {
        print(" \(library)…", terminator: "")
        fflush(nil)
        peers[library] = FastPeers.run(library: library, graph: graph, tasks: GraphTasks.names(for: graph, library: library), options: options, dump: dump, sources: sourcesFile)
    }
    print("")
    let table = PeerTable(graph: graph, tasks: tasks, ours: ours, oneCore: oneCore, peers: peers, dump: dump)
    print(table.text())
    var entry = table.json()
    if isWorld {
        print("[\(graph)] peer_networkx.py's own tasks: ours… NetworkX…")
        fflush(nil)
        let worker = try Worker.run(preset: graph, options: options)
        let networkx = Comparison(preset: graph, ours: worker, peer: try Peer.run(preset: graph, options: options))
        print(networkx.text())
        entry["networkx_tasks"] = networkx.json()
    }
    fflush(nil)
    report[graph] = entry
}
try YAMLBench.run(options: options)
try ReportBench.run(options: options)
if options.presets.contains("large") {
    try ConversionBench.run(preset: "large", options: options)
    try MemoryBench.run(preset: "large", options: options)
}
let data = try JSONSerialization.data(withJSONObject: ["graphs": report], options: [.prettyPrinted, .sortedKeys])
try data.write(to: URL(fileURLWithPath: "bench-results.json"))
print("wrote bench-results.json")
