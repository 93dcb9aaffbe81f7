import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Testing

/// The reader's language throughout: with `--lang pl` no word of the English table is in the
/// deck (every slide, its notes, the chart part), `report.md` or the page (as parsed and as
/// Chromium shows it after its script ran), and the reverse for English. Only the dataset's own
/// text — names, notes, document titles — may be in either language, and it is exempted by
/// reading it from the dataset, not from a list.
@Suite(.serialized) struct ReaderLanguageTests {
    static let script = Fixtures.root.appendingPathComponent("Tests/Fixtures/language/reader_text.py").path

    struct ReaderText: Decodable {
        let deck: [String]
        let report: String
        let page: [String]
    }

    /// The words of a text: runs of letters, lower-cased, at least two long (a lone "a", "i",
    /// "w" or "z" says nothing about the language).
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 })
    }

    /// Every word a table holds: its phrases, every form of its nouns, its kinds' names and
    /// its views' names.
    static func words(of table: StringTable) -> Set<String> {
        var text = Phrase.allCases.map { table[$0] }
        text += Noun.allCases.flatMap { noun in (0...120).map { table.form(of: noun, for: $0) } }
        text += LinkKind.allCases.map { table.name(of: $0) } + EntityKind.allCases.map { table.name(of: $0) }
        text += DiagramView.allCases.map { table.name(of: $0) }
        return words(text.joined(separator: " "))
    }

    /// The words of the dataset's own text, which is what it is in any output.
    static func words(of dataset: Dataset) -> Set<String> {
        var text: [String] = dataset.documents.flatMap { [$0.title, $0.location ?? ""] }
        for entity in dataset.entities {
            text += [entity.name, entity.subkind ?? "", entity.note ?? "", entity.source?.description ?? ""]
            text += entity.names.values + entity.topics
        }
        for link in dataset.links {
            text += [link.note ?? "", link.sourceReference?.description ?? ""] + link.areas + link.topics
        }
        return words(text.joined(separator: " "))
    }

    static let dataset: Dataset = {
        // The dataset is in the repository; a failure here fails every test that reads it.
        (try? DatasetLoader.load([Fixtures.poznanYAML]))!
    }()

    /// The deck, report.md and page of the Poznań pack in `language`, as a reader sees them.
    static func readerText(_ language: Language) throws -> ReaderText {
        let folder = try Fixtures.temporaryFolder()
        try AtomicFile.write(ReportPack(dataset: dataset, language: language).files(), into: folder.path)
        let files = ["deck.pptx", "report.md", "index.html"].map { folder.appendingPathComponent($0).path }
        return try JSONDecoder().decode(ReaderText.self, from: Fixtures.python(try String(contentsOfFile: script, encoding: .utf8), arguments: files))
    }

    @Test(arguments: [(Language.polish, Language.english), (.english, .polish)])
    func noWordOfTheOtherTableIsInTheOutputs(_ language: Language, _ other: Language) throws {
        let foreign = Self.words(of: StringTable.of(other)).subtracting(Self.words(of: StringTable.of(language))).subtracting(Self.words(of: Self.dataset))
        // The check can fail: the other language's table has words of its own.
        #expect(foreign.count > 50, "\(foreign.count)")
        let text = try Self.readerText(language)
        for (output, pieces) in [("deck.pptx", text.deck), ("report.md", [text.report]), ("index.html", text.page)] {
            #expect(!pieces.isEmpty, "\(output) has no text")
            for piece in pieces {
                let leaked = Self.words(piece).intersection(foreign)
                #expect(leaked.isEmpty, "\(output) (\(language.code)): \(leaked.sorted()) in “\(piece.prefix(200))”")
            }
        }
        // The title is the reader's too.
        let title = StringTable.of(language).title(of: Self.dataset)
        #expect(text.deck.contains(title) && text.report.contains("# " + title) && text.page.contains(title), "\(title)")
    }

    /// A count with its noun, as each language says it, for the counts the plural rules tell
    /// apart: 0, 1, 2, 5, 12, 22, 101.
    @Test func countsTakeTheFormsOfEachLanguage() {
        let counts = [0, 1, 2, 5, 12, 22, 101]
        let english = StringTable.english, polish = StringTable.polish
        #expect(counts.map { english.count($0, .partnerRegion) } == [
            "0 partner regions", "1 partner region", "2 partner regions", "5 partner regions", "12 partner regions", "22 partner regions", "101 partner regions",
        ])
        #expect(counts.map { english.count($0, .partnerCity) } == [
            "0 partner cities", "1 partner city", "2 partner cities", "5 partner cities", "12 partner cities", "22 partner cities", "101 partner cities",
        ])
        #expect(counts.map { polish.count($0, .partnerCity) } == [
            "0 miast partnerskich", "1 miasto partnerskie", "2 miasta partnerskie", "5 miast partnerskich", "12 miast partnerskich",
            "22 miasta partnerskie", "101 miast partnerskich",
        ])
        #expect(counts.map { polish.count($0, .city) } == ["0 miast", "1 miasto", "2 miasta", "5 miast", "12 miast", "22 miasta", "101 miast"])
        #expect(counts.map { polish.count($0, .partnerRegion) } == [
            "0 regionów partnerskich", "1 region partnerski", "2 regiony partnerskie", "5 regionów partnerskich", "12 regionów partnerskich",
            "22 regiony partnerskie", "101 regionów partnerskich",
        ])
        #expect(counts.map { polish.count($0, .relation) } == ["0 relacji", "1 relacja", "2 relacje", "5 relacji", "12 relacji", "22 relacje", "101 relacji"])
        #expect(counts.map { polish.count($0, .network) } == ["0 sieci", "1 sieć", "2 sieci", "5 sieci", "12 sieci", "22 sieci", "101 sieci"])
    }

    /// A hand-made city with 22 partner cities and 1 partner region in 2 countries: the deck's
    /// title slide (cities, countries, networks) and the page's lead (all of them) say so in
    /// each language's forms.
    @Test(arguments: [
        (Language.english, ["22 partner cities", "1 partner region", "1 network"], ["1 partner regions", "1 networks"]),
        (Language.polish, ["22 miasta partnerskie", "1 region partnerski", "1 sieć"], ["22 miast partnerskich", "1 regionów"]),
    ])
    func outputsCountInTheReadersForms(_ language: Language, _ expected: [String], _ wrong: [String]) throws {
        var dataset = Dataset(focus: "home", year: 2023)
        dataset.add(Entity(id: "home", kind: .city, name: "Home", country: "PL"))
        dataset.add(Entity(id: "net", kind: .network, name: "Net"))
        dataset.add(Link(source: "home", target: "net", kind: .membership))
        dataset.add(Entity(id: "region", kind: .region, name: "Region", country: "DE"))
        dataset.add(Link(source: "home", target: "region", kind: .partnership))
        for index in 1...22 {
            dataset.add(Entity(id: "city\(index)", kind: .city, name: "City \(index)", country: index.isMultiple(of: 2) ? "DE" : "FR"))
            dataset.add(Link(source: "home", target: "city\(index)", kind: .partnership))
        }
        let folder = try Fixtures.temporaryFolder()
        try AtomicFile.write(ReportPack(dataset: dataset, language: language).files(), into: folder.path)
        let files = ["deck.pptx", "report.md", "index.html"].map { folder.appendingPathComponent($0).path }
        let text = try JSONDecoder().decode(ReaderText.self, from: Fixtures.python(try String(contentsOfFile: Self.script, encoding: .utf8), arguments: files))
        let deck = text.deck.joined(separator: "\n"), page = text.page.joined(separator: "\n")
        for (index, phrase) in expected.enumerated() {
            // The title slide counts no regions.
            if index != 1 { #expect(deck.contains(phrase), "deck: \(phrase)") }
            #expect(page.contains(phrase), "page: \(phrase)")
        }
        for phrase in wrong { #expect(!deck.contains(phrase) && !page.contains(phrase) && !text.report.contains(phrase), "\(phrase)") }
    }
}
