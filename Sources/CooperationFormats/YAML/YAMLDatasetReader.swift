import CooperationCore
import Foundation
import Yams

/// Reads the dataset format, in YAML or in JSON (which YAML reads too, with line numbers):
///
/// ```yaml
/// title: Poznań — international cooperation 2023
/// titles: {pl: Poznań — współpraca międzynarodowa 2023}
/// focus: poznan
/// year: 2023
/// documents:
///   - {id: report, title: "Raport o stanie miasta 2023", language: pl}
/// entities:
///   - {id: poznan, kind: city, name: Poznań, names: {en: Poznan}, country: PL}
///   - {id: eurocities, kind: network, name: EUROCITIES}
/// links:
///   - {from: poznan, to: eurocities, kind: membership, year: 2023, source: "report:3"}
/// totals:
///   - {entity: poznan, kind: diplomatic-meeting, year: 2023, count: 13, source: "report:16"}
/// ```
///
/// Every problem of the file is collected with its line and column; reading goes on after one.
struct YAMLDatasetReader {
    let file: String
    private var result = ParsedFile()
    /// Countries resolved so far by the text that names them: a large file names the same few
    /// countries again and again.
    private var countries: [String: CountryResolution?] = [:]

    init(file: String) {
        self.file = file
    }

    static let topKeys: Set<String> = ["title", "titles", "focus", "year", "documents", "entities", "links", "totals"]
    static let documentKeys: Set<String> = ["id", "title", "location", "language"]
    static let entityKeys: Set<String> = [
        "id", "kind", "subkind", "name", "names", "country", "continent", "coordinates", "venue", "year",
        "topics", "note", "source",
    ]
    static let linkKeys: Set<String> = ["from", "to", "kind", "year", "date", "areas", "topics", "note", "source"]
    static let totalKeys: Set<String> = ["entity", "kind", "year", "count", "source"]

    /// Parses `text`; the result holds what could be read and every problem found.
    mutating func read(_ text: String) -> ParsedFile {
        let root: YAMLNode?
        if let parsed = YAMLSubsetParser.parse(text) {
            root = parsed
        } else {
            do {
                root = try YAMLNode.composed(text)
            } catch let error as YamlError {
                result.diagnostics.append(diagnostic(for: error, text: text))
                return result
            } catch {
                result.diagnostics.append(Diagnostic(.error, file: file, message: "cannot read the file: \(error)"))
                return result
            }
        }
        guard let root, let top = fields(of: root, allowed: YAMLDatasetReader.topKeys, what: "the dataset") else {
            if root == nil {
                result.diagnostics.append(Diagnostic(.error, file: file, line: 1, message: "the file is empty",
                                                     hint: "a dataset is a mapping with entities: and links:"))
            }
            return result
        }
        result.dataset.title = top["title"].flatMap { string($0, "title") } ?? ""
        if let titlesNode = top["titles"] {
            if case let .mapping(pairs, _) = titlesNode {
                for pair in pairs {
                    if let language = pair.key.string, let text = string(pair.value, "titles.\(language)") { result.dataset.titles[language] = text }
                }
            } else {
                error(at: titlesNode, "titles must be a mapping from language to title", hint: "e.g. titles: {pl: Poznań — współpraca międzynarodowa 2023}")
            }
        }
        if let focus = top["focus"] {
            result.dataset.focus = string(focus, "focus")
            result.focusPosition = position(focus)
        }
        result.dataset.year = top["year"].flatMap { parseYear($0) }
        for node in list(top["documents"], "documents") { readDocument(node) }
        for node in list(top["entities"], "entities") { readEntity(node) }
        for node in list(top["links"], "links") { readLink(node) }
        for node in list(top["totals"], "totals") { readTotal(node) }
        return result
    }

    private mutating func readDocument(_ node: YAMLNode) {
        guard let map = fields(of: node, allowed: YAMLDatasetReader.documentKeys, what: "a document") else { return }
        guard let id = required(map, "id", in: node, what: "document"),
              let title = required(map, "title", in: node, what: "document") else { return }
        result.dataset.documents.append(Document(
            id: id, title: title,
            location: map["location"].flatMap { string($0, "location") },
            language: map["language"].flatMap { string($0, "language") }
        ))
    }

    private mutating func readEntity(_ node: YAMLNode) {
        guard let map = fields(of: node, allowed: YAMLDatasetReader.entityKeys, what: "an entity") else { return }
        let id = required(map, "id", in: node, what: "entity")
        let name = required(map, "name", in: node, what: "entity")
        let kindText = required(map, "kind", in: node, what: "entity")
        var kind: EntityKind?
        if let kindText, let kindNode = map["kind"] {
            kind = EntityKind(rawValue: kindText)
            if kind == nil {
                error(at: kindNode, "unknown entity kind '\(kindText)'",
                      hint: "use one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        var country: String?
        if let countryNode = map["country"], let text = string(countryNode, "country") {
            country = resolveCountry(text, at: countryNode)
        }
        var continent: Continent?
        if let continentNode = map["continent"], let text = string(continentNode, "continent") {
            continent = Continent(code: text)
            if continent == nil {
                error(at: continentNode, "unknown continent '\(text)'",
                      hint: "use a code: \(Continent.allCases.map(\.code).joined(separator: ", "))")
            }
        }
        guard let id, let name, let kind else { return }
        if let index = result.dataset.index(of: id) {
            let earlier = result.entityPositions[index]
            error(at: node, "duplicate id '\(id)'",
                  hint: "it is first declared on line \(earlier.line ?? 0); give each entity its own id")
            return
        }
        var names: [String: String] = [:]
        if let namesNode = map["names"] {
            if case let .mapping(pairs, _) = namesNode {
                for pair in pairs {
                    if let language = pair.key.string, let text = string(pair.value, "names.\(language)") { names[language] = text }
                }
            } else {
                error(at: namesNode, "names must be a mapping from language to name", hint: "e.g. names: {en: Poznan}")
            }
        }
        let entity = Entity(
            id: id, kind: kind, name: name,
            subkind: map["subkind"].flatMap { string($0, "subkind") },
            names: names, country: country, continent: continent,
            coordinates: map["coordinates"].flatMap { coordinates($0) },
            venue: map["venue"].flatMap { string($0, "venue") },
            year: map["year"].flatMap { parseYear($0) },
            topics: strings(map["topics"], "topics"),
            note: map["note"].flatMap { string($0, "note") },
            source: map["source"].flatMap { sourceReference($0) }
        )
        result.entityPositions.append(position(node))
        result.dataset.add(entity)
    }

    private mutating func readLink(_ node: YAMLNode) {
        guard let map = fields(of: node, allowed: YAMLDatasetReader.linkKeys, what: "a link") else { return }
        let from = required(map, "from", in: node, what: "link")
        let to = required(map, "to", in: node, what: "link")
        let kind = linkKind(map, in: node, what: "link")
        let year = map["year"].flatMap { parseYear($0) }
        var date: String?
        if let dateNode = map["date"], let text = string(dateNode, "date") {
            if let dateYear = YAMLDatasetReader.yearOfISODate(text) {
                date = text
                if let year, year != dateYear {
                    error(at: dateNode, "date \(text) is not in year \(year)", hint: "make year and date agree")
                }
            } else {
                error(at: dateNode, "date '\(text)' is not an ISO 8601 date", hint: "write YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
        guard let from, let to, let kind else { return }
        let link = Link(
            source: from, target: to, kind: kind, year: year ?? date.flatMap(YAMLDatasetReader.yearOfISODate), date: date,
            areas: strings(map["areas"], "areas"), topics: strings(map["topics"], "topics"),
            note: map["note"].flatMap { string($0, "note") },
            sourceReference: map["source"].flatMap { sourceReference($0) }
        )
        result.linkPositions.append(position(node))
        result.dataset.add(link)
    }

    private mutating func readTotal(_ node: YAMLNode) {
        guard let map = fields(of: node, allowed: YAMLDatasetReader.totalKeys, what: "a total") else { return }
        let entity = required(map, "entity", in: node, what: "total")
        let kind = linkKind(map, in: node, what: "total")
        let countText = required(map, "count", in: node, what: "total")
        let count = countText.flatMap { Int($0) }
        if countText != nil, count.map({ $0 < 0 }) ?? true, let countNode = map["count"] {
            error(at: countNode, "count '\(countText ?? "")' is not a whole number", hint: "write a number such as 13")
        }
        guard let entity, let kind, let count, count >= 0 else { return }
        result.totalPositions.append(position(node))
        result.dataset.totals.append(ReportedTotal(
            entity: entity, kind: kind, year: map["year"].flatMap { parseYear($0) }, count: count,
            source: map["source"].flatMap { sourceReference($0) }
        ))
    }

    // MARK: Values

    private mutating func linkKind(_ map: YAMLFields, in node: YAMLNode, what: String) -> LinkKind? {
        guard let text = required(map, "kind", in: node, what: what), let kindNode = map["kind"] else { return nil }
        guard let kind = LinkKind(rawValue: text) else {
            error(at: kindNode, "unknown link kind '\(text)'",
                  hint: "use one of: \(LinkKind.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return kind
    }

    private mutating func resolveCountry(_ text: String, at node: YAMLNode) -> String? {
        let resolved: CountryResolution?
        if let known = countries[text] {
            resolved = known
        } else {
            resolved = CountryResolver.resolve(text)
            countries[text] = resolved
        }
        guard let resolution = resolved else {
            error(at: node, "unknown country '\(text)'",
                  hint: "use an ISO 3166-1 code such as DE, or a name in English or Polish")
            return nil
        }
        if resolution.match == .longForm || resolution.match == .inflectedForm {
            result.diagnostics.append(position(node).diagnostic(
                .warning, "country '\(text)' read as \(resolution.country.id) (\(resolution.country.englishName)) by its \(resolution.match.rawValue)",
                hint: "write \(resolution.country.id) to make it certain"))
        }
        return resolution.country.id
    }

    private mutating func parseYear(_ node: YAMLNode) -> Int? {
        guard let text = string(node, "year") else { return nil }
        guard let value = Int(text), (1000...2999).contains(value) else {
            error(at: node, "year '\(text)' is not a year", hint: "write four digits, such as 2023")
            return nil
        }
        return value
    }

    private mutating func coordinates(_ node: YAMLNode) -> Coordinates? {
        let items: [YAMLNode]? = if case let .sequence(items, _) = node { items } else { nil }
        let values = items?.compactMap { $0.string.flatMap(Double.init) } ?? []
        guard values.count == 2, items?.count == 2, let point = Coordinates(latitude: values[0], longitude: values[1]) else {
            error(at: node, "coordinates must be [latitude, longitude] in degrees", hint: "e.g. coordinates: [52.41, 16.93]")
            return nil
        }
        return point
    }

    private mutating func sourceReference(_ node: YAMLNode) -> SourceReference? {
        guard let text = string(node, "source") else { return nil }
        guard let reference = SourceReference(notation: text) else {
            error(at: node, "source '\(text)' is empty", hint: "write DOCUMENT:LINE or a URL")
            return nil
        }
        return reference
    }

    static func yearOfISODate(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil } }
        return year
    }

    // MARK: Nodes

    private mutating func fields(of node: YAMLNode, allowed: Set<String>, what: String) -> YAMLFields? {
        if case .alias = node {
            error(at: node, "YAML aliases are not allowed in datasets", hint: "write the value out")
            return nil
        }
        guard case let .mapping(pairs, _) = node else {
            error(at: node, "expected \(what) as a mapping of fields")
            return nil
        }
        var result = YAMLFields(pairs)
        for (index, pair) in pairs.enumerated() {
            let key = pair.key, value = pair.value
            guard let name = key.string else {
                error(at: key, "a field name must be text")
                result.refuse(index)
                continue
            }
            guard allowed.contains(name) else {
                let suggestion = Suggestions.closest(to: name, among: allowed)
                error(at: key, "unknown field '\(name)' in \(what)",
                      hint: suggestion.map { "did you mean '\($0)'?" } ?? "fields are: \(allowed.sorted().joined(separator: ", "))")
                result.refuse(index)
                continue
            }
            if case .alias = value {
                error(at: value, "YAML aliases are not allowed in datasets", hint: "write the value out")
                result.refuse(index)
                continue
            }
        }
        return result
    }

    private mutating func list(_ node: YAMLNode?, _ name: String) -> [YAMLNode] {
        guard let node else { return [] }
        if case let .scalar(text, _) = node, text.isEmpty || text == "null" || text == "~" { return [] }
        guard case let .sequence(sequence, _) = node else {
            error(at: node, "\(name) must be a list", hint: "start each item with '- '")
            return []
        }
        return sequence
    }

    private mutating func required(_ map: YAMLFields, _ key: String, in node: YAMLNode, what: String) -> String? {
        guard let value = map[key] else {
            error(at: node, "\(what) has no '\(key)'", hint: "every \(what) needs \(key):")
            return nil
        }
        guard let text = string(value, key), !text.isEmpty else {
            if value.string != nil { error(at: value, "\(what) has an empty '\(key)'") }
            return nil
        }
        return text
    }

    private mutating func string(_ node: YAMLNode, _ key: String) -> String? {
        guard case let .scalar(text, _) = node else {
            error(at: node, "'\(key)' must be a single value, not a list or mapping")
            return nil
        }
        return text
    }

    private mutating func strings(_ node: YAMLNode?, _ key: String) -> [String] {
        guard let node else { return [] }
        if case let .scalar(text, _) = node { return text.isEmpty ? [] : [text] }
        guard case let .sequence(sequence, _) = node else {
            error(at: node, "'\(key)' must be a list of text")
            return []
        }
        return sequence.compactMap { string($0, key) }
    }

    private func position(_ node: YAMLNode) -> FilePosition {
        FilePosition(file: file, line: node.mark.line, column: node.mark.column)
    }

    private mutating func error(at node: YAMLNode, _ message: String, hint: String? = nil) {
        result.diagnostics.append(position(node).diagnostic(.error, message, hint: hint))
    }

    private func diagnostic(for error: YamlError, text: String) -> Diagnostic {
        // JSON is read as YAML, of which it is a part; name the format the file is in.
        let language = file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let contextText = context.map { " \($0.text)" } ?? ""
            return Diagnostic(.error, file: file, line: mark.line, column: mark.column,
                              message: Self.oneLine("not valid \(language): \(problem.replacingOccurrences(of: ", set with yaml_set_max_nest_level())", with: ""))\(contextText)"),
                              hint: "fix the syntax at this place")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = YAMLDuplicateKey.secondOccurrence(of: key, firstAt: first, in: text)
            let place = second ?? (line: first.line, column: first.column)
            return Diagnostic(.error, file: file, line: place.line, column: place.column,
                              message: Self.oneLine("duplicate key '\(key)'"),
                              hint: second == nil ? "give each key once in a mapping" : "it is first given on line \(first.line), column \(first.column); give each key once")
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { offset in 1 + yaml.utf8.prefix(offset).count(where: { $0 == 0x0A }) }
            return Diagnostic(.error, file: file, line: line, message: Self.oneLine("cannot read the text: \(problem)"), hint: "save the file as UTF-8")
        default:
            return Diagnostic(.error, file: file, message: Self.oneLine("not valid \(language): \(error)"))
        }
    }

    /// A message on one line, as every diagnostic is printed.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
