import ArgumentParser
import CooperationGraph

/// `coopgraph` with no arguments: the embedded dataset's statistics and what to try next.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the statistics of the embedded Poznań 2023 dataset and what to try next.",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Language of names: en or pl.")
    var lang: Language = .english

    func run() throws {
        let dataset = try DatasetOptions.load([])
        let statistics = try Stats.compute(dataset, focus: nil, year: nil)
        Terminal.write(StatisticsReport(statistics: statistics, dataset: dataset, language: lang).render(.text))
        Terminal.write("""

        Try next:
          coopgraph stats --format json          the same numbers as JSON
          coopgraph render --view partners -o out/partners.svg
          coopgraph validate Graphs/poznan-2023.yaml
          coopgraph --help

        """)
    }
}
