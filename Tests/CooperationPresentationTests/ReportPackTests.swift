import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import FoundationXML
import Testing

/// The pack as a person would see it: the pages, pictures and documents exist, have the right
/// sizes, are not blank, and hold the numbers.
@Suite struct ReportPackTests {
    /// Decodes a PNG with Python's standard zlib and reports its size, its number of distinct
    /// colours and the variance of its grey levels.
    static let pngProbe = #"""
    import json, struct, sys, zlib
    data = open(sys.argv[1], "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]; c = previous[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line); previous = line
    greys = [sum(row[x:x + min(channels, 3)]) // min(channels, 3) for row in rows[::4] for x in range(0, stride, channels * 4)]
    mean = sum(greys) / len(greys)
    print(json.dumps({"width": width, "height": height, "colours": len(set(greys)),
                      "variance": sum((g - mean) ** 2 for g in greys) / len(greys)}))
    """#

    struct PNGFacts: Decodable {
        let width: Int
        let height: Int
        let colours: Int
        let variance: Double
    }

    static func probe(_ data: Data) throws -> PNGFacts {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("probe.png")
        try data.write(to: file)
        return try JSONDecoder().decode(PNGFacts.self, from: Fixtures.python(pngProbe, arguments: [file.path]))
    }

    @Test(arguments: DiagramTheme.all.map(\.name), [DiagramSize.slide16x9, .slide4x3, .a4Portrait, .pixels(width: 800, height: 600)])
    func pngHasExactlyTheSizesPixelsAndIsNotBlank(_ themeName: String, _ size: DiagramSize) throws {
        let theme = try #require(DiagramTheme.named(themeName))
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]), theme: theme)
        let png = try DiagramRenderer.render(diagram.graph(.partners), layout: "dot", format: .png, size: size)
        let facts = try Self.probe(png)
        #expect(facts.width == size.pixels.width && facts.height == size.pixels.height)
        #expect(facts.colours > 20)
        #expect(facts.variance > 50)
    }

    @Test func pdfKeepsTheAspectRatioWithinTheSlide() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let pdf = try DiagramRenderer.render(diagram.graph(.diplomacy), layout: "twopi", format: .pdf, size: .slide16x9)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        let box = try #require(text.range(of: #"/MediaBox \[ ?0 0 [0-9.]+ [0-9.]+ ?\]"#, options: .regularExpression).map { String(text[$0]) })
        let numbers = box.split { !"0123456789.".contains($0) }.compactMap { Double($0) }
        #expect(numbers.count == 4)
        #expect(numbers[2] <= 960.5 && numbers[3] <= 540.5)
        #expect(abs(numbers[2] - 960) < 1 || abs(numbers[3] - 540) < 1)
    }

    @Test func packHoldsEveryFileWithTheNumbers() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("pack")
        let pack = try ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let written = try AtomicFile.write(pack.files(), into: folder.path)
        let names = Set(written.map { URL(fileURLWithPath: $0).lastPathComponent })
        for view in ReportPack.views {
            for ext in ["svg", "dot"] { #expect(names.contains("\(view.rawValue).\(ext)")) }
            // PNG and PDF at the slide size: one file, or every part of a view split for it.
            for ext in ["png", "pdf"] { #expect(names.contains("\(view.rawValue).\(ext)") || names.contains("\(view.rawValue)-1.\(ext)")) }
        }
        #expect(names.isSuperset(of: ["legend.svg", "index.html", "report.md"]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") }, "no temporary files left")

        let partners = try XMLDocument(contentsOf: folder.appendingPathComponent("partners.svg"))
        let text = try partners.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: "\n")
        for name in ["Győr", "Jyväskylä", "Ra'anana", "Pozuelo de Alarcón", "Legend"] { #expect(text.contains(name), "\(name)") }

        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == ReportPack.views.count + 1)
        // Two scripts, both inline: the data (JSON, where no text can close the element) and the page's own.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.contains("<script type=\"application/json\" id=\"coopgraph-data\">") && html.contains("<script>\n"))
        #expect(!html.contains(" src=") && !html.contains("href=\"http") && !html.contains("fetch("))
        #expect(html.contains("<tr><td>Europe</td><td>9</td><td>10</td></tr>"))
        #expect(html.contains("<tr><td>Asia</td><td>4</td><td>4</td></tr>"))
        #expect(html.contains("13 diplomatic meetings with representatives of 12 countries."))
        #expect(html.contains("relations with 25 foreign countries"))
        #expect(html.contains("Raport o stanie Miasta Poznania za 2023 rok — współpraca międzynarodowa, line 16"))

        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("| Europe | 9 | 10 |"))
        #expect(markdown.contains("## Sources"))
    }

    /// The jobs cover the pack once each; made in any order and put together, they give the
    /// files of ``ReportPack/files()``; a job that failed gives its error when it is reached.
    @Test func jobsMadeInAnyOrderGiveThePack() throws {
        let pack = try ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let jobs = pack.jobs
        #expect(Set(jobs).count == jobs.count)
        #expect(Set(jobs) == Set(ReportPack.views.flatMap { [ReportJob.drawing($0), .parts($0)] } + [.deck]))
        #expect(jobs.prefix(2) == [.drawing(.full), .deck])

        let whole = try pack.files()
        var done: [ReportJob: Result<[(name: String, data: Data)], any Error>] = [:]
        for job in jobs.reversed() where job != .parts(.map) { done[job] = .success(try pack.files(of: job)) }
        let assembled = try pack.files(assembling: done)
        #expect(assembled.map(\.name) == whole.map(\.name))
        for (made, expected) in zip(assembled, whole) where !made.name.hasSuffix(".pdf") {
            #expect(made.data == expected.data, "\(made.name)")
        }

        struct Failed: Error {}
        done[.parts(.diplomacy)] = .failure(Failed())
        #expect(throws: Failed.self) { try pack.files(assembling: done) }
    }

    @Test func dejaVuSansIsInstalledForPolishLetters() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-list", ":lang=pl", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let families = String(decoding: pipe.fileHandleForReading.readAll(), as: UTF8.self)
        process.waitUntilExit()
        #expect(families.contains(DiagramTheme.light.fontName))
    }

    @Test func svgCarriesTooltipsWithEachFactsSource() throws {
        let diagram = try CooperationDiagram(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        let svg = String(decoding: try DiagramRenderer.render(diagram.graph(.partners), layout: "dot", format: .svg, size: nil), as: UTF8.self)
        #expect(svg.contains("partnership — source: report:44"))
        #expect(svg.contains("city: Győr — source: report:44"))
    }

    @Test func largeGraphsAreDrawnWithSfdpAndSaySo() throws {
        let world = try DatasetLoader.load([Fixtures.worldSmall])
        let diagram = try CooperationDiagram(dataset: world, focus: "city_1796236")
        #expect(diagram.layout(for: .full) == "sfdp")
        let graph = diagram.graph(.full)
        #expect(graph.attributes["label"]?.rawValue.contains("large graph: drawn with sfdp") == true)
        let svg = try DiagramRenderer.render(graph, layout: diagram.layout(for: .full), format: .svg, size: nil)
        #expect(svg.count > 100_000)
        #expect(diagram.layout(for: .partners) == "dot")
    }
}
