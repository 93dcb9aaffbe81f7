import Foundation

/// The wall-clock times of `repeats` runs of `body` and its last result.
func timed<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (times: [Double], result: T) {
    func once() throws -> (Double, T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }
    var times: [Double] = []
    var (seconds, last) = try once()
    times.append(seconds)
    for _ in 1..<max(repeats, 1) {
        (seconds, last) = try once()
        times.append(seconds)
    }
    return (times, last)
}

/// How long a task is repeated at least: a run of a few milliseconds is close to the timer's
/// and the first call's costs, so such a task runs until this much time has passed (or
/// ``shortTaskRuns`` runs), on our side and the peers' alike, and its best run counts.
let shortTaskSeconds = 0.2
/// The most runs a short task gets.
let shortTaskRuns = 50

/// The wall-clock times of `body`, run at least `repeats` times and then again until
/// ``shortTaskSeconds`` have passed in all or it ran ``shortTaskRuns`` times, and its last result.
func timedShort<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (times: [Double], result: T) {
    var (times, last) = try timed(repeats, body)
    while times.count < shortTaskRuns, times.reduce(0, +) < shortTaskSeconds {
        let (more, result) = try timed(1, body)
        times += more
        last = result
    }
    return (times, last)
}

/// How many runs a peer's task needs for ``shortTaskSeconds`` in all when its best run took
/// `best` seconds, rounded up to a few steps so that the tasks of one peer share runs of its
/// script; `nil` when `repeats` runs are enough already.
func peerRuns(best: Double, repeats: Int) -> Int? {
    guard best * Double(repeats) < shortTaskSeconds else { return nil }
    let runs = [5, 10, 25].first { Double($0) * best >= shortTaskSeconds } ?? shortTaskRuns
    return runs > repeats ? runs : nil
}

/// The process's peak resident memory so far, in MB.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs a program and returns its standard output; throws with its standard error on failure.
func runProgram(_ path: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
        errorData = errors.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchFailure("\(path) \(arguments.joined(separator: " ")) failed:\n\(String(decoding: errorData, as: UTF8.self))")
    }
    return data
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
