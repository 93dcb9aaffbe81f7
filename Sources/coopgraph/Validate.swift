import ArgumentParser
import CooperationGraph

/// `coopgraph validate`: every problem of every file, with file, line and column.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check dataset files and print every problem with its file, line and column."
    )

    @Argument(help: "Dataset files (.yaml, .json) or folders holding nodes.csv and links.csv.")
    var files: [String]

    @OptionGroup var reading: ReadOptions

    func run() throws {
        let (dataset, diagnostics) = DatasetLoader.check(files, options: reading.options)
        for diagnostic in diagnostics { Terminal.printError(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            Terminal.printError("\(errors) error\(errors == 1 ? "" : "s") in \(files.joined(separator: ", "))")
            throw ExitCode(1)
        }
        Terminal.write("ok: \(dataset.entities.count) entities, \(dataset.links.count) links, \(diagnostics.count) warning\(diagnostics.count == 1 ? "" : "s")\n")
    }
}
