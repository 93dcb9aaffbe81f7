// Benchmarks, apart from the tests: run in a release build (`make bench`).
//
// DOT writing: our DOTWriter against Graphviz's own agwrite on the same graph, in one run.
// agwrite's time is that of read + agwrite + close less that of read + close, each the best
// of several runs.
import DOT
import Foundation
import Graphviz

struct Options {
    var edges = 100_000
    var repeats = 5

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--edges": edges = iterator.next().flatMap(Int.init) ?? edges
            case "--repeat": repeats = iterator.next().flatMap(Int.init) ?? repeats
            default: break
            }
        }
    }
}

/// The best wall-clock time of `repeats` runs of `body`, in seconds, and its last result.
func best<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    func timed() throws -> (Double, T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }
    var (fastest, last) = try timed()
    for _ in 1..<max(repeats, 1) {
        let (seconds, result) = try timed()
        fastest = min(fastest, seconds)
        last = result
    }
    return (fastest, last)
}

/// A cooperation-shaped graph: cities with Polish and Hungarian names, labelled edges with years.
func worldGraph(edges: Int) -> DOTGraph {
    let nodes = max(2, edges * 2 / 7)
    var graph = DOTGraph(strict: false, directed: false, id: "world")
    graph.nodeDefaults = ["shape": .raw("ellipse"), "fontname": .raw("DejaVu Sans")]
    let names = ["Poznań", "Győr", "Łódź", "Kraków", "Jyväskylä", "Ra’ananna", "Pozuelo de Alarcón", "Saint-Étienne"]
    for index in 0..<nodes {
        graph.addNode("c\(index)", ["label": .text("\(names[index % names.count]) \(index)"), "country": .raw(index % 3 == 0 ? "PL" : "DE")])
    }
    var state: UInt64 = 42
    func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(truncatingIfNeeded: state >> 33) % nodes
    }
    for index in 0..<edges {
        graph.addEdge("c\(next())", "c\(next())", ["kind": .raw(index % 10 == 0 ? "cooperation" : "partner"), "year": .raw(String(1950 + index % 74))])
    }
    return graph
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let graph = worldGraph(edges: options.edges)
let (writeSeconds, text) = best(options.repeats) { DOTWriter().write(graph) }
let (readSeconds, _) = try best(options.repeats) { try Graphviz.validate(text) }
let (readWriteSeconds, cgraphText) = try best(options.repeats) { try Graphviz.writtenByCgraph(text) }
let agwriteSeconds = max(readWriteSeconds - readSeconds, 0)
let same = try Graphviz.canonicalForm(of: cgraphText) == Graphviz.canonicalForm(of: text)

func row(_ name: String, _ seconds: Double, _ megabytes: Double? = nil) -> String {
    let padded = name.padding(toLength: 38, withPad: " ", startingAt: 0)
    let rate = megabytes.map { String(format: "  %7.1f MB/s", $0 / seconds) } ?? ""
    return "  " + padded + String(format: "%8.3f s", seconds) + rate
}

let megabytes = Double(text.utf8.count) / 1_048_576
print("DOT writing, \(options.edges) edges, \(graph.nodes.count) nodes (\(String(format: "%.1f", megabytes)) MB of DOT), best of \(options.repeats):")
print(row("DOTWriter.write", writeSeconds, megabytes))
print(row("Graphviz agwrite (read+write − read)", agwriteSeconds, Double(cgraphText.utf8.count) / 1_048_576))
print(row("Graphviz agread (parse only)", readSeconds))
print(String(format: "  ratio agwrite / DOTWriter: %.2f (above 1: ours is faster)", agwriteSeconds / writeSeconds))
print("  cgraph reads both texts as the same graph: \(same)")
print(String(format: "  peak memory: %.0f MB", peakMemoryMB()))
