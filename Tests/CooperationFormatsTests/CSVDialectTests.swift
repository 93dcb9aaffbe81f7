import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// What spreadsheets write: line breaks inside names, Windows-1250, a byte-order mark, `;` and
/// tab separators. Python's `csv` module is the independent reader.
@Suite struct CSVDialectTests {
    @Test func carriageReturnAndLineFeedQuoteTheField() {
        // "\r\n" is one Character, equal to neither "\r" nor "\n"; a quote with a combining
        // acute is one Character that is not a quote.
        #expect(CSVField.escape("Pozna\r\nń") == "\"Pozna\r\nń\"")
        #expect(CSVField.escape("a\u{0022}\u{0301}b") == "\"a\u{0022}\u{0022}\u{0301}b\"")
        #expect(CSVField.escape("a\rb") == "\"a\rb\"")
        #expect(CSVField.escape("Poznań") == "Poznań")
    }

    @Test func aNamePastedFromASpreadsheetSurvivesTheCSVPair() throws {
        let yaml = "entities:\n  - {id: poz, kind: city, name: \"Pozna\\r\\nń\", country: PL}\n  - {id: gyor, kind: city, name: Győr, country: HU}\n"
            + "links:\n  - {from: poz, to: gyor, kind: partnership, year: 2008}\n"
        let dataset = try DatasetLoader.load(text: yaml, file: "pasted.yaml")
        #expect(dataset["poz"]?.name == "Pozna\r\nń")
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("pair")
        try DatasetWriter.write(dataset, to: folder.path, as: .csv)
        let nodes = folder.appendingPathComponent("nodes.csv").path
        let rows = try Fixtures.python("""
        import csv, json, sys
        print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))
        """, arguments: [nodes])
        let parsed = try JSONDecoder().decode([[String]].self, from: rows)
        #expect(parsed.count == 3)
        #expect(parsed.dropFirst().first?[2] == "Pozna\r\nń")
        #expect(try DatasetLoader.load([folder.path])["poz"]?.name == "Pozna\r\nń")
    }

    /// Writes a CSV pair of raw bytes into a new folder.
    private static func pair(nodes: [UInt8], links: [UInt8]) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        try Data(nodes).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data(links).write(to: folder.appendingPathComponent("links.csv"))
        return folder.path
    }

    /// "Poznań" in Windows-1250: ń is 0xF1 there (in UTF-8 it is C5 84).
    static let windows1250Nodes: [UInt8] = Array("id,kind,name,country,continent\n".utf8) + Array("poz,city,Pozna".utf8) + [0xF1]
        + Array(",PL,\ngyor,city,Gy".utf8) + [0xF5] + Array("r,HU,\n".utf8)
    static let links: [UInt8] = Array("source,target,kind,year\npoz,gyor,partner,2008\n".utf8)

    @Test func windows1250IsRefusedWithFileAndLineNotReplaced() throws {
        let folder = try Self.pair(nodes: Self.windows1250Nodes, links: Self.links)
        let diagnostics = DatasetLoader.check([folder]).diagnostics
        let problem = diagnostics.first { $0.message.hasPrefix("not valid UTF-8") }
        #expect(problem?.file.hasSuffix("nodes.csv") == true)
        #expect(problem?.line == 2)
        #expect(problem?.message == "not valid UTF-8 text (byte 0xF1)")
        #expect(throws: DatasetError.self) { try DatasetLoader.load([folder]) }
    }

    @Test(arguments: [TextEncoding.windows1250, .iso88592])
    func theNamedEncodingIsRead(_ encoding: TextEncoding) throws {
        // ń and ő are F1 and F5 in both Windows-1250 and ISO 8859-2.
        let folder = try Self.pair(nodes: Self.windows1250Nodes, links: Self.links)
        let dataset = try DatasetLoader.load([folder], options: DatasetReadOptions(encoding: encoding))
        #expect(dataset["poz"]?.name == "Poznań")
        #expect(dataset["gyor"]?.name == "Győr")
        #expect(dataset.links.count == 1)
    }

    @Test func excelsCSVUTF8WithSemicolonsIsRead() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let folder = try Self.pair(nodes: bom + Array("id;kind;name;country;continent\r\npoz;city;Poznań;PL;\r\ngyor;city;\"Győr; Hungary\";HU;\r\n".utf8),
                                   links: bom + Array("source;target;kind;year\r\npoz;gyor;partner;2008\r\n".utf8))
        let dataset = try DatasetLoader.load([folder])
        #expect(dataset["poz"]?.name == "Poznań")
        #expect(dataset["gyor"]?.name == "Győr; Hungary")
        #expect(dataset.links.first?.year == 2008)
    }

    @Test func tabsAreDetectedOrNamed() throws {
        let folder = try Self.pair(nodes: Array("id\tkind\tname\tcountry\tcontinent\npoz\tcity\tPoznań, miasto\tPL\t\n".utf8),
                                   links: Array("source\ttarget\tkind\tyear\n".utf8))
        #expect(try DatasetLoader.load([folder])["poz"]?.name == "Poznań, miasto")
        #expect(try DatasetLoader.load([folder], options: DatasetReadOptions(separator: "\t"))["poz"]?.name == "Poznań, miasto")
        let refused = DatasetLoader.check([folder], options: DatasetReadOptions(separator: ";")).diagnostics
        #expect(refused.filter { $0.message == "the header is not id,kind,name,country,continent" }.count == 1)
    }

    @Test func everyProblemOfBothFilesIsReportedAtOnce() throws {
        // nodes.csv: an unknown kind on line 3, then a quote never closed on line 4;
        // links.csv: a year that is not a year on line 2.
        let folder = try Self.pair(nodes: Array("id,kind,name,country,continent\npoz,city,Poznań,PL,\nx,town,X,PL,\n\"y,city,Y,PL,\n".utf8),
                                   links: Array("source,target,kind,year\npoz,poz,partner,19x0\n".utf8))
        let described = DatasetLoader.check([folder]).diagnostics.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line ?? 0): \($0.message)" }
        #expect(described.contains("nodes.csv:3: unknown entity kind 'town'"))
        #expect(described.contains("nodes.csv:4: not valid CSV: a quoted field is never closed"))
        #expect(described.contains("links.csv:2: year '19x0' is not a year"))
    }
}

/// The CSV pair read from bytes: ends looked up by their bytes, kinds and years matched without
/// strings, with the same results and messages as strings would give.
@Suite struct CSVBytesReadingTests {
    private static func load(nodes: String, links: String) throws -> (Dataset, [Diagnostic]) {
        let folder = try Fixtures.temporaryFolder()
        try Data(nodes.utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data(links.utf8).write(to: folder.appendingPathComponent("links.csv"))
        return DatasetLoader.check([folder.path])
    }

    @Test func yearsReadAsIntReadsThem() throws {
        let (dataset, diagnostics) = try Self.load(
            nodes: "id,kind,name,country,continent\na,city,A,PL,\nb,city,B,DE,\n",
            links: "source,target,kind,year\na,b,partner,+2001\na,b,partner,02002\na,b,cooperation,\na,b,partner,20x3\na,b,partner,-2004\n")
        #expect(dataset.links.map(\.year) == [Int("+2001"), Int("02002"), nil])
        #expect(diagnostics.map(\.message) == ["year '20x3' is not a year", "year '-2004' is not a year"])
        #expect(diagnostics.map(\.line) == [5, 6])
    }

    @Test func anEndSpelledInAnotherNormalFormStillFindsItsEntity() throws {
        // "Győr" with ő precomposed in nodes.csv, and as o + combining double acute in links.csv:
        // different bytes, equal strings.
        let composed = "gy\u{0151}r", decomposed = "gyo\u{030B}r"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let (dataset, diagnostics) = try Self.load(
            nodes: "id,kind,name,country,continent\npoz,city,Poznań,PL,\n\(composed),city,Győr,HU,\n",
            links: "source,target,kind,year\npoz,\(decomposed),partner,2008\n\"poz\",gyor2,member,2009\n")
        #expect(dataset.endIndices(ofLink: 0) == (0, 1))
        #expect(Array(dataset.links[0].target.utf8) == Array(decomposed.utf8))
        #expect(dataset.endIndices(ofLink: 1) == (0, nil))
        #expect(diagnostics.map(\.message) == ["unknown id 'gyor2' as the link's end"])
    }

    @Test func aMembershipWrittenFromTheNetworkIsTheCitysAndKnownEndsAreTheEntitiesOwnIDs() throws {
        let (dataset, diagnostics) = try Self.load(
            nodes: "id,kind,name,country,continent\nnet,network,Net,,\n\"poz\",city,Poznań,PL,\n",
            links: "source,target,kind,year\nnet,poz,member,2010\npoz,net,member,\n")
        #expect(diagnostics.isEmpty)
        #expect(dataset.links.map(\.source) == ["poz", "poz"])
        #expect(dataset.links.map(\.target) == ["net", "net"])
        #expect(dataset.endIndices(ofLink: 0) == (1, 0))
        #expect(dataset.links(of: "net").count == 2)
    }
}
