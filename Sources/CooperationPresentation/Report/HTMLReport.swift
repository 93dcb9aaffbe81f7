import CooperationCore
import DOT

/// One self-contained HTML page people explore: the statistics as tables (sorted by a click on a
/// heading, filtered by the search), the diagrams as inline SVG (pan, zoom, search, a click on an
/// entity shows its links and sources, filters by link kind and year), every fact's source.
/// Offline: the script and the data are inline, nothing is fetched. The static page reads the
/// same without the script.
struct HTMLReport {
    let report: StatisticsReport
    let diagrams: [(DiagramView, String)]
    let legend: String
    /// The theme the diagrams are drawn in, for the strokes of the link filter.
    var theme: DiagramTheme = .light

    private var words: StringTable { StringTable.of(report.language) }

    private func escape(_ text: String) -> String { HTMLLabel.escaping(text) }

    private func table(_ headers: [Phrase], _ rows: [[String]], id: String) -> String {
        var html = "<table id=\"\(id)\">\n<thead><tr>" + headers.map { "<th>\(escape(words[$0]))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    /// An SVG document as an element to inline: without its XML declaration and doctype.
    private func inline(_ svg: String) -> String {
        svg.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<?xml") && !$0.hasPrefix("<!DOCTYPE") && !$0.hasPrefix(" \"http://www.w3.org/Graphics/SVG") }
            .joined(separator: "\n")
    }

    func html() -> String {
        let s = report.statistics
        let language = report.language
        let words = words
        let datasetTitle = words.title(of: report.dataset), title = datasetTitle.isEmpty ? s.focusName : datasetTitle
        func countryName(_ code: String) -> String { Geography.country(code: code)?.name(in: language) ?? code }
        func continentName(_ english: String) -> String { Continent.allCases.first { $0.englishName == english }?.name(in: language) ?? english }
        let continents = Set(s.partnersPerContinent.keys).union(s.partnerCitiesPerContinent.keys).sorted()
        let lead = words.format(.lead, s.focusName, words.count(s.partnerCityCount, .partnerCity), words.count(s.partnerRegionCount, .partnerRegion),
                                words.count(s.partnerCountries.count, .countryAfterIn), words.count(s.countryCoverage.count, .foreignCountryAfterWith),
                                words.count(s.networks.count, .network), words.count(s.diplomaticMeetings.count, .diplomaticMeeting))
        let meetings = words.format(.meetingsSentence, words.count(s.diplomaticMeetings.count, .diplomaticMeeting),
                                    words.count(s.diplomaticMeetings.countries.count, .countryAfterOf))
        var body = "<main id=\"report\">\n<h1>\(escape(title))</h1>\n"
        body += "<p class=\"lead\">\(escape(lead))</p>\n"
        body += "<h2>\(escape(words[.partnersPerContinentHeading]))</h2>\n" + table([.continent, .cities, .citiesAndRegions], continents.map {
            [continentName($0), String(s.partnerCitiesPerContinent[$0] ?? 0), String(s.partnersPerContinent[$0] ?? 0)]
        }, id: "partners-per-continent")
        body += "<h2>\(escape(words[.coverageSectionHeading]))</h2>\n" + table([.code, .countryColumn, .links, .through], s.countryCoverage.relations.map { covered in
            [covered.country, countryName(covered.country), String(covered.relations.count),
             Set(covered.relations.map(\.kind)).sorted().map(words.name(of:)).joined(separator: ", ")]
        }, id: "country-coverage")
        body += "<h2>\(escape(words[.networksColumn]))</h2>\n" + table([.networkColumn], s.networks.map { [$0] }, id: "networks")
        body += "<h2>\(escape(words[.diplomaticMeetingsHeading]))</h2>\n<p>\(escape(meetings))</p>\n"
            + table([.code, .countryColumn], s.diplomaticMeetings.countries.map { [$0, countryName($0)] }, id: "meetings")
        body += "<h2>\(escape(words[.sharedNetworksHeading]))</h2>\n" + (s.sharedNetworks.isEmpty ? "<p>\(escape(words[.sharedNetworksNone]))</p>\n"
            : table([.firstEntity, .secondEntity, .networksColumn], s.sharedNetworks.map { [$0.a, $0.b, $0.networks.joined(separator: ", ")] }, id: "shared-networks"))
        for (view, svg) in diagrams {
            body += "<h2 id=\"heading-\(view.rawValue)\">\(escape(words.format(.diagramHeading, words.name(of: view))))</h2>\n"
                + "<figure class=\"diagram\" id=\"diagram-\(view.rawValue)\" data-view=\"\(view.rawValue)\" aria-labelledby=\"heading-\(view.rawValue)\">\n\(inline(svg))\n</figure>\n"
        }
        body += "<h2>\(escape(words[.legend]))</h2>\n<figure class=\"legend\">\n\(inline(legend))\n</figure>\n"
        body += "<h2>\(escape(words[.sourcesHeading]))</h2>\n" + table([.linkColumn, .withColumn, .yearColumn, .noteColumn, .sourceColumn], SourcesTable(report: report).rows.map {
            [$0.kind, $0.other, $0.year, $0.note, $0.source]
        }, id: "sources")
        body += "</main>\n"
        let data = ReportPageData(report: report, theme: theme).json()
        return """
        <!DOCTYPE html>
        <html lang="\(language.code)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        \(body)<script type="application/json" id="coopgraph-data">\(data)</script>
        <script>
        \(ReportScript.source)
        </script>
        </body>
        </html>

        """
    }
}
