import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph report`: the presentation pack.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the presentation pack: every view as SVG, PNG and PDF, the legend, index.html and report.md.",
        discussion: "index.html is one self-contained page (inline SVG, no scripts, no network) with the statistics as tables and every fact's source."
    )

    @OptionGroup var options: DatasetOptions

    @OptionGroup var limitOptions: RenderLimitOptions

    @Option(name: [.short, .long], help: "The folder to write into.")
    var output: String = "out"

    @Option(name: .long, help: "light, dark or print.")
    var theme: DiagramTheme = .light

    @Flag(name: .long, help: "Reveal the partners continent by continent, the networks one by one and the diplomacy by country groups, one slide a step.")
    var buildUp = false

    @Flag(name: .long, help: "Put each diagram on its slide as a picture instead of native, editable shapes.")
    var pictures = false

    @Option(name: .long, help: "Mark the countries of un, eu, a continent (Europe, continent:AS) or a file of countries not reached on the coverage map.")
    var target: String?

    @Option(name: .long, help: "The size of the PNG files: slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT.")
    var size: String = "slide-16x9"

    func run() throws {
        guard let chosenSize = DiagramSize(size) else {
            Terminal.printError("unknown size '\(size)'; use slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT")
            throw ExitCode(1)
        }
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
            pack.size = chosenSize
            pack.limits = limits
            pack.deckBuildUp = buildUp
            pack.deckDiagramsAsPictures = pictures
            let written = try AtomicFile.write(pack.files(), into: output)
            Terminal.write("Wrote \(written.count) files to \(output)/: " + written.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ") + "\n")
        } catch let error as FocusError {
            Terminal.printError(error)
            throw ExitCode(1)
        } catch let error as AtomicFile.WriteError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        } catch {
            Terminal.printError("\(error)")
            throw ExitCode(1)
        }
    }
}
