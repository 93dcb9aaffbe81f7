import CooperationCore
import Foundation

/// The dataset format as Codable records, in the field order people read, for writing YAML and
/// JSON that ``DatasetLoader`` reads back to the same dataset.
struct DatasetFile: Encodable {
    struct DocumentRecord: Encodable {
        var id: String, title: String, location: String?, language: String?
    }

    struct TotalRecord: Encodable {
        var entity: String, kind: String, year: Int?, count: Int, source: String?
    }

    struct EntityRecord: Encodable {
        var id: String, kind: String, subkind: String?, name: String, names: SortedMap?, country: String?
        var continent: String?, coordinates: [Double]?, venue: String?, year: Int?, topics: [String]?
        var note: String?, source: String?
    }

    struct LinkRecord: Encodable {
        var from: String, to: String, kind: String, year: Int?, date: String?, areas: [String]?, topics: [String]?
        var note: String?, source: String?
    }

    /// A string map written in key order.
    struct SortedMap: Encodable {
        let values: [String: String]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for key in values.keys.sorted() { try container.encode(values[key], forKey: Key(stringValue: key)) }
        }
    }

    var title: String?
    var titles: SortedMap?
    var focus: String?
    var year: Int?
    var documents: [DocumentRecord]?
    var totals: [TotalRecord]?
    var entities: [EntityRecord]
    var links: [LinkRecord]

    init(_ dataset: Dataset) {
        func nonEmpty<T>(_ list: [T]) -> [T]? { list.isEmpty ? nil : list }
        title = dataset.title.isEmpty ? nil : dataset.title
        titles = dataset.titles.isEmpty ? nil : SortedMap(values: dataset.titles)
        focus = dataset.focus
        year = dataset.year
        documents = nonEmpty(dataset.documents.map { DocumentRecord(id: $0.id, title: $0.title, location: $0.location, language: $0.language) })
        totals = nonEmpty(dataset.totals.map { TotalRecord(entity: $0.entity, kind: $0.kind.rawValue, year: $0.year, count: $0.count, source: $0.source?.description) })
        entities = dataset.entities.map { entity in
            EntityRecord(
                id: entity.id, kind: entity.kind.rawValue, subkind: entity.subkind, name: entity.name,
                names: entity.names.isEmpty ? nil : SortedMap(values: entity.names), country: entity.country,
                continent: entity.continent?.code, coordinates: entity.coordinates.map { [$0.latitude, $0.longitude] },
                venue: entity.venue, year: entity.year, topics: nonEmpty(entity.topics), note: entity.note, source: entity.source?.description)
        }
        links = dataset.links.map { link in
            LinkRecord(from: link.source, to: link.target, kind: link.kind.rawValue, year: link.year, date: link.date,
                       areas: nonEmpty(link.areas), topics: nonEmpty(link.topics), note: link.note, source: link.sourceReference?.description)
        }
    }

    /// The dataset as JSON in the dataset schema, keys sorted so the bytes never vary.
    static func json(_ dataset: Dataset) throws -> Data {
        var data = try JSONEncoder.deterministic().encode(DatasetFile(dataset))
        data.append(0x0A)
        return data
    }
}
