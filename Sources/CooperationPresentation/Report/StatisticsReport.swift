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
    public let language: Language

    /// A report of `statistics` computed from `dataset`, naming things in `language`.
    public init(statistics: CooperationStatistics, dataset: Dataset, language: Language = .english) {
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
    private var words: StringTable { StringTable.of(language) }

    private func name(_ id: String) -> String { dataset[id]?.name(in: language) ?? id }

    private func countryName(_ code: String) -> String {
        Geography.country(code: code)?.name(in: language) ?? code
    }

    private var continentRows: [[String]] {
        let continents = Set(s.partnersPerContinent.keys).union(s.partnerCitiesPerContinent.keys).sorted()
        return continents.map { continent in
            let local = Continent(code: continent)?.name(in: language) ?? continent
            return [local, String(s.partnerCitiesPerContinent[continent] ?? 0), String(s.partnersPerContinent[continent] ?? 0)]
        }
    }

    private var coverageRows: [[String]] {
        s.countryCoverage.relations.map { covered in
            let kinds = Dictionary(grouping: covered.relations, by: \.kind).keys.sorted().map(words.name(of:))
            return [covered.country, countryName(covered.country), String(covered.relations.count), kinds.joined(separator: ", ")]
        }
    }

    private func text() -> String {
        let w = words
        var lines: [String] = []
        let title = w.title(of: dataset), heading = title.isEmpty ? name(s.focus) : title
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        lines.append(w.format(.focusLine, name(s.focus), s.focus) + (s.year.map { w.format(.focusYear, String($0)) } ?? ""))
        lines.append("")
        lines.append(w.format(.partnersSummary, w.count(s.partnerCityCount, .partnerCity), w.count(s.partnerRegionCount, .partnerRegion),
                              w.count(s.partnerCountries.count, .countryAfterIn)))
        var continents = TextTable(headers: [w[.continent], w[.cities], w[.citiesAndRegions]], rightAligned: [1, 2])
        continents.rows = continentRows
        continents.rows.append([w[.total], String(s.partnerCitiesPerContinent.values.reduce(0, +)), String(s.partnersPerContinent.values.reduce(0, +))])
        lines.append(continents.render())
        lines.append("")
        lines.append(w.format(.countryCoverageLine, w.count(s.countryCoverage.count, .foreignCountry)))
        var coverage = TextTable(headers: [w[.code], w[.countryColumn], w[.links], w[.through]], rightAligned: [2])
        coverage.rows = coverageRows
        lines.append(coverage.render())
        lines.append("")
        lines.append(w.format(.networksHeading, String(s.networks.count)) + ":")
        lines += s.networks.map { "  - \($0)" }
        lines.append("")
        let meetingCountries = s.diplomaticMeetings.countries.map(countryName).joined(separator: ", ")
        lines.append(w.format(.diplomaticMeetingsLine, String(s.diplomaticMeetings.count), w.count(s.diplomaticMeetings.countries.count, .countryAfterOf), meetingCountries))
        lines.append("")
        if s.sharedNetworks.isEmpty {
            lines.append(w[.sharedNetworksHeading] + ": " + w[.sharedNetworksNone])
        } else {
            lines.append(w.format(.sharedNetworksPairs, w.count(s.sharedNetworks.count, .pair)))
            var table = TextTable(headers: [w[.firstEntity], w[.secondEntity], w[.networksColumn]])
            table.rows = s.sharedNetworks.prefix(20).map { [name($0.a), name($0.b), $0.networks.joined(separator: ", ")] }
            lines.append(table.render())
            if s.sharedNetworks.count > 20 { lines.append("  " + w.format(.moreInJSON, String(s.sharedNetworks.count - 20))) }
        }
        lines.append("")
        var kinds = TextTable(headers: [w[.linkKindColumn], w[.links]], rightAligned: [1])
        kinds.rows = s.relationsPerKind.sorted { $0.key < $1.key }.map { [LinkKind(rawValue: $0.key).map(w.name(of:)) ?? $0.key, String($0.value)] }
        lines.append(w[.linksOfFocusByKind])
        lines.append(kinds.render())
        if !s.linksPerYear.isEmpty {
            lines.append("")
            lines.append(w[.linksOfFocusByYear] + s.linksPerYear.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        let w = words
        func table(_ headers: [String], _ rows: [[String]]) -> String {
            let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
            var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                         "|" + headers.map { _ in " --- |" }.joined()]
            lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        }
        var parts: [String] = []
        let title = w.title(of: dataset)
        parts.append("# \(title.isEmpty ? name(s.focus) : title)")
        parts.append("## \(w[.partnersPerContinentHeading])\n\n" + table([w[.continent], w[.cities], w[.citiesAndRegions]], continentRows))
        parts.append("## \(w.format(.countryCoverageHeading, String(s.countryCoverage.count)))\n\n"
                     + table([w[.code], w[.countryColumn], w[.links], w[.through]], coverageRows))
        parts.append("## \(w.format(.networksHeading, String(s.networks.count)))\n\n" + s.networks.map { "- \($0)" }.joined(separator: "\n"))
        parts.append("## \(w[.diplomaticMeetingsHeading])\n\n" + w.format(.diplomaticMeetingsSentence, w.count(s.diplomaticMeetings.count, .diplomaticMeeting),
                     w.count(s.diplomaticMeetings.countries.count, .countryAfterOf), s.diplomaticMeetings.countries.map(countryName).joined(separator: ", ")))
        parts.append("## \(w[.sharedNetworksHeading])\n\n" + (s.sharedNetworks.isEmpty ? w[.sharedNetworksNone]
            : table([w[.firstEntity], w[.secondEntity], w[.networksColumn]], s.sharedNetworks.map { [name($0.a), name($0.b), $0.networks.joined(separator: ", ")] })))
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
