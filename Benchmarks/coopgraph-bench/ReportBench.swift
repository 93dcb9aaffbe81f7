import CooperationGraph
import Foundation

/// The whole presentation pack of the Poznań dataset, as `coopgraph report` makes it: load
/// the dataset, every view as SVG, PNG and PDF, the legend, index.html, report.md and
/// deck.pptx, written into a folder. Each run is a process of its own (nothing Graphviz or the
/// library keeps from one run helps the next), timed from its start to its end. No peer makes
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
        var runs: [(wall: Double, measured: Measured)] = []
        for _ in 0..<options.repeats {
            let (times, output) = try timed(1) {
                try runProgram(CommandLine.arguments[0], ["--report-worker", "--data", options.dataDirectory.path])
            }
            runs.append((times[0], try JSONDecoder().decode(Measured.self, from: output)))
        }
        guard let best = runs.min(by: { $0.wall < $1.wall }) else { return }
        print("report, \(dataset) " + String(format: "(%d files): %.3f s best of %d (%.3f s inside the process), goal ≤ %.0f s: %.2f× the goal",
                                               best.measured.files, best.wall, runs.count, best.measured.seconds, goal, best.wall / goal))
    }
}
