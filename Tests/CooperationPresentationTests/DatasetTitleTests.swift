import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Testing

/// The dataset's title in the reader's language: `titles:` for the language, else `title:`,
/// else one made from the table; old datasets (only `title:`, or none) keep loading.
@Suite struct DatasetTitleTests {
    static func load(_ yaml: String) throws -> (Dataset, [Diagnostic]) {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("city.yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return (try DatasetLoader.load([file]), DatasetLoader.check([file]).diagnostics)
    }

    static let entities = "focus: home\nyear: 2023\nentities:\n  - {id: home, kind: city, name: Poznań, names: {en: Poznan}, country: PL}\n"

    @Test func aTitleForTheLanguageWinsOverTheUntaggedOne() throws {
        let (dataset, problems) = try Self.load("title: Home 2023\ntitles: {pl: Dom 2023}\n" + Self.entities)
        #expect(problems.isEmpty)
        #expect(StringTable.polish.title(of: dataset) == "Dom 2023")
        #expect(StringTable.english.title(of: dataset) == "Home 2023")
    }

    @Test func anOldDatasetKeepsItsTitleInEveryLanguage() throws {
        let (dataset, problems) = try Self.load("title: Home 2023\n" + Self.entities)
        #expect(problems.isEmpty)
        #expect(StringTable.polish.title(of: dataset) == "Home 2023")
    }

    @Test func aDatasetWithoutATitleGetsOneFromTheTable() throws {
        let (dataset, _) = try Self.load(Self.entities)
        #expect(StringTable.polish.title(of: dataset) == "Poznań — współpraca międzynarodowa 2023")
        #expect(StringTable.english.title(of: dataset) == "Poznan — international cooperation 2023")
    }

    @Test func titlesMustBeAMapping() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("city.yaml").path
        try ("titles: Dom\n" + Self.entities).write(toFile: file, atomically: true, encoding: .utf8)
        let problems = DatasetLoader.check([file]).diagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description == "\(file):1:9: error: titles must be a mapping from language to title (e.g. titles: {pl: Poznań — współpraca międzynarodowa 2023})")
    }

    @Test func titlesSurviveWritingAsYAMLAndJSON() throws {
        let (dataset, _) = try Self.load("title: Home 2023\ntitles: {pl: Dom 2023, de: Heim 2023}\n" + Self.entities)
        for name in ["again.yaml", "again.json"] {
            let file = try Fixtures.temporaryFolder().appendingPathComponent(name).path
            _ = try DatasetWriter.write(dataset, to: file)
            let again = try DatasetLoader.load([file])
            #expect(again.titles == ["pl": "Dom 2023", "de": "Heim 2023"], "\(name)")
            #expect(again.title == "Home 2023", "\(name)")
        }
    }
}
