import Foundation
import TestFixtures
import Testing

/// Runs the built `coopgraph` and the examples as a user would.
@Suite struct CommandLineTests {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    static let poznan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Graphs/poznan-2023.yaml").path

    static let binaries: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL, root.appendingPathComponent(".build/debug")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("coopgraph").path) } ?? candidates[2]
    }()

    static func run(_ arguments: [String], executable: String = "coopgraph") throws -> Result {
        let process = Process()
        process.executableURL = binaries.appendingPathComponent(executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readAll()
        let err = errors.fileHandleForReading.readAll()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func noArgumentsPrintsThePoznanSummary() throws {
        let result = try Self.run([])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("Partners: 14 partner cities and 1 partner region in 15 countries"))
        #expect(result.output.contains("Country coverage: 25 foreign countries"))
        #expect(result.output.contains("Try next:"))
    }

    @Test func statsJSONIsTheContract() throws {
        let result = try Self.run(["stats", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["partnerCitiesPerContinent"] as? [String: Int] == ["Europe": 9, "Asia": 4, "North America": 1])
        #expect(object?["focus"] as? String == "poznan")
    }

    @Test func statsInPolishNamesCountriesInPolish() throws {
        let result = try Self.run(["stats", "--lang", "pl"])
        #expect(result.output.contains("Niemcy"))
        #expect(result.output.contains("Europa"))
        // The seed's counts (14 cities, 1 county, 15 countries; 25 countries reached) in Polish
        // grammar, and none of the English table's headings.
        #expect(result.output.contains("Partnerzy: 14 miast partnerskich i 1 region partnerski w 15 krajach"))
        #expect(result.output.contains("Zasięg: 25 krajów zagranicznych"))
        for english in ["Partners:", "Continent", "Country coverage", "Diplomatic meetings", "Links of the focus", "Total"] {
            #expect(!result.output.contains(english), "\(english) in the Polish summary")
        }
    }

    @Test func validateReportsEveryErrorOnItsOwnLineAndFails() throws {
        let folder = try Self.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml").path
        try "entities:\n  - {id: a, kind: city, name: A, country: Atlantis}\nlinks:\n  - {from: a, to: b, kind: partnership}\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains("\(file):2:"))
        #expect(lines[1].contains("\(file):4:"))
    }

    @Test func renderWritesSVGFromADataset() throws {
        let folder = try Self.temporaryFolder()
        let output = folder.appendingPathComponent("partners.svg").path
        let result = try Self.run(["render", "--view", "partners", "-o", output])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Jyväskylä"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["partners.svg"])
    }

    @Test func badDOTGivesOneLineNamingFileAndLineAndNoOutput() throws {
        let folder = try Self.temporaryFolder()
        let input = folder.appendingPathComponent("bad.dot").path
        let output = folder.appendingPathComponent("bad.png").path
        try "digraph {\n  a -> b\n  b -> [\n}\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try Self.run(["render", input, "-o", output])
        #expect(result.status == 1)
        #expect(result.errors.split(separator: "\n").count == 1)
        #expect(result.errors.hasPrefix("coopgraph: \(input):3:"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.dot"])
    }

    @Test func layoutPastTheTimeLimitGivesOneLineAndKeepsThePreviousFile() throws {
        let folder = try Self.temporaryFolder()
        let input = folder.appendingPathComponent("slow.dot").path
        let output = folder.appendingPathComponent("slow.svg").path
        let count = 20_000
        try ("digraph {\n" + (0..<count).map { "n\($0) -> n\(($0 * 7_919 + 13) % count);\n" }.joined() + "}\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        try "previous".write(toFile: output, atomically: true, encoding: .utf8)
        let result = try Self.run(["render", input, "-o", output, "--time-limit", "1"])
        #expect(result.status == 1)
        #expect(result.errors == "coopgraph: \(input): Graphviz layout 'dot' took longer than the 1 s allowed and was stopped; allow more time, or try a faster layout such as sfdp\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["slow.dot", "slow.svg"])
        let refused = try Self.run(["render", input, "-o", output, "--time-limit", "0"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--time-limit must be a positive number of seconds"))
    }

    @Test func unknownLayoutListsTheAvailableOnes() throws {
        let folder = try Self.temporaryFolder()
        let input = folder.appendingPathComponent("ok.dot").path
        try "digraph { a -> b }".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try Self.run(["render", input, "-o", folder.appendingPathComponent("x.svg").path, "--layout", "spring"])
        #expect(result.status == 1)
        #expect(result.errors.contains("available layouts:"))
        #expect(result.errors.contains("neato"))
    }

    @Test func examplesRunAndPrintWhatTheyPromise() throws {
        let partners = try Self.run([], executable: "partners-per-continent")
        #expect(partners.status == 0)
        #expect(partners.output.contains("Europe: 9"))
        let coverage = try Self.run([], executable: "country-coverage")
        #expect(coverage.status == 0)
        #expect(coverage.output.contains("25 foreign countries"))
        let folder = try Self.temporaryFolder()
        let output = folder.appendingPathComponent("custom.svg").path
        let custom = try Self.run([output], executable: "custom-graph")
        #expect(custom.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("Kraków"))
    }

    @Test func convertWritesEveryFormatAndNothingOnBadInput() throws {
        let folder = try Self.temporaryFolder()
        for name in ["poznan.graphml", "poznan.gexf", "poznan.json", "poznan.dot", "poznan.mmd", "poznan.yaml"] {
            let result = try Self.run(["convert", Self.poznan, "-o", folder.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.errors)")
        }
        let bad = folder.appendingPathComponent("bad.yaml").path
        try "entities:\n  - {id: a, kind: city, name: A, country: Atlantis}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("never.graphml").path
        let result = try Self.run(["convert", bad, "-o", output])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(bad):2:"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let unknown = try Self.run(["convert", Self.poznan, "-o", folder.appendingPathComponent("x.docx").path])
        #expect(unknown.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.docx").path))
    }
}
