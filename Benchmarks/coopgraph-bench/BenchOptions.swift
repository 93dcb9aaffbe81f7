import Foundation

/// Command-line options of the benchmark.
struct BenchOptions {
    var presets = ["small", "medium", "large", RealTwin.name]
    var repeats = 3
    var peerDirectory = URL(fileURLWithPath: "../shared/bench")
    var dataDirectory = URL(fileURLWithPath: ".build-bench/world")
    var worker: String?
    var fastWorker: String?
    var tasks: [String] = []
    var threads: Int?
    var dumpDirectory: URL?
    var sourcesFile: String?
    var convert: String?
    /// A dataset whose map and coverage views are timed instead (`--maps FILE`).
    var maps: String?
    var convertWorker: String?
    var yamlWorker = false
    var yaml = false
    /// Only the report's row (`--report`), or one run of it (`--report-worker`).
    var report = false
    var reportWorker = false
    var research: String?
    var networkxDistances = false
    /// A preset whose analysis commands' peak memory is measured alone (`--memory PRESET`).
    var memory: String?
    /// The release coopgraph program those commands run (`--coopgraph PATH`).
    var coopgraph: String?

    init(_ arguments: [String]) {
        var presets: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--repeat": repeats = max(1, iterator.next().flatMap(Int.init) ?? repeats)
            case "--peer": peerDirectory = URL(fileURLWithPath: iterator.next() ?? peerDirectory.path)
            case "--data": dataDirectory = URL(fileURLWithPath: iterator.next() ?? dataDirectory.path)
            case "--worker": worker = iterator.next()
            case "--fast-worker": fastWorker = iterator.next()
            case "--tasks": tasks = (iterator.next() ?? "").split(separator: ",").map(String.init)
            case "--threads": threads = iterator.next().flatMap(Int.init)
            case "--dump": dumpDirectory = iterator.next().map { URL(fileURLWithPath: $0) }
            case "--sources": sourcesFile = iterator.next()
            case "--convert": convert = iterator.next()
            case "--maps": maps = iterator.next()
            case "--convert-worker": convertWorker = iterator.next()
            case "--yaml-worker": yamlWorker = true
            case "--yaml": yaml = true
            case "--report": report = true
            case "--report-worker": reportWorker = true
            case "--research": research = iterator.next()
            case "--networkx-distances": networkxDistances = true
            case "--memory": memory = iterator.next()
            case "--coopgraph": coopgraph = iterator.next()
            default: presets.append(argument)
            }
        }
        if !presets.isEmpty { self.presets = presets }
    }

    func worldFolder(_ preset: String) -> URL {
        dataDirectory.appendingPathComponent(preset)
    }
}
