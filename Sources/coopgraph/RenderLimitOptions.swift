import ArgumentParser
import CooperationGraph

/// `--time-limit` and `--memory-limit`, for every command that lays out diagrams.
struct RenderLimitOptions: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: "Stop a layout that takes longer than this many seconds (none by default).")
    var timeLimit: Double?

    @Option(name: .customLong("memory-limit"), help: "Stop a layout that needs more than this many megabytes (none by default).")
    var memoryLimit: Int?

    /// The limits given, checked.
    func limits() throws -> RenderLimits {
        if let timeLimit, !(timeLimit > 0) || !timeLimit.isFinite {
            Terminal.printError("--time-limit must be a positive number of seconds")
            throw ExitCode(1)
        }
        if let memoryLimit, memoryLimit <= 0 {
            Terminal.printError("--memory-limit must be a positive number of megabytes")
            throw ExitCode(1)
        }
        return RenderLimits(time: timeLimit.map { .milliseconds(Int64(($0 * 1000).rounded(.up))) },
                            memory: memoryLimit.map { $0.multipliedReportingOverflow(by: 1_048_576).partialValue })
    }
}
