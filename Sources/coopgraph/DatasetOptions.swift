import ArgumentParser
import CooperationGraph

/// The datasets a command reads: files and folders, or the embedded Poznań dataset.
struct DatasetOptions: ParsableArguments {
    @Argument(help: "Dataset files (.yaml, .json) or folders holding nodes.csv and links.csv; the embedded Poznań 2023 dataset when none.")
    var datasets: [String] = []

    @Option(name: .long, help: "The entity to describe (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "Limit to the links of this year (and standing links with no year).")
    var year: Int?

    @Option(name: .long, help: "Language of names: en or pl.")
    var lang: Language = .english

    @OptionGroup var reading: ReadOptions

    /// Loads the datasets, printing every problem and exiting with status 1 when any is an error.
    func load() throws -> Dataset {
        try DatasetOptions.load(datasets, options: reading.options)
    }

    /// Loads `datasets` (the embedded Poznań dataset when empty), printing every problem and
    /// exiting with status 1 when any is an error.
    static func load(_ datasets: [String], options: DatasetReadOptions = .standard) throws -> Dataset {
        do {
            return datasets.isEmpty ? try DatasetLoader.embeddedPoznan2023() : try DatasetLoader.load(datasets, options: options)
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.description) }
            throw ExitCode(1)
        }
    }
}
