import CooperationCore
@testable import CooperationFormats
import TestFixtures
import Foundation
import Testing

/// The fast reader of dataset YAML gives Yams' own tree, marks included, or leaves the text to Yams.
@Suite struct YAMLSubsetParserTests {
    /// Yams' tree of `text`, or `nil` when Yams refuses it.
    private static func yams(_ text: String) -> YAMLNode? {
        (try? YAMLNode.composed(text)) ?? nil
    }

    @Test func theDatasetFilesReadAsYamsReadsThem() throws {
        let files = ["Graphs/poznan-2023.yaml", "Tests/Fixtures/page/hostile.yaml"]
        for file in files {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(file), encoding: .utf8)
            let fast = YAMLSubsetParser.parse(text)
            #expect(fast != nil, "\(file) is written in the part of YAML the fast reader reads")
            #expect(fast == Self.yams(text), "\(file)")
        }
    }

    /// Each a shape people write; the fast reader must read it (not leave it to Yams) and agree.
    @Test(arguments: [
        "title: Poznań — współpraca 2023\nfocus: poznan\nyear: 2023\n",
        "entities:\n  - {id: a, kind: city, name: Łódź, country: PL}\n  - {id: b, kind: city, name: \"Zürich\", names: {en: Zurich}}\n",
        "entities:\n- {id: a, kind: city, name: A}   # indentless, with a comment\n- {id: b, kind: city, name: B}\nlinks: []\n",
        "documents:\n  - id: report\n    title: \"Raport — współpraca\"\n    language: pl\n  - id: other\n    title: 'it''s here'\n",
        "entities:\n  - {id: a, coordinates: [52.41, -16.93], topics: [a b, c], note: 'x, y'}\n",
        "links:\n  - {from: a, to: b, source: report:16, note: \"tab\\there \\\"q\\\" \\u00e9 \\/ \\\\\"}\n",
        "# leading comment\n\ntop:\n  nested:\n    deeper: value with spaces   \n  other: [ ]\n",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"city\", \"name\": \"A\"}], \"links\": []}",
        "title: a#b c, [d] {e}\nfocus: 'x: y'\n",
        "a:\n  - x\n  - y\nb:\n- z\n",
        "entities:\n  - {id: ąę, name: Ćma – Żółw, kind: city}\n  - {id: x,    name:    y  , kind: city}\n",
        "key: -5\nother: :x\nthird: ?y\n",
        "- a\n- b\n",
        "plain scalar at the root\n",
        "no newline at the end: {a: b}",
    ])
    func commonShapesAreReadFastAndAgree(_ text: String) {
        let fast = YAMLSubsetParser.parse(text)
        #expect(fast != nil)
        #expect(fast == Self.yams(text))
    }

    /// What the fast reader leaves to Yams, so that Yams' message or reading stands.
    @Test(arguments: [
        "entities:\n  - {id: a, id: b}\n",                 // duplicate key
        "a: 1\nb: 2\na: 3\n",                              // duplicate top-level key
        "a: &x [1]\nb: *x\n",                              // anchor and alias
        "a: !!str 1\n",                                    // tag
        "a: |\n  text\n",                                  // block scalar
        "a: b\n  c\n",                                     // multi-line plain scalar
        "a: {x: 1,\n  y: 2}\n",                            // flow mapping over two lines
        "a:\tb\n",                                         // tab
        "a: b\r\nc: d\r\n",                                // carriage returns
        "---\na: b\n",                                     // document marker
        "%YAML 1.1\n---\na: b\n",                          // directive
        "a: \"\\x41\"\n",                                  // a rarer escape
        "a:\nb: c\n",                                      // empty value
        "",                                                // empty text
        "a: b: c\n",                                       // a syntax error
        "entities:\n  - {id: a, kind: city\n",             // unclosed flow mapping
        "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n", // deep nesting
    ])
    func otherShapesAreLeftToYams(_ text: String) {
        #expect(YAMLSubsetParser.parse(text) == nil)
    }

    /// Thousands of small edits to the Poznań file's lines with YAML's significant characters:
    /// whatever the fast reader reads, Yams reads the same; what Yams refuses, it leaves to Yams.
    @Test func mutatedDatasetsAgreeWithYams() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Graphs/poznan-2023.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let pieces = [":", ": ", " ", "-", "- ", "{", "}", "[", "]", ",", "#", " #", "'", "\"", "&", "*", "!", "|", ">", "?",
                      "\\", "\\u0041", "\n", "\n  ", "\n    ", "  ", "ż", "\t", "%", "@", "`", "''", "---", "..."]
        var state: UInt64 = 2023
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var read = 0
        for _ in 0..<3000 {
            let start = next(lines.count - 8)
            var window = lines[start..<start + 1 + next(8)].joined(separator: "\n") + "\n"
            for _ in 0..<(1 + next(3)) {
                var scalars = Array(window.unicodeScalars)
                let at = next(scalars.count + 1)
                if next(3) == 0, at < scalars.count {
                    scalars.remove(at: at)
                } else {
                    scalars.insert(contentsOf: pieces[next(pieces.count)].unicodeScalars, at: at)
                }
                window = String(String.UnicodeScalarView(scalars))
            }
            let fast = YAMLSubsetParser.parse(window)
            if fast != nil { read += 1 }
            #expect(fast == nil || fast == Self.yams(window), "\(window)")
        }
        // The edits leave many windows valid: the fast reader must have read a good part of them.
        #expect(read > 300)
    }
}
