import Foundation

/// The peak memory of every analysis command on a bench world (`--memory PRESET`, and after the
/// large preset in a whole run): each command is the release `coopgraph` program, run by
/// `/usr/bin/time` with its output thrown away, so the number is the whole process's peak RSS,
/// load included, as a user sees it. The goal is at most 120 MB on the large world.
enum MemoryBench {
    static let goalMB = 120.0

    /// The commands measured, as arguments after the world folder; `FOCUS` stands for the
    /// world's first city. Closeness is left out: exact closeness of 35,000 entities takes
    /// minutes, and its memory is that of the betweenness row (one search state per thread).
    static let commands: [[String]] = [
        ["validate"], ["stats", "--focus", "FOCUS"], ["components"], ["centrality", "--measure", "degree"],
        ["centrality", "--measure", "betweenness", "--samples", "200"], ["ego", "--center", "FOCUS", "--radius", "2"],
        ["shared-networks", "--top", "10"], ["symmetry"], ["cousins", "--focus", "FOCUS"], ["coverage", "--focus", "FOCUS"],
        ["describe", "--samples", "100"], ["communities", "--seed", "1"], ["cores"], ["backbone", "--alpha", "0.05"],
        ["aggregate", "--by", "country", "-o", "OUTPUT"],
    ]

    /// The release program beside the benchmark's own build, or the one `--coopgraph` names.
    static func program(options: BenchOptions) -> String? {
        let candidates = [options.coopgraph, "Benchmarks/.build/release/coopgraph", ".build/release/coopgraph"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(preset: String, options: BenchOptions) throws {
        let folder = options.worldFolder(preset)
        guard let program = program(options: options) else {
            print("Peak memory of the analysis commands: no release coopgraph (build it with swift build -c release --product coopgraph, or pass --coopgraph PATH)")
            return
        }
        let nodes = try String(contentsOf: folder.appendingPathComponent("nodes.csv"), encoding: .utf8)
        let focus = nodes.split(whereSeparator: \.isNewline).dropFirst().first { $0.split(separator: ",").dropFirst().first == "city" }
            .map { String($0.prefix { $0 != "," }) } ?? ""
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-memory-bench.yaml").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        print("Peak memory of the analysis commands on \(preset) (whole process, load included; goal ≤ \(Int(goalMB)) MB), \(program)")
        print("  " + "command".padding(toLength: 44, withPad: " ", startingAt: 0) + "peak RSS".leftPadded(10) + "time".leftPadded(10) + "  goal")
        for command in commands {
            let arguments = [command[0], folder.path] + command.dropFirst().map { $0 == "FOCUS" ? focus : $0 == "OUTPUT" ? output : $0 }
            let measured = try measure(program: program, arguments: arguments)
            let shown = command.map { $0 == "OUTPUT" ? "FILE" : $0 }.joined(separator: " ")
            print("  " + shown.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%.0f MB", measured.megabytes).leftPadded(10)
                  + String(format: "%.2f s", measured.seconds).leftPadded(10) + "  " + (measured.megabytes <= goalMB ? "met" : "NOT met"))
        }
    }

    /// Runs the program under `/usr/bin/time`, its standard output to /dev/null.
    private static func measure(program: String, arguments: [String]) throws -> (megabytes: Double, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "coopgraph-peak %M %e", program] + arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let line = text.split(separator: "\n").last(where: { $0.hasPrefix("coopgraph-peak ") }) else {
            throw BenchFailure("coopgraph \(arguments.joined(separator: " ")) failed:\n\(text)")
        }
        let fields = line.split(separator: " ")
        return ((Double(fields[1]) ?? 0) / 1024, Double(fields[2]) ?? 0)
    }
}
