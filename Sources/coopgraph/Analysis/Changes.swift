import ArgumentParser
import CooperationGraph

/// `coopgraph changes`: what changed between two datasets or two years.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed: partners, networks, countries and meetings added and removed.",
        discussion: """
        Compare two datasets:   coopgraph changes --old 2022.yaml --new 2023.yaml
        Compare two years:      coopgraph changes data.yaml --from 2022 --to 2023
        """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: "The older dataset (files or folders, comma-separated).")
    var old: PathList?

    @Option(name: .long, help: "The newer dataset (files or folders, comma-separated).")
    var new: PathList?

    @Option(name: .long, help: "The older year, to compare two years of one dataset.")
    var from: Int?

    @Option(name: .long, help: "The newer year.")
    var to: Int?

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func validate() throws {
        let datasets = (old != nil, new != nil), years = (from != nil, to != nil)
        guard (datasets == (true, true) && years == (false, false)) || (datasets == (false, false) && years == (true, true)) else {
            throw ValidationError("give --old and --new datasets, or --from and --to years")
        }
    }

    func run() throws {
        let changes: DatasetChanges
        let dataset: Dataset
        if let old, let new {
            let before = try DatasetOptions.load(old.paths, options: options.reading.options)
            dataset = try DatasetOptions.load(new.paths, options: options.reading.options)
            let focus = try Stats.focus(dataset, focus: options.focus).id
            changes = DatasetChanges(from: before, to: dataset, focus: focus)
        } else if let from, let to {
            dataset = try options.load()
            let focus = try Stats.focus(dataset, focus: options.focus).id
            changes = DatasetChanges(in: dataset, focus: focus, from: from, to: to)
        } else {
            // unreachable: validate() lets only the two complete pairs through.
            throw ValidationError("give --old and --new datasets, or --from and --to years")
        }
        let sections: [(String, DatasetChanges.Difference)] = [
            ("partners", changes.partners), ("networks", changes.networks),
            ("countries", changes.countries), ("meeting countries", changes.meetingCountries),
        ]
        switch format {
        case .json: Terminal.write(try Output.json(changes))
        case .csv:
            Terminal.write("section,change,id\n" + sections.flatMap { section, difference in
                difference.added.map { "\(section),added,\(CSVField.escape($0))" } + difference.removed.map { "\(section),removed,\(CSVField.escape($0))" }
            }.joined(separator: "\n") + "\n")
        case .text:
            var lines = ["Changes for \(dataset[changes.focus]?.name ?? changes.focus):"]
            for (section, difference) in sections {
                lines.append("  \(section): " + (difference.isEmpty ? "no change"
                    : (difference.added.map { "+\($0)" } + difference.removed.map { "−\($0)" }).joined(separator: " ")))
            }
            lines.append("  diplomatic meetings: \(changes.meetingCount[0]) → \(changes.meetingCount[1])")
            Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }
}
