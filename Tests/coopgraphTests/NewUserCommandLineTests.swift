import DOT
import Foundation
import TestFixtures
import Graphviz
import Testing

/// What a new user hits first on the command line: any DOT, crashes, script links, --help.
@Suite struct NewUserCommandLineTests {
    static let latin1 = URL(fileURLWithPath: "/usr/share/doc/graphviz/examples/graphs/directed/Latin1.gv")

    @Test func formatReadsDOTThatIsNoDatasetAndKeepsEveryAttribute() throws {
        let folder = try CommandLineTests.temporaryFolder()
        let input = folder.appendingPathComponent("any.gv")
        let text = #"digraph G { rankdir=LR; subgraph cluster_a { label="A"; a [shape=box color=red] } a -> b [label="x" weight=2]; b -> a }"#
        try text.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.dot")
        #expect(try CommandLineTests.run(["convert", input.path, "-o", output.path]).status == 1)
        let result = try CommandLineTests.run(["format", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(try Graphviz.canonicalForm(of: written) == Graphviz.canonicalForm(of: text))
    }

    @Test func formatWritesLatin1AsUTF8() throws {
        let output = try CommandLineTests.temporaryFolder().appendingPathComponent("latin1.dot")
        let result = try CommandLineTests.run(["format", Self.latin1.path, "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("áâãäåæç"))
        #expect(written.contains(#"charset="UTF-8""#))
    }

    @Test func renderReadsLatin1InItsCharset() throws {
        let output = try CommandLineTests.temporaryFolder().appendingPathComponent("latin1.svg")
        let result = try CommandLineTests.run(["render", Self.latin1.path, "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("áâãäåæç"))
    }

    /// Runs coopgraph with a 128 KB stack, on which twopi overflows on a chain of 6,000 nodes.
    static func runOnSmallStack(_ arguments: [String]) throws -> CommandLineTests.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let binary = CommandLineTests.binaries.appendingPathComponent("coopgraph").path
        process.arguments = ["-c", "ulimit -s 128; exec \"$0\" \"$@\"", binary] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readAll()
        let err = errors.fileHandleForReading.readAll()
        process.waitUntilExit()
        return CommandLineTests.Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                                       errors: String(decoding: err, as: UTF8.self))
    }

    @Test(arguments: [[], ["--time-limit", "60"]])
    func aCrashOfGraphvizIsOneLineAndExitOne(_ limits: [String]) throws {
        let folder = try CommandLineTests.temporaryFolder()
        let input = folder.appendingPathComponent("chain.gv")
        try ("digraph {" + (0..<6_000).map { "n\($0) -> n\($0 + 1)" }.joined(separator: "; ") + "}").write(to: input, atomically: true, encoding: .utf8)
        let result = try Self.runOnSmallStack(["render", input.path, "--layout", "twopi", "-o", folder.appendingPathComponent("x.svg").path] + limits)
        #expect(result.status == 1)
        #expect(result.errors == "coopgraph: \(input.path): Graphviz crashed on this input (signal 11)\n")
    }

    @Test func scriptLinksAreRefusedUnlessAllowed() throws {
        let folder = try CommandLineTests.temporaryFolder()
        let input = folder.appendingPathComponent("js.gv")
        try #"digraph { a [URL="javascript:alert(1)"] }"#.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("js.svg").path
        let refused = try CommandLineTests.run(["render", input.path, "-o", output])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("'URL' attribute holds 'javascript:alert(1)'"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try CommandLineTests.run(["render", input.path, "-o", output, "--allow-script-links"]).status == 0)
    }

    @Test func helpIsWrappedOnlyByTheParser() throws {
        let convert = try CommandLineTests.run(["convert", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(try CommandLineTests.run(["convert", "--help"]).output.contains("(Mermaid, write only)"))
        #expect(convert.contains("Use --to node-link for NetworkX's node-link JSON."))
        let render = try CommandLineTests.run(["render", "--help"]).output
        #expect(!render.contains("DOT with\n"))
        #expect(render.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("laid-out DOT with positions when the input is a DOT file"))
    }

    @Test func encodingAndDelimiterAreOptions() throws {
        let folder = try CommandLineTests.temporaryFolder()
        try Data(Array("id;kind;name;country;continent\npoz;city;Pozna".utf8) + [0xF1] + Array(";PL;\n".utf8))
            .write(to: folder.appendingPathComponent("nodes.csv"))
        try Data("source;target;kind;year\n".utf8).write(to: folder.appendingPathComponent("links.csv"))
        let refused = try CommandLineTests.run(["validate", folder.path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("nodes.csv:2: error: not valid UTF-8 text (byte 0xF1)"))
        let read = try CommandLineTests.run(["validate", folder.path, "--encoding", "windows-1250", "--delimiter", ";"])
        #expect(read.status == 0, "\(read.errors)")
    }
}
