import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

@Suite struct ValidationTests {
    /// One file with one mistake of every kind; every one is reported, each on its line.
    @Test func everyErrorOfAFileIsReportedWithItsLine() throws {
        let yaml = """
        title: Broken
        focus: nowhere
        entities:
          - {id: a, kind: city, name: A, country: Atlantis}
          - {id: b, kind: city, name: B, country: DE}
          - {id: b, kind: city, name: B again, country: DE}
          - {id: n, kind: network, name: N}
          - {id: c, kind: village, name: C}
          - {id: d, kind: city}
        links:
          - {from: a, to: bb, kind: partnership}
          - {from: n, to: a, kind: membership}
          - {from: a, to: b, kind: partnership, year: 20x3}
          - {from: a, to: b, kind: friendship}
          - {from: a, to: b, kind: partnership, yaer: 2020}
        """
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("broken.yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let (_, diagnostics) = DatasetLoader.check([file])
        let errors = diagnostics.filter { $0.severity == .error }
        func line(_ fragment: String) -> Int? { errors.first { $0.message.contains(fragment) }?.line }
        #expect(line("unknown country 'Atlantis'") == 4)
        #expect(line("duplicate id 'b'") == 6)
        #expect(line("unknown entity kind 'village'") == 8)
        #expect(line("has no 'name'") == 9)
        #expect(line("unknown id 'bb'") == 11)
        #expect(errors.first { $0.message.contains("unknown id 'bb'") }?.hint == "did you mean 'b'?")
        #expect(line("a membership link cannot go from a network") == 12)
        #expect(line("year '20x3' is not a year") == 13)
        #expect(line("unknown link kind 'friendship'") == 14)
        #expect(line("unknown field 'yaer'") == 15)
        #expect(errors.first { $0.message.contains("yaer") }?.hint == "did you mean 'year'?")
        #expect(line("unknown id 'nowhere'") == 2)
        #expect(errors.count == 10)
        #expect(errors.allSatisfy { $0.file == file && $0.column != nil })
        #expect(throws: DatasetError.self) { try DatasetLoader.load([file]) }
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml").path
        try "entities:\n  - {id: a, kind: city\n  - name: x\n".write(toFile: file, atomically: true, encoding: .utf8)
        let errors = DatasetLoader.check([file]).diagnostics
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("not valid YAML") == true)
        #expect(errors.first?.line == 3)
    }

    @Test func jsonUsesTheSameSchemaWithLines() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("data.json").path
        let json = """
        {
          "focus": "x",
          "entities": [
            {"id": "x", "kind": "city", "name": "X", "country": "PL"},
            {"id": "y", "kind": "city", "name": "Y", "country": "Niemcy"}
          ],
          "links": [
            {"from": "x", "to": "y", "kind": "partnership", "year": 1999},
            {"from": "x", "to": "z", "kind": "partnership"}
          ]
        }
        """
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        let (dataset, diagnostics) = DatasetLoader.check([file])
        #expect(dataset["y"]?.country == "DE")
        #expect(diagnostics.map(\.line) == [9])
        #expect(diagnostics.first?.message == "unknown id 'z' as the link's end")
    }

    @Test func csvErrorsNameFileAndLine() throws {
        let folder = try Fixtures.temporaryFolder()
        try "id,kind,name,country,continent\na,city,A,PL,EU\nb,town,B,PL,\nc,city,C,QQ,\nd,city,D,DE,XX\n"
            .write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "source,target,kind,year\na,c,partner,1990\na,zz,partner,1990\na,c,partner,nineteen\n\"a,c,partner,1990\n"
            .write(to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        let diagnostics = DatasetLoader.check([folder.path]).diagnostics
        let described = diagnostics.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line ?? 0): \($0.message)" }
        #expect(described.contains("nodes.csv:3: unknown entity kind 'town'"))
        #expect(described.contains("nodes.csv:4: unknown country 'QQ'"))
        #expect(described.contains("nodes.csv:5: unknown continent 'XX'"))
        #expect(described.contains("links.csv:5: not valid CSV: a quoted field is never closed"))
    }

    @Test func unknownExtensionAndMissingFileAreErrors() {
        let diagnostics = DatasetLoader.check(["/nonexistent/file.yaml", Fixtures.root.appendingPathComponent("Package.swift").path]).diagnostics
        #expect(diagnostics.count == 2)
        #expect(diagnostics.contains { $0.message == "no such file or folder" })
        #expect(diagnostics.contains { $0.message.contains("unknown dataset format '.swift'") })
    }

    @Test func yamlAliasesAreRefused() throws {
        let text = "entities:\n  - &a {id: a, kind: city, name: A}\n  - *a\n"
        #expect(throws: DatasetError.self) { try DatasetLoader.load(text: text, file: "alias.yaml") }
    }

    @Test func aliasBombIsRefusedWithoutExpandingIt() throws {
        // A billion laughs: nine levels of nine aliases each would be 387 million strings.
        var lines = ["a0: &a0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]"]
        for level in 1..<10 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        lines.append("entities: *a9")
        let diagnostics = DatasetLoader.check(try Self.write(lines.joined(separator: "\n"), as: "bomb.yaml")).diagnostics
        // The composer shares the anchored node rather than copying it, and the reader looks one
        // level into `entities`: ten unknown fields (a0…a9) and nine non-entities, no expansion.
        #expect(diagnostics.count == 19)
        #expect(diagnostics.filter { $0.message.hasPrefix("unknown field 'a") }.count == 10)
        #expect(diagnostics.filter { $0.message == "expected an entity as a mapping of fields" && $0.line == 9 }.count == 9)
    }

    @Test(arguments: ["deep.yaml", "deep.json"])
    func nestingBeyondTheParsersLimitIsAnError(name: String) throws {
        let depth = 100_000
        let text = "{\"entities\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let diagnostics = DatasetLoader.check(try Self.write(text, as: name)).diagnostics
        let language = name.hasSuffix("json") ? "JSON" : "YAML"
        #expect(diagnostics.map(\.message) == ["not valid \(language): Maximum nesting level reached while parsing"])
    }

    private static func write(_ text: String, as name: String) throws -> [String] {
        let file = try Fixtures.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return [file.path]
    }

    @Test func severalFilesAreMergedAndCheckedTogether() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = folder.appendingPathComponent("one.yaml").path
        let second = folder.appendingPathComponent("two.yaml").path
        try "focus: a\nentities:\n  - {id: a, kind: city, name: A, country: PL}\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "entities:\n  - {id: b, kind: city, name: B, country: FR}\nlinks:\n  - {from: a, to: b, kind: partnership}\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        let dataset = try DatasetLoader.load([first, second])
        #expect(dataset.partners(of: "a").map(\.id) == ["b"])
        #expect(try CooperationStatistics(dataset: dataset).countryCoverage.countries == ["FR"])
    }
}
