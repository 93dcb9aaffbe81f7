import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import TestFixtures
import Testing

/// Every font the outputs name is installed, and comes from a package `make run` installs:
/// on a fresh machine nothing else is there, and another program (LibreOffice, a browser)
/// would lay the text out in a substitute with other widths.
@Suite struct FontsInstalledTests {
    static let generic: Set<String> = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]

    /// The font families the SVG views, the page and the deck of the Poznań pack name.
    static func namedFamilies() throws -> Set<String> {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("pack")
        try AtomicFile.write(ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML])).files(), into: folder.path)
        var families: Set<String> = []
        func add(_ list: String) {
            for name in list.split(separator: ",") {
                let family = name.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if !family.isEmpty, !generic.contains(family.lowercased()) { families.insert(family) }
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in files where name.hasSuffix(".svg") || name.hasSuffix(".html") {
            let text = try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
            for pattern in [#"font-family="([^"]+)""#, #"font-family:\s*([^;}]+)"#] {
                let expression = try NSRegularExpression(pattern: pattern)
                for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { add(String(text[range])) }
                }
            }
        }
        let deckTypefaces = try Fixtures.python("""
        import re, sys, zipfile
        names = set()
        with zipfile.ZipFile(sys.argv[1]) as deck:
            for part in deck.namelist():
                if part.endswith(".xml"):
                    names.update(re.findall(r'typeface="([^"]+)"', deck.read(part).decode("utf-8")))
        print("\\n".join(sorted(names)))
        """, arguments: [folder.appendingPathComponent("deck.pptx").path])
        for line in String(decoding: deckTypefaces, as: UTF8.self).split(separator: "\n") { add(String(line)) }
        return families
    }

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readAll()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The packages `make run` installs, from the Makefile.
    static func runPackages() throws -> Set<String> {
        let makefile = try String(contentsOf: Fixtures.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = makefile.split(separator: "\n").first { $0.hasPrefix("RUN_PACKAGES =") } ?? ""
        return Set(line.dropFirst("RUN_PACKAGES =".count).split(separator: " ").map(String.init))
    }

    @Test func everyNamedFontIsInstalledByMakeRun() throws {
        let families = try Self.namedFamilies()
        #expect(families.contains("DejaVu Sans"))
        let packages = try Self.runPackages()
        #expect(!packages.isEmpty)
        for family in families.sorted() {
            // fc-match always answers; a family other than the one asked for is a substitute.
            let match = try Self.run(["fc-match", "-f", "%{family}\n%{file}", family]).split(separator: "\n").map(String.init)
            #expect(match.first?.split(separator: ",").map(String.init).contains(family) == true, "\(family) is not installed; fc-match gives \(match)")
            guard let file = match.last, match.count == 2 else { continue }
            let owner = try Self.run(["dpkg", "-S", file]).split(separator: ":").first.map(String.init) ?? ""
            #expect(packages.contains(owner), "\(family) (\(file)) comes from '\(owner)', which make run does not install")
        }
    }
}
