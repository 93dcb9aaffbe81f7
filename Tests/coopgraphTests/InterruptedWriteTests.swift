import Foundation
import TestFixtures
import Testing

/// A write that fails or is killed halfway leaves the previous file as it was and nothing else.
/// The failure is injected with a file-size limit (RLIMIT_FSIZE): past it, a write fails with
/// "File too large" when the signal SIGXFSZ is ignored, and kills the process when it is not.
@Suite struct InterruptedWriteTests {
    /// Runs `coopgraph render --view partners -o <folder>/partners.svg` (about 40 KB) under a
    /// 8 KB file-size limit, over an existing file.
    static func renderUnderSizeLimit(ignoringSignal: Bool) throws -> (process: Process, errors: String, folder: URL) {
        let folder = try CommandLineTests.temporaryFolder()
        let output = folder.appendingPathComponent("partners.svg").path
        try "previous".write(toFile: output, atomically: true, encoding: .utf8)
        let binary = CommandLineTests.binaries.appendingPathComponent("coopgraph").path
        let process = Process()
        // Python sets the signal's disposition, unblocks it (the test runner's threads block it)
        // and sets the limit, then becomes coopgraph.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import os, resource, signal, sys
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN if sys.argv[1] == "ignore" else signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGXFSZ])
            resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
            os.execv(sys.argv[2], [sys.argv[2], "render", "--view", "partners", "-o", sys.argv[3]])
            """, ignoringSignal ? "ignore" : "default", binary, output]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readAll(), as: UTF8.self)
        process.waitUntilExit()
        return (process, text, folder)
    }

    @Test func aWriteThatFailsHalfwayKeepsThePreviousFileAndSaysSoOnOneLine() throws {
        let (process, errors, folder) = try Self.renderUnderSizeLimit(ignoringSignal: true)
        let output = folder.appendingPathComponent("partners.svg").path
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        #expect(errors == "coopgraph: cannot write \(output): File too large\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["partners.svg"])
    }

    @Test func aProcessKilledWhileWritingLeavesThePreviousFileAndNoTemporaryOne() throws {
        let (process, errors, folder) = try Self.renderUnderSizeLimit(ignoringSignal: false)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGXFSZ, "\(process.terminationReason) \(process.terminationStatus) \(errors)")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("partners.svg").path, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["partners.svg"])
    }
}
