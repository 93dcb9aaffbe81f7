import Foundation
import TestFixtures
import Testing

/// Every module imports only what the architecture lets it (`../shared/DESIGN.md`): the arrows
/// run from the command line through the umbrella to presentation and formats, both to the
/// core; `Graphviz` knows DOT, never cities; `DOT` knows nothing else; only
/// `Sources/Graphviz/Internals/` imports C. A wrong arrow fails here before review.
@Suite struct ImportRulesTests {
    /// The system modules any Swift file may import.
    static let system: Set<String> = ["Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Testing"]

    /// What each module of `Sources/` may import besides ``system``.
    static let allowed: [String: Set<String>] = [
        "DOT": [],
        "Graphviz": ["DOT", "CGraphviz"],
        "CooperationCore": [],
        "CooperationFormats": ["CooperationCore", "DOT", "Graphviz", "Yams", "FoundationXML"],
        "CooperationPresentation": ["CooperationCore", "DOT", "Graphviz", "ZIPFoundation"],
        "CooperationGraph": ["CooperationCore", "CooperationFormats", "CooperationPresentation", "DOT", "Graphviz"],
        "coopgraph": ["CooperationGraph", "ArgumentParser"],
    ]

    /// The modules each Swift file of `folder` imports, by path relative to the root.
    static func imports(under folder: String) throws -> [(file: String, line: Int, module: String)] {
        let root = Fixtures.root.appendingPathComponent(folder)
        var found: [(String, Int, String)] = []
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = line.split(separator: " ").map(String.init)
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      words[..<index].allSatisfy({ $0.hasPrefix("@") || ["public", "package", "internal"].contains($0) })
                else { continue }
                found.append((folder + "/" + file, number + 1, words[index + 1]))
            }
        }
        return found
    }

    @Test func everyModuleOfSourcesIsInTheTable() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Sources").path)
            .filter { $0 != "CGraphviz" && !$0.hasPrefix(".") }
        #expect(Set(modules) == Set(Self.allowed.keys), "a new module needs its row in ImportRulesTests.allowed")
    }

    @Test(arguments: allowed.keys.sorted())
    func moduleImportsOnlyWhatItMay(_ module: String) throws {
        let permitted = Self.system.union(Self.allowed[module] ?? [])
        let found = try Self.imports(under: "Sources/" + module)
        #expect(!found.isEmpty || module == "DOT")
        for (file, line, imported) in found {
            #expect(permitted.contains(imported), "\(file):\(line): \(module) may not import \(imported)")
        }
    }

    @Test func onlyGraphvizInternalsImportC() throws {
        for (file, line, imported) in try Self.imports(under: "Sources/Graphviz") where imported == "CGraphviz" {
            #expect(file.hasPrefix("Sources/Graphviz/Internals/"), "\(file):\(line) imports CGraphviz outside Internals/")
        }
    }

    @Test func theUmbrellaOnlyReexports() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Sources/CooperationGraph/CooperationGraph.swift"), encoding: .utf8)
        let code = text.split(separator: "\n").filter { !$0.hasPrefix("//") && !$0.isEmpty }
        #expect(!code.isEmpty)
        #expect(code.allSatisfy { $0.hasPrefix("@_exported import ") }, "the umbrella holds only @_exported imports")
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Sources/CooperationGraph").path)
        #expect(files.filter { $0.hasSuffix(".swift") } == ["CooperationGraph.swift"])
    }

    /// A check that could not fail would prove nothing: a made-up file with a wrong arrow is
    /// caught by the same reader.
    @Test func aWrongArrowIsFound() throws {
        let folder = Fixtures.root.appendingPathComponent(".build/import-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "import Foundation\n@testable import CooperationPresentation\n".write(to: folder.appendingPathComponent("Bad.swift"), atomically: true, encoding: .utf8)
        let found = try Self.imports(under: ".build/" + folder.lastPathComponent)
        #expect(found.map(\.module) == ["Foundation", "CooperationPresentation"])
        #expect(!Self.system.union(Self.allowed["CooperationCore"] ?? []).contains("CooperationPresentation"))
    }
}
