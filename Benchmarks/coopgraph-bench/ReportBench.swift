import CooperationGraph
import Foundation

/// The whole presentation pack of the Poznań dataset, as `coopgraph report` makes it: load
/// the dataset, every view as SVG, PNG and PDF, the legend, index.html, report.md and
/// deck.pptx, written into a folder. Each run is a process of its own (nothing Graphviz or the
/// library keeps from one run helps the next), timed from its start to its end: the release
/// `coopgraph report` with its helper processes (one per core), the same on one process
/// (`--processes 1`), and `ReportPack.files()` in a process of the benchmark. No peer makes
/// this pack: the time is printed against the goal of 1 s.
enum ReportBench {
    static let dataset = "Graphs/poznan-2023.yaml"
    static let goal = 1.0

    /// What one run did.
    struct Measured: Codable {
        var files: Int
        var seconds: Double
    }

    /// The child's work: the pack once, written into the data folder.
    static func work(options: BenchOptions) throws -> Measured {
        let start = DispatchTime.now().uptimeNanoseconds
        let pack = try ReportPack(dataset: DatasetLoader.load([dataset]))
        let written = try AtomicFile.write(pack.files(), into: options.dataDirectory.appendingPathComponent("report").path)
        return Measured(files: written.count, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func run(options: BenchOptions) throws {
        let folder = options.dataDirectory.appendingPathComponent("report").path
        var library: [(wall: Double, measured: Measured)] = []
        for _ in 0..<options.repeats {
            let (times, output) = try timed(1) {
                try runProgram(CommandLine.arguments[0], ["--report-worker", "--data", options.dataDirectory.path])
            }
            library.append((times[0], try JSONDecoder().decode(Measured.self, from: output)))
        }
        guard let inProcess = library.min(by: { $0.wall < $1.wall }) else { return }
        guard let program = MemoryBench.program(options: options) else {
            print("report: no release coopgraph (build it with swift build -c release --product coopgraph, or pass --coopgraph PATH); "
                  + String(format: "ReportPack.files() %.3f s", inProcess.wall))
            return
        }
        func best(_ extra: [String]) throws -> Double {
            try (0..<options.repeats).map { _ in try timed(1) { try runProgram(program, ["report", dataset, "-o", folder] + extra) }.times[0] }.min() ?? 0
        }
        let shared = try best([]), single = try best(["--processes", "1"])
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("report, \(dataset) " + String(format: "(%d files), coopgraph report: %.3f s best of %d on %d processes, goal ≤ %.0f s: %.2f× the goal; "
                                               + "%.3f s on one process (%.2f×); ReportPack.files() in one process %.3f s",
                                               inProcess.measured.files, shared, options.repeats, cores, goal, shared / goal, single, single / shared, inProcess.wall))
    }
}
