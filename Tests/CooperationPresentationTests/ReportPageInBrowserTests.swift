import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Testing

/// The report page explored as a reader explores it: Chromium (the system's, installed by the
/// README's test command) driven by Playwright for Python (installed by `make test`), from
/// file://. The checks are in `Tests/Fixtures/page/explore_page.py`; set `COOPGRAPH_PAGE_SHOTS` to a
/// folder to keep its screenshots.
@Suite(.serialized) struct ReportPageInBrowserTests {
    static let script = Fixtures.root.appendingPathComponent("Tests/Fixtures/page/explore_page.py").path
    static let hostile = Fixtures.root.appendingPathComponent("Tests/Fixtures/page/hostile.yaml").path

    @Test func searchPanelFiltersZoomAndHostileDataWorkInChromium() throws {
        let folder = try Fixtures.temporaryFolder()
        let poznan = try DatasetLoader.load([Fixtures.poznanYAML])
        let hostile = try DatasetLoader.load([Self.hostile])
        var pages: [String] = []
        for (name, dataset, language) in [("en", poznan, Language.english), ("pl", poznan, .polish), ("hostile", hostile, .english)] {
            let pack = folder.appendingPathComponent(name)
            try AtomicFile.write(ReportPack(dataset: dataset, language: language).files(), into: pack.path)
            pages.append(pack.appendingPathComponent("index.html").path)
        }
        var arguments = ["python3", Self.script] + pages + [hostile.title]
        if let shots = ProcessInfo.processInfo.environment["COOPGRAPH_PAGE_SHOTS"] { arguments.append(shots) }
        let run = try OpenedByOtherProgramsTests.run(arguments, in: folder)
        #expect(run.status == 0, "\(run.output)\(run.errors.suffix(2000))")
        #expect(run.output.hasSuffix(" passed, 0 failed\n"), "\(run.output)")
        #expect(!run.output.contains("FAILED"), "\(run.output)")
    }
}
