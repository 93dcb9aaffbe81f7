import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph slides`: a PowerPoint deck.
struct Slides: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a PowerPoint deck: a title slide, one slide per view, the statistics as a table, sources in the speaker notes."
    )

    @OptionGroup var options: DatasetOptions

    @OptionGroup var limitOptions: RenderLimitOptions

    @Option(name: [.short, .long], help: "The .pptx file to write.")
    var output: String = "deck.pptx"

    @Option(name: .long, help: "light, dark or print.")
    var theme: DiagramTheme = .light

    @Flag(name: .long, help: "Reveal the partners continent by continent, the networks one by one and the diplomacy by country groups, one slide a step.")
    var buildUp = false

    @Flag(name: .long, help: "Put each diagram on its slide as a picture instead of native, editable shapes.")
    var pictures = false

    @Option(name: .long, help: "Mark the countries of un, eu, a continent (Europe, continent:AS) or a file of countries not reached on the coverage map.")
    var target: String?

    func run() throws {
        let limits = try limitOptions.limits()
        let dataset = try options.load()
        var coverageTarget: CoverageTarget?
        if let target {
            do {
                coverageTarget = try CoverageTarget.parse(target)
            } catch {
                Terminal.printError("--target: \(error.description)")
                throw ExitCode(1)
            }
        }
        do {
            var pack = try ReportPack(dataset: dataset, focus: options.focus, language: options.lang, theme: theme, year: options.year)
            pack.diagram.coverageTarget = coverageTarget
            pack.limits = limits
            pack.deckBuildUp = buildUp
            pack.deckDiagramsAsPictures = pictures
            try AtomicFile.write(try SlideDeck(pack: pack, diagramsAsPictures: pictures, buildUp: buildUp).data(), to: output)
        } catch let error as FocusError {
            Terminal.printError(error)
            throw ExitCode(1)
        } catch let error as AtomicFile.WriteError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        } catch {
            Terminal.printError("\(output): \(error)")
            throw ExitCode(1)
        }
    }
}
