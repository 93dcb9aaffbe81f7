import CooperationCore
/// The bundled outlines of the world's countries: Natural Earth's Admin-0 countries at 1:110m
/// (public domain), simplified and quantised to hundredths of a degree by
/// `Scripts/make-countries.py`, which states the source and how to build it again.
public enum CountryShapes {
    /// Every country, by code; empty when the resource is missing.
    public static let all: [String: CountryShape] = {
        guard let text = EmbeddedResource.text(named: "countries-110m.tsv", module: "CooperationPresentation") else { return [:] }
        var shapes: [String: CountryShape] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if let shape = parse(line) { shapes[shape.code] = shape }
        }
        return shapes
    }()

    /// The codes of every country, sorted: the order they are drawn in.
    public static let codes: [String] = all.keys.sorted()

    /// Reads `code <tab> lon,lat <tab> ring;ring`, each ring delta-coded hundredths of a degree.
    static func parse(_ line: Substring) -> CountryShape? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let anchor = fields[1].split(separator: ",").compactMap { Double($0) }
        guard anchor.count == 2 else { return nil }
        var rings: [[(longitude: Double, latitude: Double)]] = []
        for ringText in fields[2].split(separator: ";") {
            var ring: [(longitude: Double, latitude: Double)] = []
            var x = 0, y = 0, pending: Int?
            for number in ringText.split(separator: ",") {
                guard let value = Int(number) else { return nil }
                if let dx = pending {
                    x += dx
                    y += value
                    ring.append((Double(x) / 100, Double(y) / 100))
                    pending = nil
                } else {
                    pending = value
                }
            }
            if ring.count >= 3 { rings.append(ring) }
        }
        return CountryShape(code: String(fields[0]), anchor: (anchor[0], anchor[1]), rings: rings)
    }
}
