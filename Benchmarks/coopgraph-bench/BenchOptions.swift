import Foundation

/// Command-line options of the benchmark.
struct BenchOptions {
    var presets = ["small", "medium", "large"]
    var repeats = 3
    var peerDirectory = URL(fileURLWithPath: "../shared/bench")
    var dataDirectory = URL(fileURLWithPath: ".build-bench/world")
    var worker: String?
    var sourcesFile: String?
    var convert: String?
    var research: String?
    var networkxDistances = false

    init(_ arguments: [String]) {
        var presets: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--repeat": repeats = max(1, iterator.next().flatMap(Int.init) ?? repeats)
            case "--peer": peerDirectory = URL(fileURLWithPath: iterator.next() ?? peerDirectory.path)
            case "--data": dataDirectory = URL(fileURLWithPath: iterator.next() ?? dataDirectory.path)
            case "--worker": worker = iterator.next()
            case "--sources": sourcesFile = iterator.next()
            case "--convert": convert = iterator.next()
            case "--research": research = iterator.next()
            case "--networkx-distances": networkxDistances = true
            default: presets.append(argument)
            }
        }
        if !presets.isEmpty { self.presets = presets }
    }

    func worldFolder(_ preset: String) -> URL {
        dataDirectory.appendingPathComponent(preset)
    }
}
