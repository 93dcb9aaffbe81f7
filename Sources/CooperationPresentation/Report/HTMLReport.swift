import CooperationCore
import DOT

/// One self-contained HTML page: the statistics as tables, the diagrams as inline SVG, every
/// fact's source. No scripts, no network.
struct HTMLReport {
    let report: StatisticsReport
    let diagrams: [(DiagramView, String)]
    let legend: String

    private func escape(_ text: String) -> String { HTMLLabel.escaping(text) }

    private func table(_ headers: [String], _ rows: [[String]], id: String) -> String {
        var html = "<table id=\"\(id)\">\n<thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
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
        let title = report.dataset.title.isEmpty ? s.focusName : report.dataset.title
        func countryName(_ code: String) -> String { Geography.country(code: code)?.name(in: language) ?? code }
        let continents = Set(s.partnersPerContinent.keys).union(s.partnerCitiesPerContinent.keys).sorted()
        var body = "<h1>\(escape(title))</h1>\n"
        body += "<p class=\"lead\">\(escape(s.focusName)): \(s.partnerCityCount) partner cities and \(s.partnerRegionCount) partner regions in \(s.partnerCountries.count) countries; relations with \(s.countryCoverage.count) foreign countries; \(s.networks.count) networks; \(s.diplomaticMeetings.count) diplomatic meetings.</p>\n"
        body += "<h2>Partners per continent</h2>\n" + table(["Continent", "Cities", "Cities and regions"], continents.map {
            [$0, String(s.partnerCitiesPerContinent[$0] ?? 0), String(s.partnersPerContinent[$0] ?? 0)]
        }, id: "partners-per-continent")
        body += "<h2>Country coverage</h2>\n" + table(["Code", "Country", "Links", "Through"], s.countryCoverage.relations.map { covered in
            [covered.country, countryName(covered.country), String(covered.relations.count),
             Set(covered.relations.map(\.kind.rawValue)).sorted().joined(separator: ", ")]
        }, id: "country-coverage")
        body += "<h2>Networks</h2>\n" + table(["Network"], s.networks.map { [$0] }, id: "networks")
        body += "<h2>Diplomatic meetings</h2>\n<p>\(s.diplomaticMeetings.count) meetings with representatives of \(s.diplomaticMeetings.countries.count) countries.</p>\n"
            + table(["Code", "Country"], s.diplomaticMeetings.countries.map { [$0, countryName($0)] }, id: "meetings")
        body += "<h2>Shared networks</h2>\n" + (s.sharedNetworks.isEmpty ? "<p>No two entities in the data share a network.</p>\n"
            : table(["A", "B", "Networks"], s.sharedNetworks.map { [$0.a, $0.b, $0.networks.joined(separator: ", ")] }, id: "shared-networks"))
        for (view, svg) in diagrams {
            body += "<h2>Diagram: \(escape(view.rawValue))</h2>\n<figure class=\"diagram\" id=\"diagram-\(view.rawValue)\">\n\(inline(svg))\n</figure>\n"
        }
        body += "<h2>Legend</h2>\n<figure class=\"legend\">\n\(inline(legend))\n</figure>\n"
        body += "<h2>Sources</h2>\n" + table(["Link", "With", "Year", "Note", "Source"], SourcesTable(report: report).rows.map {
            [$0.kind, $0.other, $0.year, $0.note, $0.source]
        }, id: "sources")
        let style = """
        body { font-family: "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        figure.diagram svg { max-width: 100%; height: auto; }
        .lead { font-size: 1.1rem; }
        """
        return """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
