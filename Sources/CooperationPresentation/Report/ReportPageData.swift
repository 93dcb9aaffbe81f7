import CooperationCore
import Foundation

/// What the report page's script reads: the dataset's entities and links (in dataset order, so
/// the `VIEW-node-N` and `VIEW-link-N` ids of the diagrams index them), the countries of the
/// coverage, the link kinds with their strokes, and the script's words. Written as JSON inside
/// a `<script type="application/json">`, where no dataset text can end the element.
struct ReportPageData: Encodable {
    /// A source as the page shows it: its text, a short form beside a link (`line 44`), and a
    /// web address only when it is http(s).
    struct Source: Encodable, Equatable {
        let text: String
        let brief: String?
        let url: String?
    }

    /// An entity's facts.
    struct Entity: Encodable {
        let id: String
        let kind: String
        let kindName: String
        let name: String
        /// Its other names (every language), for the search.
        let names: [String]
        let country: String?
        let countryName: String?
        let years: [Int]
        let notes: [String]
        let sources: [Source]
        /// The index of an event's venue: the map draws an event's links to it.
        let venue: Int?
    }

    /// A link's facts; `source` and `target` are entity indices.
    struct Link: Encodable {
        let source: Int?
        let target: Int?
        let kind: String
        let year: Int?
        let note: String?
        let sources: [Source]
    }

    /// A link kind in the filter: its name and the stroke its edges are drawn with.
    struct Kind: Encodable {
        let kind: String
        let name: String
        let color: String
        let style: String
        /// Whether its ends are interchangeable (no arrow in the panel).
        let symmetric: Bool
    }

    /// A country of the coverage, for its count on a map.
    struct Country: Encodable {
        let code: String
        let alpha3: String?
        let name: String
        let count: Int
    }

    let focus: Int?
    let entities: [Entity]
    let links: [Link]
    let kinds: [Kind]
    let years: [Int]
    let coverage: [Country]
    let words: [String: String]

    /// The data of `report`'s dataset, its words in `report`'s language, strokes from `theme`.
    init(report: StatisticsReport, theme: DiagramTheme) {
        let dataset = report.dataset
        let words = StringTable.of(report.language)
        let documents = Dictionary(dataset.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func sources(_ reference: SourceReference?) -> [Source] {
            guard let reference else { return [] }
            if let url = reference.url { return [Source(text: url, brief: nil, url: Self.webAddress(url))] }
            let document = reference.document.flatMap { documents[$0] }
            let line = reference.line.map { words.format(.lineNumber, String($0)) }
            let title = document?.title ?? reference.document ?? ""
            return [Source(text: line.map { title + ", " + $0 } ?? title, brief: line, url: document?.location.flatMap(Self.webAddress))]
        }
        var years = Array(repeating: Set<Int>(), count: dataset.entities.count)
        var linkYears = Set<Int>()
        links = dataset.links.map { link in
            let ends = [dataset.index(of: link.source), dataset.index(of: link.target)]
            if let year = link.year {
                linkYears.insert(year)
                for case let end? in ends { years[end].insert(year) }
            }
            return Link(source: ends[0], target: ends[1], kind: link.kind.rawValue, year: link.year, note: link.note,
                        sources: sources(link.sourceReference))
        }
        entities = dataset.entities.enumerated().map { index, entity in
            let code = dataset.country(of: entity)
            let name = entity.name(in: report.language)
            var others: [String] = []
            for other in [entity.name] + entity.names.keys.sorted().compactMap({ entity.names[$0] }) where other != name && !others.contains(other) {
                others.append(other)
            }
            return Entity(
                id: entity.id, kind: entity.kind.rawValue,
                kindName: words.name(of: entity.kind) + (entity.subkind.map { " (\($0))" } ?? ""),
                name: name, names: others, country: code,
                countryName: code.map { Geography.country(code: $0)?.name(in: report.language) ?? $0 },
                years: years[index].union(entity.year.map { [$0] } ?? []).sorted(),
                notes: [entity.note].compactMap { $0 } + (entity.topics.isEmpty ? [] : [entity.topics.joined(separator: ", ")]),
                sources: sources(entity.source), venue: entity.venue.flatMap(dataset.index(of:)))
        }
        focus = dataset.index(of: report.statistics.focus)
        kinds = Set(dataset.links.map(\.kind)).sorted().map { kind in
            let stroke = theme.edge(kind)
            return Kind(kind: kind.rawValue, name: words.name(of: kind), color: stroke["color"]?.rawValue ?? theme.foreground,
                        style: stroke["style"]?.rawValue ?? "solid", symmetric: kind.isSymmetric)
        }
        self.years = linkYears.sorted()
        coverage = report.statistics.countryCoverage.relations.map { covered in
            let country = Geography.country(code: covered.country)
            return Country(code: covered.country, alpha3: country?.alpha3, name: country?.name(in: report.language) ?? covered.country,
                           count: covered.relations.count)
        }
        self.words = words.scriptWords
    }

    /// `text` when it is an absolute http or https address, else `nil`: a `javascript:` or
    /// `data:` source must never become a link.
    static func webAddress(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) else { return nil }
        return text
    }

    /// The JSON for a `<script type="application/json">` element: keys sorted (the same data
    /// gives the same bytes), and `<`, `>`, `&` written as `\u003c`… so no text in it can close
    /// the element or open a comment.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        var text = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": text += "\\u003c"
            case ">": text += "\\u003e"
            case "&": text += "\\u0026"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
