/// One country's outline: its parts (rings of longitude, latitude in degrees) and a point well
/// inside its largest part.
public struct CountryShape: Sendable {
    /// The ISO 3166-1 alpha-2 code (`XK` for Kosovo).
    public let code: String
    /// A point inside the largest part, far from its edges: where a label or a probe goes.
    public let anchor: (longitude: Double, latitude: Double)
    /// The parts, largest first; each a closed ring given without repeating its first point.
    public let rings: [[(longitude: Double, latitude: Double)]]
}
