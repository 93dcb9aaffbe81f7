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

    @OptionGroup var deck: DeckOptions

    @Option(name: .long, help: "The size of the PNG files: slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT.")
    var size: String = "slide-16x9"

    @Option(name: .long, help: "How many processes draw the pack at once (default: one per core); the files are the same.")
    var processes: Int?

    /// Set on the helper processes ``ReportWorkers`` starts: take jobs from standard input.
    @Flag(name: .customLong("job-worker"), help: .hidden)
    var jobWorker = false

    func run() throws {
        guard let chosenSize = DiagramSize(size) else {
            Terminal.printError("unknown size '\(size)'; use slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT")
            throw ExitCode(1)
        }
        let limits = try limitOptions.limits()
        let dataset = try options.load()
        let coverageTarget = try deck.coverageTarget()
        do {
            var pack = try ReportPack(dataset: dataset, focus: options.focus, language: options.lang, theme: theme, year: options.year)
            deck.apply(to: &pack, target: coverageTarget)
            pack.size = chosenSize
            pack.limits = limits
            if jobWorker { ReportWorkers.serve(pack) }
            let helpers = min(processes ?? ProcessInfo.processInfo.activeProcessorCount, pack.jobs.count) - 1
            let done = ReportWorkers.files(of: pack, helpers: helpers)
            let written = try AtomicFile.write(pack.files(assembling: done), into: output)
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
