import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// Every YAML error is one line, `file:line:column: error: … (hint)`, at the place to change.
@Suite struct YAMLErrorTests {
    private static func diagnostics(_ text: String) throws -> (file: String, diagnostics: [Diagnostic]) {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("city.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, DatasetLoader.check([file]).diagnostics)
    }

    @Test func aDuplicateKeyIsReportedWhereItIsGivenAgain() throws {
        let (file, found) = try Self.diagnostics("entities:\n  - {id: a, kind: city, name: A}\n  - {id: b, kind: city, name: B, name: C}\n")
        #expect(found.count == 1)
        // Line 3: `  - {id: b, kind: city, name: B, name: C}`; the second `name` starts in column 34.
        #expect(found.first?.description == "\(file):3:34: error: duplicate key 'name' (it is first given on line 3, column 25; give each key once)")
    }

    @Test func aDuplicateTopLevelKeyNamesTheSecondLine() throws {
        let (_, found) = try Self.diagnostics("focus: a\nentities:\n  - {id: a, kind: city, name: A}\nfocus: b\n")
        #expect(found.map(\.line) == [4])
        #expect(found.map(\.column) == [1])
    }

    @Test(arguments: [
        "entities:\n  - {id: a, kind: city\n  - name: x\n",
        "entities:\n\t- {id: a}\n",
        "entities: [\n",
        "entities:\n  - id: a\n    id: b\n",
        "focus: \"unterminated\n",
        "entities:\n  - {id: a, kind: city, name: A}\n links: []\n",
    ])
    func everyErrorIsOneLineWithItsPlaceAndAHint(_ text: String) throws {
        let (file, found) = try Self.diagnostics(text)
        #expect(!found.isEmpty)
        for diagnostic in found {
            let line = diagnostic.description
            #expect(!line.contains("\n"), "\(line)")
            #expect(line.hasPrefix("\(file):\(diagnostic.line ?? 0):\(diagnostic.column ?? 0): error: "), "\(line)")
            #expect(line.hasSuffix(")"), "\(line)")
            #expect(diagnostic.hint != nil)
        }
    }
}
