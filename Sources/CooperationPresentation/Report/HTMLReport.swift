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

    private var words: ReportWords { ReportWords(language: report.language) }

    private func escape(_ text: String) -> String { HTMLLabel.escaping(text) }

    private func table(_ headers: [String], _ rows: [[String]], id: String) -> String {
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
        let title = report.dataset.title.isEmpty ? s.focusName : report.dataset.title
        func countryName(_ code: String) -> String { Geography.country(code: code)?.name(in: language) ?? code }
        func continentName(_ english: String) -> String { Continent.allCases.first { $0.englishName == english }?.name(in: language) ?? english }
        let continents = Set(s.partnersPerContinent.keys).union(s.partnerCitiesPerContinent.keys).sorted()
        var body = "<main id=\"report\">\n<h1>\(escape(title))</h1>\n"
        body += "<p class=\"lead\">\(escape(words.format("text.lead", s.focusName, s.partnerCityCount, s.partnerRegionCount, s.partnerCountries.count, s.countryCoverage.count, s.networks.count, s.diplomaticMeetings.count)))</p>\n"
        body += "<h2>\(escape(words["heading.partners"]))</h2>\n" + table(["column.continent", "column.cities", "column.citiesAndRegions"], continents.map {
            [continentName($0), String(s.partnerCitiesPerContinent[$0] ?? 0), String(s.partnersPerContinent[$0] ?? 0)]
        }, id: "partners-per-continent")
        body += "<h2>\(escape(words["heading.coverage"]))</h2>\n" + table(["column.code", "column.country", "column.links", "column.through"], s.countryCoverage.relations.map { covered in
            [covered.country, countryName(covered.country), String(covered.relations.count),
             Set(covered.relations.map(\.kind)).sorted().map(words.kind).joined(separator: ", ")]
        }, id: "country-coverage")
        body += "<h2>\(escape(words["heading.networks"]))</h2>\n" + table(["column.network"], s.networks.map { [$0] }, id: "networks")
        body += "<h2>\(escape(words["heading.meetings"]))</h2>\n<p>\(escape(words.format("text.meetings", s.diplomaticMeetings.count, s.diplomaticMeetings.countries.count)))</p>\n"
            + table(["column.code", "column.country"], s.diplomaticMeetings.countries.map { [$0, countryName($0)] }, id: "meetings")
        body += "<h2>\(escape(words["heading.shared"]))</h2>\n" + (s.sharedNetworks.isEmpty ? "<p>\(escape(words["text.noShared"]))</p>\n"
            : table(["column.a", "column.b", "column.networks"], s.sharedNetworks.map { [$0.a, $0.b, $0.networks.joined(separator: ", ")] }, id: "shared-networks"))
        for (view, svg) in diagrams {
            body += "<h2 id=\"heading-\(view.rawValue)\">\(escape(words.format("heading.diagram", words["view." + view.rawValue])))</h2>\n"
                + "<figure class=\"diagram\" id=\"diagram-\(view.rawValue)\" data-view=\"\(view.rawValue)\" aria-labelledby=\"heading-\(view.rawValue)\">\n\(inline(svg))\n</figure>\n"
        }
        body += "<h2>\(escape(words["heading.legend"]))</h2>\n<figure class=\"legend\">\n\(inline(legend))\n</figure>\n"
        body += "<h2>\(escape(words["heading.sources"]))</h2>\n" + table(["column.link", "column.with", "column.year", "column.note", "column.source"], SourcesTable(report: report).rows.map {
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
