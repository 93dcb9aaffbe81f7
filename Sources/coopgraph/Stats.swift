import ArgumentParser
import CooperationGraph

/// `coopgraph stats`: partners per continent, country coverage, networks, meetings, shared networks.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a dataset's statistics for its focus entity.",
        discussion: "Formats: text (aligned tables), json (the contract other tools read), csv, markdown."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "Output format: text, json, csv or markdown.")
    var format: OutputFormatOption = .text

    func run() throws {
        let dataset = try options.load()
        let statistics = try Stats.compute(dataset, focus: options.focus, year: options.year)
        Terminal.write(StatisticsReport(statistics: statistics, dataset: dataset, language: options.lang).render(format.statisticsFormat))
    }

    /// The focus entity, checked as the statistics check it, for commands that need only the
    /// focus: the statistics of a world-scale dataset hold every pair that shares a network.
    static func focus(_ dataset: Dataset, focus: String?) throws -> Entity {
        do throws(FocusError) {
            guard let id = focus ?? dataset.focus else { throw .noFocus }
            guard let entity = dataset[id] else { throw .unknownFocus(id) }
            return entity
        } catch {
            Terminal.printError(error)
            throw ExitCode(1)
        }
    }

    static func compute(_ dataset: Dataset, focus: String?, year: Int?) throws -> CooperationStatistics {
        do {
            return try CooperationStatistics(dataset: dataset, focus: focus, year: year)
        } catch {
            Terminal.printError(error)
            throw ExitCode(1)
        }
    }
}

/// `--format` values.
enum OutputFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown

    var statisticsFormat: StatisticsFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .csv: .csv
        case .markdown: .markdown
        }
    }
}
