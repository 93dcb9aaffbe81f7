import CooperationCore
/// Writes the dataset format as YAML in the style of the hand-written files in `Graphs/`: one
/// flow mapping a line for each entity and link, scalars plain where YAML reads them back as
/// the same text and double-quoted (with escapes) otherwise.
enum YAMLEmitter {
    static func write(_ dataset: Dataset) -> String {
        var lines: [String] = []
        if !dataset.title.isEmpty { lines.append("title: " + scalar(dataset.title)) }
        if !dataset.titles.isEmpty {
            lines.append("titles: " + mapping(dataset.titles.keys.sorted().map { (scalar($0), dataset.titles[$0].map(scalar)) }))
        }
        if let focus = dataset.focus { lines.append("focus: " + scalar(focus)) }
        if let year = dataset.year { lines.append("year: \(year)") }
        if !dataset.documents.isEmpty {
            lines.append("documents:")
            for document in dataset.documents {
                lines.append("  - " + mapping([("id", scalar(document.id)), ("title", scalar(document.title)),
                                               ("location", document.location.map(scalar)), ("language", document.language.map(scalar))]))
            }
        }
        if !dataset.totals.isEmpty {
            lines.append("totals:")
            for total in dataset.totals {
                lines.append("  - " + mapping([("entity", scalar(total.entity)), ("kind", total.kind.rawValue), ("year", total.year.map(String.init)),
                                               ("count", String(total.count)), ("source", total.source.map { scalar($0.description) })]))
            }
        }
        lines.append(dataset.entities.isEmpty ? "entities: []" : "entities:")
        for entity in dataset.entities {
            let names = entity.names.isEmpty ? nil : mapping(entity.names.keys.sorted().map { (scalar($0), entity.names[$0].map(scalar)) })
            lines.append("  - " + mapping([
                ("id", scalar(entity.id)), ("kind", entity.kind.rawValue), ("subkind", entity.subkind.map(scalar)), ("name", scalar(entity.name)),
                ("names", names), ("country", entity.country.map(scalar)), ("continent", entity.continent?.code),
                ("coordinates", entity.coordinates.map { "[\(JSONText.number($0.latitude)), \(JSONText.number($0.longitude))]" }),
                ("venue", entity.venue.map(scalar)), ("year", entity.year.map(String.init)), ("topics", sequence(entity.topics)),
                ("note", entity.note.map(scalar)), ("source", entity.source.map { scalar($0.description) }),
            ]))
        }
        lines.append(dataset.links.isEmpty ? "links: []" : "links:")
        for link in dataset.links {
            lines.append("  - " + mapping([
                ("from", scalar(link.source)), ("to", scalar(link.target)), ("kind", link.kind.rawValue), ("year", link.year.map(String.init)),
                ("date", link.date.map(scalar)), ("areas", sequence(link.areas)), ("topics", sequence(link.topics)),
                ("note", link.note.map(scalar)), ("source", link.sourceReference.map { scalar($0.description) }),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func mapping(_ fields: [(String, String?)]) -> String {
        "{" + fields.compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: ", ") + "}"
    }

    private static func sequence(_ items: [String]) -> String? {
        items.isEmpty ? nil : "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// Words YAML reads as something other than text.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]

    /// `text` as a YAML scalar that reads back as the same string.
    static func scalar(_ text: String) -> String {
        if isPlain(text) { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    result += value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Plain when it starts with a letter, holds only letters, digits, spaces and `-_.’`, does
    /// not end with a space, and is not a word YAML gives another meaning.
    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.unicodeScalars.last != " ",
              !reserved.contains(text.lowercased()) else { return false }
        var previousSpace = false
        for scalar in text.unicodeScalars {
            let allowed = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                || scalar == "." || scalar == "’" || scalar == " "
            guard allowed, !(previousSpace && scalar == " ") else { return false }
            previousSpace = scalar == " "
        }
        return true
    }
}
