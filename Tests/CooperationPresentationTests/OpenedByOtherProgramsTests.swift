import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Testing

/// The pack opened the way its readers open it: the page in headless Chromium, the deck in
/// LibreOffice Impress (both installed by the README's test command).
@Suite(.serialized) struct OpenedByOtherProgramsTests {
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read standard error on another thread, so neither pipe fills while the other is read.
        let box = ErrorBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            box.data = errors.fileHandleForReading.readAll()
            group.leave()
        }
        let out = output.fileHandleForReading.readAll()
        group.wait()
        let err = box.data
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    final class ErrorBox: @unchecked Sendable {
        var data = Data()
    }

    static func pack() throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("pack")
        try AtomicFile.write(ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML])).files(), into: folder.path)
        return folder
    }

    @Test func chromiumShowsThePageWithEveryDiagramAndTable() throws {
        let folder = try Self.pack()
        let page = folder.appendingPathComponent("index.html").absoluteString
        let browser = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
        let dom = try Self.run(browser + ["--dump-dom", page], in: folder)
        #expect(dom.status == 0, "chromium: \(dom.errors.suffix(500))")
        #expect(!dom.errors.contains("CONSOLE"), "console messages: \(dom.errors.suffix(500))")
        // Every diagram and the legend (Graphviz's SVG has a viewBox; the script's filter swatches do not).
        let diagrams = dom.output.components(separatedBy: "<svg").dropFirst().filter { $0.prefix(200).contains("viewBox") }
        #expect(diagrams.count == ReportPack.views.count + 1)
        #expect(dom.output.contains("id=\"cg-q\""), "the page's script built its search box")
        for table in ["partners-per-continent", "country-coverage", "networks", "meetings", "sources"] {
            #expect(dom.output.contains("<table id=\"\(table)\">"), "\(table)")
        }
        #expect(dom.output.contains("<td>Europe</td><td>9</td><td>10</td>"))
        let shot = try Self.run(browser + ["--window-size=1280,2000", "--screenshot=\(folder.appendingPathComponent("shot.png").path)", page], in: folder)
        #expect(shot.status == 0)
        let facts = try ReportPackTests.probe(try Data(contentsOf: folder.appendingPathComponent("shot.png")))
        #expect(facts.width == 1280 && facts.height == 2000)
        #expect(facts.colours > 10 && facts.variance > 100)
    }

    @Test func libreOfficeOpensTheDeckWithOnePagePerSlide() throws {
        let folder = try Self.pack()
        let converted = try Self.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder.path, folder.appendingPathComponent("deck.pptx").path], in: folder)
        #expect(converted.status == 0, "soffice: \(converted.errors.suffix(500))")
        let pdf = folder.appendingPathComponent("deck.pdf").path
        let info = try Self.run(["pdfinfo", pdf], in: folder)
        // The title, one slide a part of a view, the statistics table and the coverage chart.
        let slides = NativeDeckTests.parts.count
        #expect(info.output.contains("Pages:           \(slides + 3)"))
        let table = try Self.run(["pdftotext", "-f", "\(slides + 2)", "-l", "\(slides + 2)", pdf, "-"], in: folder)
        let words = table.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for fact in ["Partner cities 14", "Countries reached 25", "Networks 9", "Diplomatic meetings 13", "Partner cities in Europe 9"] {
            #expect(words.contains(fact), "\(fact) in \(words)")
        }
        let title = try Self.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], in: folder)
        // LibreOffice breaks lines by the fonts it finds, which differ between machines: the
        // words are compared, not where the lines break.
        let titleWords = title.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(titleWords.contains("Poznań — international cooperation 2023"), "\(titleWords)")
    }

    @Test func deckIsTheSameOnEveryRun() throws {
        let pack = try ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML]))
        #expect(try SlideDeck(pack: pack).data() == SlideDeck(pack: pack).data())
    }
}
