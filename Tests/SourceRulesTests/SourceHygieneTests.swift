import TestFixtures
import Foundation
import Testing

/// Errors are values: no `try!`, `fatalError`, `as!` or force unwrap on a path input can reach.
/// A remaining one must carry a `// unreachable:` comment, on its line or the line above, that
/// says why input cannot reach it.
@Suite struct SourceHygieneTests {
    /// Removes string literals and comments from a line, so their contents do not count.
    static func code(_ line: String) -> String {
        var result = ""
        var inString = false
        var previous: Character = " "
        for character in line {
            if !inString, character == "/", previous == "/" { result.removeLast(); break }
            if character == "\"", previous != "\\" { inString.toggle(); previous = character; continue }
            if !inString { result.append(character) }
            previous = character
        }
        return result
    }

    static let patterns = [#"try!"#, #"fatalError\("#, #"as! "#, #"[A-Za-z0-9_)\]]!(?!=)"#]

    @Test func noTrapsThatInputCanReach() throws {
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let stripped = Self.code(line)
                guard Self.patterns.contains(where: { stripped.range(of: $0, options: .regularExpression) != nil }) else { continue }
                let justified = line.contains("// unreachable:") || (index > 0 && lines[index - 1].contains("// unreachable:"))
                if !justified { offenders.append("\(file.lastPathComponent):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }

    @Test func theCheckFindsWhatItLooksFor() {
        #expect(Self.patterns.contains { Self.code("let x = try! f()").range(of: $0, options: .regularExpression) != nil })
        #expect(Self.patterns.contains { Self.code("let y = value!.count").range(of: $0, options: .regularExpression) != nil })
        #expect(!Self.patterns.contains { Self.code("if a != b { print(\"wow!\") } // really!").range(of: $0, options: .regularExpression) != nil })
    }
}
