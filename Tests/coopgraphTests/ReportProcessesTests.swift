import Foundation
import TestFixtures
import Testing

/// `coopgraph report` shares the pack's jobs with helper processes (`--processes`): the files
/// are those one process writes, a helper sends each job it takes as a frame, and a failing
/// job gives the error one process gives.
@Suite struct ReportProcessesTests {
    /// The files of a folder, by name.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Every file but the PDFs byte for byte (cairo writes the time into a PDF, and the last
    /// digit of its text positions varies from run to run); the PDFs by name.
    static func expectSame(_ files: [String: Data], _ expected: [String: Data]) {
        #expect(files.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected {
            if name.hasSuffix(".pdf") {
                #expect(files[name]?.prefix(5) == Data("%PDF-".utf8), "\(name)")
            } else {
                #expect(files[name] == data, "\(name)")
            }
        }
    }

    @Test func sharedJobsGiveTheFilesOfOneProcess() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var written: [Int: [String: Data]] = [:]
        for processes in [1, 2, 5] {
            let output = folder.appendingPathComponent("\(processes)")
            let result = try CommandLineTests.run(["report", "-o", output.path, "--processes", String(processes)])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.errors.isEmpty)
            written[processes] = try Self.files(in: output)
        }
        let single = try #require(written[1])
        #expect(single.count == 30)
        Self.expectSame(try #require(written[2]), single)
        Self.expectSame(try #require(written[5]), single)
    }

    /// The frames of a helper's output, read here on their own: a job's number and file count
    /// (32-bit), each name's length (32-bit) and bytes, each file's length (64-bit) and bytes.
    static func frames(_ data: Data) -> [(job: Int, files: [(String, Data)])] {
        let bytes = [UInt8](data)
        var offset = 0
        func number(_ size: Int) -> Int {
            defer { offset += size }
            return bytes[offset..<(offset + size)].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        var frames: [(job: Int, files: [(String, Data)])] = []
        while offset < bytes.count {
            let job = number(4), count = number(4)
            var files: [(String, Data)] = []
            for _ in 0..<count {
                let nameLength = number(4)
                let name = String(decoding: bytes[offset..<(offset + nameLength)], as: UTF8.self)
                offset += nameLength
                let length = number(8)
                files.append((name, Data(bytes[offset..<(offset + length)])))
                offset += length
            }
            frames.append((job, files))
        }
        return frames
    }

    /// Runs a helper with `jobs` on its standard input.
    static func helper(_ jobs: [UInt8], folder: URL) throws -> (status: Int32, output: Data, errors: Data) {
        let process = Process()
        process.executableURL = CommandLineTests.binaries.appendingPathComponent("coopgraph")
        process.arguments = ["report", "-o", folder.appendingPathComponent("unused").path, "--job-worker"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(jobs))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readAll(), err = errors.fileHandleForReading.readAll()
        process.waitUntilExit()
        return (process.terminationStatus, out, err)
    }

    @Test func aHelperSendsEachJobItTakesAsAFrame() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(["report", "-o", folder.appendingPathComponent("pack").path, "--processes", "1"])
        #expect(result.status == 0)
        let pack = try Self.files(in: folder.appendingPathComponent("pack"))

        // The costliest first: the natural drawing of the full view, then the deck.
        let helper = try Self.helper([0, 1], folder: folder)
        #expect(helper.status == 0)
        #expect(helper.errors.isEmpty)
        let frames = Self.frames(helper.output)
        #expect(frames.map(\.job) == [0, 1])
        #expect(frames.first?.files.map(\.0) == ["full.svg", "full.dot"])
        #expect(frames.last?.files.map(\.0) == ["deck.pptx"])
        for (name, data) in frames.flatMap(\.files) { #expect(pack[name] == data, "\(name)") }
        // No helper, no folder: it writes nothing but its frames.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("unused").path))

        let unknown = try Self.helper([200], folder: folder)
        #expect(unknown.status == 1)
        #expect(unknown.output.isEmpty && unknown.errors.isEmpty)
    }

    @Test func aFailingJobGivesTheErrorOfOneProcess() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var errors: [String] = []
        for processes in ["1", "2"] {
            let output = folder.appendingPathComponent(processes)
            let result = try CommandLineTests.run(["report", "-o", output.path, "--processes", processes, "--time-limit", "0.001"])
            #expect(result.status == 1)
            #expect(!FileManager.default.fileExists(atPath: output.path))
            errors.append(result.errors)
        }
        #expect(errors[0].hasPrefix("coopgraph: Graphviz layout '"))
        #expect(errors[0].hasSuffix("allow more time, or try a faster layout such as sfdp\n"))
        #expect(errors[1] == errors[0])
    }
}
