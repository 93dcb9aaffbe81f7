import DOT
import Foundation
import TestFixtures
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graphviz
import Testing

/// DOT in Latin-1 (`charset=latin1`) is read in its charset and written as UTF-8 declaring so.
@Suite struct CharsetTests {
    /// Every example graph of graphviz-doc that declares a charset other than UTF-8.
    static let declaringLatin1: [URL] = RoundTripTests.exampleGraphs.filter { file in
        guard let bytes = try? ExampleFile.bytes(of: file) else { return false }
        let text = String(decoding: bytes, as: Unicode.ASCII.self).lowercased()
        return ["charset=latin1", "charset=\"latin1\"", "charset=iso-8859-1", "charset=\"iso-8859-1\"", "charset=l1"]
            .contains { text.replacingOccurrences(of: " ", with: "").contains($0) }
    }

    @Test func graphvizDocHasSuchGraphs() {
        #expect(!Self.declaringLatin1.isEmpty, "Latin1.gv of graphviz-doc")
    }

    /// The text elements of an SVG, in order.
    static func texts(_ svg: Data) throws -> [String] {
        let document = try XMLDocument(data: svg)
        return try document.nodes(forXPath: "//*[local-name()='text']").compactMap { (node: XMLNode) in node.stringValue }
    }

    @Test(arguments: CharsetTests.declaringLatin1)
    func latin1GraphsRenderAsGraphvizsOwnProgramDoes(_ file: URL) throws {
        let bytes = try ExampleFile.bytes(of: file)
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the file is really Latin-1")
        let text = try DOTFileText.decode(bytes)
        let ours = try Self.texts(try Graphviz.render(dotText: text, format: .svg).data)
        // Graphviz's own `dot` reads the file's bytes and honours its charset.
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).gv")
        try Data(bytes).write(to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", source.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let theirs = try Self.texts(output.fileHandleForReading.readAll())
        process.waitUntilExit()
        #expect(!ours.isEmpty)
        #expect(ours == theirs)
        #expect(ours.joined().contains("á"))
    }

    @Test(arguments: CharsetTests.declaringLatin1)
    func latin1GraphsAreWrittenAsUTF8DeclaringUTF8(_ file: URL) throws {
        let text = try DOTFileText.decode(try ExampleFile.bytes(of: file))
        let parsed = try Graphviz.parse(text)
        #expect(parsed.attributes["charset"]?.rawValue.uppercased() == "UTF-8")
        let written = parsed.dotText
        #expect(!written.lowercased().contains("latin1"))
        #expect(try Graphviz.canonicalForm(of: written) == Graphviz.canonicalForm(of: text))
        #expect(try Graphviz.canonicalForm(of: written).attributes["charset"]?.text.uppercased() == "UTF-8")
        let labels = try Graphviz.canonicalForm(of: written).nodes.values.compactMap { $0["label"]?.text }
        #expect(labels.contains { $0.contains("ü") })
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirLine() {
        let bytes = Array("digraph {\n a [label=\"caf".utf8) + [0xE9] + Array("\"] }\n".utf8)
        #expect {
            try DOTFileText.decode(bytes)
        } throws: { error in
            guard let error = error as? DOTFileText.DecodingError else { return false }
            return error.line == 2 && error.byte == 0xE9
        }
    }
}
