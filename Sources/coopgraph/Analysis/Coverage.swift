import ArgumentParser
import CooperationGraph

/// `coopgraph coverage`: which countries of a target list the focus reaches.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Country coverage against a target: un, eu, a continent (Europe, continent:AS…) or a file of countries."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "un, eu, a continent, or a file with one country a line.")
    var target: String = "un"

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        let focus = try Stats.focus(dataset, focus: options.focus)
        let coverageTarget: CoverageTarget
        do {
            coverageTarget = try CoverageTarget.parse(target)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        let data = options.year.map { dataset.filtered(year: $0) } ?? dataset
        let coverage = data.coverage(of: focus.id, against: coverageTarget)
        let language = options.lang
        func name(_ code: String) -> String { Geography.country(code: code)?.name(in: language) ?? code }
        switch format {
        case .json: Terminal.write(try Output.json(coverage))
        case .csv:
            Terminal.write("code,country,covered\n" + (coverage.covered.map { ($0, true) } + coverage.missing.map { ($0, false) })
                .sorted { $0.0 < $1.0 }.map { "\($0.0),\(CSVField.escape(name($0.0))),\($0.1)" }.joined(separator: "\n") + "\n")
        case .text:
            let total = coverage.covered.count + coverage.missing.count
            Terminal.write(String(format: "%@ reaches %d of %d countries (%.1f%%)\n", focus.name, coverage.covered.count, total, coverage.share * 100)
                + "Covered: " + coverage.covered.map(name).joined(separator: ", ") + "\n"
                + "Missing: " + coverage.missing.map(name).joined(separator: ", ") + "\n")
        }
    }
}
