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

    @OptionGroup var deck: DeckOptions

    func run() throws {
        let limits = try limitOptions.limits()
        let dataset = try options.load()
        let coverageTarget = try deck.coverageTarget()
        do {
            var pack = try ReportPack(dataset: dataset, focus: options.focus, language: options.lang, theme: theme, year: options.year)
            deck.apply(to: &pack, target: coverageTarget)
            pack.limits = limits
            try AtomicFile.write(try SlideDeck(pack: pack, diagramsAsPictures: deck.pictures, buildUp: deck.buildUp).data(), to: output)
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
