import CooperationCore
import Foundation

/// The formats ``StatisticsReport`` writes.
public enum StatisticsFormat: String, CaseIterable, Sendable {
    /// A readable summary with aligned tables.
    case text
    /// The JSON contract: one object, keys sorted.
    case json
    /// `section,key,value` rows.
    case csv
    /// Markdown tables, for pasting into documents.
    case markdown
}

/// Writes ``CooperationStatistics`` as text, JSON, CSV or Markdown, with names in English or Polish.
public struct StatisticsReport: Sendable {
    /// The statistics.
    public let statistics: CooperationStatistics
    /// The dataset they were computed from, for names.
    public let dataset: Dataset
    /// The language of names: `en` or `pl`.
    public let language: String

    /// A report of `statistics` computed from `dataset`, naming things in `language`.
    public init(statistics: CooperationStatistics, dataset: Dataset, language: String = "en") {
        self.statistics = statistics
        self.dataset = dataset
        self.language = language
    }

    /// The report in `format`, ending with a line break.
    public func render(_ format: StatisticsFormat) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .csv: csv()
        case .markdown: markdown()
        }
    }

    /// The JSON contract: keys sorted, two-space indentation, so the same data gives the same bytes.
    public func json() -> String {
        guard let data = try? JSONEncoder.deterministic().encode(statistics) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private var s: CooperationStatistics { statistics }

    private func name(_ id: String) -> String { dataset[id]?.name(in: language) ?? id }

    private func countryName(_ code: String) -> String {
        Geography.country(code: code)?.name(in: language) ?? code
    }

    private var continentRows: [[String]] {
        let continents = Set(s.partnersPerContinent.keys).union(s.partnerCitiesPerContinent.keys).sorted()
        return continents.map { continent in
            let local = Continent.allCases.first { $0.englishName == continent }?.name(in: language) ?? continent
            return [local, String(s.partnerCitiesPerContinent[continent] ?? 0), String(s.partnersPerContinent[continent] ?? 0)]
        }
    }

    private var coverageRows: [[String]] {
        s.countryCoverage.relations.map { covered in
            let kinds = Dictionary(grouping: covered.relations, by: \.kind).keys.sorted().map(\.rawValue)
            return [covered.country, countryName(covered.country), String(covered.relations.count), kinds.joined(separator: ", ")]
        }
    }

    private func text() -> String {
        var lines: [String] = []
        let heading = dataset.title.isEmpty ? name(s.focus) : dataset.title
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        lines.append("Focus: \(name(s.focus)) (\(s.focus))" + (s.year.map { ", year \($0)" } ?? ""))
        lines.append("")
        let regions = s.partnerRegionCount == 1 ? "1 region" : "\(s.partnerRegionCount) regions"
        lines.append("Partners: \(s.partnerCityCount) cities and \(regions) in \(s.partnerCountries.count) countries")
        var continents = TextTable(headers: ["Continent", "Cities", "Cities + regions"], rightAligned: [1, 2])
        continents.rows = continentRows
        continents.rows.append(["Total", String(s.partnerCitiesPerContinent.values.reduce(0, +)), String(s.partnersPerContinent.values.reduce(0, +))])
        lines.append(continents.render())
        lines.append("")
        lines.append("Country coverage: \(s.countryCoverage.count) foreign countries")
        var coverage = TextTable(headers: ["Code", "Country", "Links", "Through"], rightAligned: [2])
        coverage.rows = coverageRows
        lines.append(coverage.render())
        lines.append("")
        lines.append("Networks (\(s.networks.count)):")
        lines += s.networks.map { "  - \($0)" }
        lines.append("")
        let meetingCountries = s.diplomaticMeetings.countries.map(countryName).joined(separator: ", ")
        lines.append("Diplomatic meetings: \(s.diplomaticMeetings.count), with representatives of \(s.diplomaticMeetings.countries.count) countries: \(meetingCountries)")
        lines.append("")
        if s.sharedNetworks.isEmpty {
            lines.append("Shared networks: no two entities in the data share a network")
        } else {
            lines.append("Shared networks: \(s.sharedNetworks.count) pairs")
            var table = TextTable(headers: ["A", "B", "Networks"])
            table.rows = s.sharedNetworks.prefix(20).map { [name($0.a), name($0.b), $0.networks.joined(separator: ", ")] }
            lines.append(table.render())
            if s.sharedNetworks.count > 20 { lines.append("  … \(s.sharedNetworks.count - 20) more (use --format json)") }
        }
        lines.append("")
        var kinds = TextTable(headers: ["Link kind", "Links"], rightAligned: [1])
        kinds.rows = s.relationsPerKind.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
        lines.append("Links of the focus by kind:")
        lines.append(kinds.render())
        if !s.linksPerYear.isEmpty {
            lines.append("")
            lines.append("Links of the focus by year: " + s.linksPerYear.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        func table(_ headers: [String], _ rows: [[String]]) -> String {
            let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
            var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                         "|" + headers.map { _ in " --- |" }.joined()]
            lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        }
        var parts: [String] = []
        parts.append("# \(dataset.title.isEmpty ? name(s.focus) : dataset.title)")
        parts.append("## Partners per continent\n\n" + table(["Continent", "Cities", "Cities + regions"], continentRows))
        parts.append("## Country coverage (\(s.countryCoverage.count))\n\n" + table(["Code", "Country", "Links", "Through"], coverageRows))
        parts.append("## Networks (\(s.networks.count))\n\n" + s.networks.map { "- \($0)" }.joined(separator: "\n"))
        parts.append("## Diplomatic meetings\n\n\(s.diplomaticMeetings.count) meetings with representatives of \(s.diplomaticMeetings.countries.count) countries: "
                     + s.diplomaticMeetings.countries.map(countryName).joined(separator: ", ") + ".")
        parts.append("## Shared networks\n\n" + (s.sharedNetworks.isEmpty ? "No two entities in the data share a network."
            : table(["A", "B", "Networks"], s.sharedNetworks.map { [name($0.a), name($0.b), $0.networks.joined(separator: ", ")] })))
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func csv() -> String {
        var rows: [[String]] = [["section", "key", "value"]]
        for (continent, count) in s.partnerCitiesPerContinent.sorted(by: { $0.key < $1.key }) { rows.append(["partnerCitiesPerContinent", continent, String(count)]) }
        for (continent, count) in s.partnersPerContinent.sorted(by: { $0.key < $1.key }) { rows.append(["partnersPerContinent", continent, String(count)]) }
        for country in s.partnerCountries { rows.append(["partnerCountries", country, countryName(country)]) }
        for covered in s.countryCoverage.relations { rows.append(["countryCoverage", covered.country, String(covered.relations.count)]) }
        for network in s.networks { rows.append(["networks", network, ""]) }
        rows.append(["diplomaticMeetings", "count", String(s.diplomaticMeetings.count)])
        for country in s.diplomaticMeetings.countries { rows.append(["diplomaticMeetings", country, countryName(country)]) }
        for pair in s.sharedNetworks { rows.append(["sharedNetworks", "\(pair.a)|\(pair.b)", pair.networks.joined(separator: "; ")]) }
        return rows.map { CSVField.row($0) }.joined(separator: "\n") + "\n"
    }
}
