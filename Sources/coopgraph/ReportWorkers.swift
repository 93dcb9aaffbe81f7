import CooperationGraph
import Foundation

/// The jobs of a report pack shared between this process and helper processes, each another
/// run of this program on the same arguments (`--job-worker`), which reloads the dataset (a
/// few milliseconds) and makes the jobs it takes.
///
/// Graphviz is not re-entrant, so a second core can only lay out in a second process. Forking
/// this one would copy a multithreaded Swift runtime; a fresh process has nothing to share.
/// The job numbers are written once into a pipe that every process reads one byte at a time, so
/// each job is taken once, by whichever process is free, costliest first. A helper sends each
/// job's files back on its standard output as frames; a job a helper did not send, for any
/// reason, is made here when the pack is put together, so any error is the one a single
/// process would have given.
enum ReportWorkers {
    /// What the jobs this process and `helpers` helper processes took gave: the files, or the
    /// error a job of this process threw (a helper's failed job is left out).
    static func files(of pack: ReportPack, helpers: Int) -> [ReportJob: Result<[(name: String, data: Data)], any Error>] {
        let jobs = pack.jobs
        guard helpers > 0, jobs.count <= 255, let executable = program() else { return [:] }
        let queue = Pipe()
        do {
            try queue.fileHandleForWriting.write(contentsOf: Data((0..<jobs.count).map { UInt8($0) }))
            try queue.fileHandleForWriting.close()
        } catch {
            return [:]
        }
        let started = (0..<helpers).compactMap { _ in start(executable, queue: queue.fileHandleForReading) }
        var done: [ReportJob: Result<[(name: String, data: Data)], any Error>] = [:]
        while let number = next(from: queue.fileHandleForReading) {
            guard number < jobs.count else { break }
            done[jobs[number]] = Result { try pack.files(of: jobs[number]) }
        }
        for helper in started {
            helper.process.waitUntilExit()
            helper.finished.wait()
            for (index, files) in frames(helper.output.value) where index < jobs.count && done[jobs[index]] == nil {
                done[jobs[index]] = .success(files)
            }
        }
        return done
    }

    /// Takes jobs from standard input until it is empty, and writes each job's files to
    /// standard output as one frame. A job that fails sends nothing (the main process makes it
    /// again, and says why it failed); the helper goes on with the next.
    static func serve(_ pack: ReportPack) -> Never {
        let jobs = pack.jobs
        while let number = next(from: FileHandle.standardInput) {
            guard number < jobs.count else { exit(1) }
            if let files = try? pack.files(of: jobs[number]) {
                FileHandle.standardOutput.write(frame(number, files))
            }
        }
        exit(0)
    }

    /// The next job's number from the queue, one byte read alone (so no process takes another's),
    /// or `nil` when the queue is empty.
    private static func next(from queue: FileHandle) -> Int? {
        guard let byte = try? queue.read(upToCount: 1), let number = byte.first else { return nil }
        return Int(number)
    }

    /// This program as it was started (its first argument: a path, or a name found on `PATH`),
    /// or else the executable of this process; `nil` when neither is found. The first argument
    /// comes first, as a wrapper the program runs under (valgrind) is this process's executable.
    private static func program() -> URL? {
        let name = CommandLine.arguments.first ?? ""
        let files = FileManager.default
        if name.contains("/") {
            let url = URL(fileURLWithPath: name)
            if files.isExecutableFile(atPath: url.path) { return url }
        } else if !name.isEmpty {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if files.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return Bundle.main.executableURL
    }

    /// A helper process, and its standard output as it is read.
    private struct Helper {
        let process: Process
        let output: Received
        let finished: DispatchSemaphore
    }

    /// Bytes one reader thread fills and the caller reads once it has finished.
    private final class Received: @unchecked Sendable {
        var value = Data()
    }

    /// Starts a helper on this program's arguments, reading jobs from `queue`; `nil` when it
    /// cannot be started.
    private static func start(_ executable: URL, queue: FileHandle) -> Helper? {
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(CommandLine.arguments.dropFirst()) + ["--job-worker"]
        process.standardInput = queue
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        // Read while the helper runs: a pipe holds 64 KB, and a helper blocked on writing would
        // hold its jobs back.
        let received = Received(), finished = DispatchSemaphore(value: 0)
        let reader = output.fileHandleForReading
        Thread.detachNewThread {
            received.value = reader.readDataToEndOfFile()
            finished.signal()
        }
        return Helper(process: process, output: received, finished: finished)
    }

    /// A job's frame: its number and file count (32-bit), then each name's length (32-bit) and
    /// bytes, and each file's length (64-bit) and bytes, little-endian.
    static func frame(_ number: Int, _ files: [(name: String, data: Data)]) -> Data {
        var data = Data()
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt32(number))
        append(UInt32(files.count))
        for file in files {
            let name = Data(file.name.utf8)
            append(UInt32(name.count))
            data.append(name)
            append(UInt64(file.data.count))
            data.append(file.data)
        }
        return data
    }

    /// The jobs' files in `data`, frame by frame, up to the first frame that is cut short.
    static func frames(_ data: Data) -> [(Int, [(name: String, data: Data)])] {
        let bytes = [UInt8](data)
        var offset = 0
        func integer(_ size: Int) -> Int? {
            guard offset + size <= bytes.count else { return nil }
            var value = 0
            for index in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + index]) }
            offset += size
            return value
        }
        func slice(_ count: Int) -> Data? {
            guard count >= 0, offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return Data(bytes[offset..<(offset + count)])
        }
        var result: [(Int, [(name: String, data: Data)])] = []
        frames: while let number = integer(4), let count = integer(4) {
            var files: [(name: String, data: Data)] = []
            for _ in 0..<count {
                guard let nameLength = integer(4), let name = slice(nameLength), let length = integer(8), let file = slice(length) else { break frames }
                files.append((String(decoding: name, as: UTF8.self), file))
            }
            result.append((number, files))
        }
        return result
    }
}
