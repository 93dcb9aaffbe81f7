import CooperationCore
import Foundation

/// How entities, links and the dataset itself map to flat, typed attributes, shared by every
/// interchange format so that all of them carry the same information. Lists (topics, areas)
/// and structured values (documents, totals) are JSON text; names in other languages are
/// `name_<language>` attributes.
enum InterchangeSchema {
    /// The declared type of an entity attribute.
    static func entityType(_ name: String) -> AttributeType {
        switch name {
        case "year": .int
        case "latitude", "longitude": .double
        default: .string
        }
    }

    /// The declared type of a link attribute.
    static func linkType(_ name: String) -> AttributeType {
        name == "year" ? .int : .string
    }

    /// The declared type of a dataset attribute.
    static func graphType(_ name: String) -> AttributeType {
        name == "year" ? .int : .string
    }

    static func attributes(of entity: Entity) -> [(String, AttributeValue)] {
        var result: [(String, AttributeValue)] = []
        // Room for the usual fields at once, not a regrowth for each one added.
        result.reserveCapacity(6)
        result.append(("kind", .string(entity.kind.rawValue)))
        result.append(("label", .string(entity.name)))
        if let subkind = entity.subkind { result.append(("subkind", .string(subkind))) }
        for language in entity.names.keys.sorted() { result.append(("name_\(language)", .string(entity.names[language] ?? ""))) }
        if let country = entity.country { result.append(("country", .string(country))) }
        if let continent = entity.continent { result.append(("continent", .string(continent.code))) }
        if let coordinates = entity.coordinates {
            result.append(("latitude", .double(coordinates.latitude)))
            result.append(("longitude", .double(coordinates.longitude)))
        }
        if let venue = entity.venue { result.append(("venue", .string(venue))) }
        if let year = entity.year { result.append(("year", .int(year))) }
        if !entity.topics.isEmpty { result.append(("topics", .string(jsonList(entity.topics)))) }
        if let note = entity.note { result.append(("note", .string(note))) }
        if let source = entity.source { result.append(("reference", .string(source.description))) }
        return result
    }

    static func attributes(of link: Link) -> [(String, AttributeValue)] {
        var result: [(String, AttributeValue)] = []
        result.reserveCapacity(3)
        result.append(("kind", .string(link.kind.rawValue)))
        if let year = link.year { result.append(("year", .int(year))) }
        if let date = link.date { result.append(("date", .string(date))) }
        if !link.areas.isEmpty { result.append(("areas", .string(jsonList(link.areas)))) }
        if !link.topics.isEmpty { result.append(("topics", .string(jsonList(link.topics)))) }
        if let note = link.note { result.append(("note", .string(note))) }
        if let source = link.sourceReference { result.append(("reference", .string(source.description))) }
        return result
    }

    static func attributes(of dataset: Dataset) -> [(String, AttributeValue)] {
        var result: [(String, AttributeValue)] = []
        if !dataset.title.isEmpty { result.append(("title", .string(dataset.title))) }
        if let focus = dataset.focus { result.append(("focus", .string(focus))) }
        if let year = dataset.year { result.append(("year", .int(year))) }
        if !dataset.documents.isEmpty { result.append(("documents", .string(documentsJSON(dataset.documents)))) }
        if !dataset.totals.isEmpty { result.append(("totals", .string(totalsJSON(dataset.totals)))) }
        return result
    }

    /// Every attribute name used by `dataset`'s entities, links and itself, in first-use order.
    static func names(in dataset: Dataset) -> (graph: [String], entity: [String], link: [String]) {
        func collect(_ lists: some Sequence<[(String, AttributeValue)]>) -> [String] {
            var seen = Set<String>(), order: [String] = []
            for list in lists { for (name, _) in list where seen.insert(name).inserted { order.append(name) } }
            return order
        }
        return (attributes(of: dataset).map(\.0), collect(dataset.entities.lazy.map(attributes(of:))), collect(dataset.links.lazy.map(attributes(of:))))
    }

    // MARK: Reading back

    /// An entity from its id and attribute texts.
    static func entity(id: String, _ attributes: [String: String]) throws(InterchangeError) -> Entity {
        // As in YAML: every entity needs an id links can name.
        guard !id.isEmpty else { throw .emptyID }
        guard let kindText = attributes["kind"] else { throw .missing("kind", of: "node '\(id)'") }
        guard let kind = EntityKind(rawValue: kindText) else {
            throw .invalid("kind", value: kindText, of: "node '\(id)'", expected: EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var names: [String: String] = [:]
        for (name, value) in attributes where name.hasPrefix("name_") { names[String(name.dropFirst(5))] = value }
        var coordinates: Coordinates?
        if let latitude = attributes["latitude"], let longitude = attributes["longitude"] {
            guard let lat = Double(latitude), let lon = Double(longitude), let point = Coordinates(latitude: lat, longitude: lon) else {
                throw .invalid("latitude/longitude", value: "\(latitude), \(longitude)", of: "node '\(id)'", expected: "degrees")
            }
            coordinates = point
        }
        var continent: Continent?
        if let text = attributes["continent"], !text.isEmpty {
            guard let value = Continent(code: text) else { throw .invalid("continent", value: text, of: "node '\(id)'", expected: "AF, AN, AS, EU, NA, OC or SA") }
            continent = value
        }
        var country: String?
        if let text = attributes["country"], !text.isEmpty {
            guard let resolved = CountryResolver.resolve(text) else { throw .invalid("country", value: text, of: "node '\(id)'", expected: "an ISO 3166-1 code") }
            country = resolved.country.id
        }
        return Entity(
            id: id, kind: kind, name: attributes["label"].flatMap { $0.isEmpty ? nil : $0 } ?? id, subkind: attributes["subkind"], names: names,
            country: country, continent: continent, coordinates: coordinates, venue: attributes["venue"],
            year: try year(attributes["year"], of: "node '\(id)'"), topics: try list(attributes["topics"], "topics", of: "node '\(id)'"),
            note: attributes["note"], source: attributes["reference"].flatMap(SourceReference.init(notation:))
        )
    }

    /// A link from its ends and attribute texts.
    static func link(source: String, target: String, _ attributes: [String: String]) throws(InterchangeError) -> Link {
        let what = "edge '\(source)' – '\(target)'"
        guard let kindText = attributes["kind"] else { throw .missing("kind", of: what) }
        guard let kind = LinkKind(rawValue: kindText) ?? CSVDatasetReader.linkKindAliases[kindText] else {
            throw .invalid("kind", value: kindText, of: what, expected: LinkKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Link(
            source: source, target: target, kind: kind, year: try year(attributes["year"], of: what), date: attributes["date"],
            areas: try list(attributes["areas"], "areas", of: what), topics: try list(attributes["topics"], "topics", of: what),
            note: attributes["note"], sourceReference: attributes["reference"].flatMap(SourceReference.init(notation:))
        )
    }

    /// Applies dataset attributes read back at `position` (where an unknown focus is reported).
    static func apply(_ attributes: [String: String], to result: inout ParsedFile, at position: FilePosition) throws(InterchangeError) {
        if let title = attributes["title"] { result.dataset.title = title }
        if let focus = attributes["focus"] {
            result.dataset.focus = focus
            result.focusPosition = position
        }
        result.dataset.year = try year(attributes["year"], of: "the graph")
        if let documents = attributes["documents"] { result.dataset.documents = try decodeDocuments(documents) }
        if let totals = attributes["totals"] { result.dataset.totals = try decodeTotals(totals) }
    }

    private static func year(_ text: String?, of what: String) throws(InterchangeError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Int(text.hasSuffix(".0") ? String(text.dropLast(2)) : text), (1000...2999).contains(value) else {
            throw .invalid("year", value: text, of: what, expected: "a four-digit year")
        }
        return value
    }

    // MARK: JSON text inside attributes

    static func jsonList(_ items: [String]) -> String {
        (try? String(decoding: JSONEncoder.deterministic(pretty: false).encode(items), as: UTF8.self)) ?? "[]"
    }

    private static func list(_ text: String?, _ name: String, of what: String) throws(InterchangeError) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        guard let items = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw .invalid(name, value: text, of: what, expected: "a JSON list of text, such as [\"culture\", \"tourism\"]")
        }
        return items
    }

    private struct DocumentRecord: Codable {
        var id: String, title: String, location: String?, language: String?
    }

    private struct TotalRecord: Codable {
        var entity: String, kind: String, year: Int?, count: Int, source: String?
    }

    private static func documentsJSON(_ documents: [Document]) -> String {
        let records = documents.map { DocumentRecord(id: $0.id, title: $0.title, location: $0.location, language: $0.language) }
        return (try? String(decoding: JSONEncoder.deterministic(pretty: false).encode(records), as: UTF8.self)) ?? "[]"
    }

    private static func totalsJSON(_ totals: [ReportedTotal]) -> String {
        let records = totals.map { TotalRecord(entity: $0.entity, kind: $0.kind.rawValue, year: $0.year, count: $0.count, source: $0.source?.description) }
        return (try? String(decoding: JSONEncoder.deterministic(pretty: false).encode(records), as: UTF8.self)) ?? "[]"
    }

    private static func decodeDocuments(_ text: String) throws(InterchangeError) -> [Document] {
        guard let records = try? JSONDecoder().decode([DocumentRecord].self, from: Data(text.utf8)) else {
            throw .invalid("documents", value: String(text.prefix(40)), of: "the graph", expected: "a JSON list of documents")
        }
        return records.map { Document(id: $0.id, title: $0.title, location: $0.location, language: $0.language) }
    }

    private static func decodeTotals(_ text: String) throws(InterchangeError) -> [ReportedTotal] {
        guard let records = try? JSONDecoder().decode([TotalRecord].self, from: Data(text.utf8)) else {
            throw .invalid("totals", value: String(text.prefix(40)), of: "the graph", expected: "a JSON list of totals")
        }
        var totals: [ReportedTotal] = []
        for record in records {
            guard let kind = LinkKind(rawValue: record.kind) else { throw .invalid("totals", value: record.kind, of: "the graph", expected: "a link kind") }
            totals.append(ReportedTotal(entity: record.entity, kind: kind, year: record.year, count: record.count,
                                        source: record.source.flatMap(SourceReference.init(notation:))))
        }
        return totals
    }
}
