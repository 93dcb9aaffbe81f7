/// A point on the Earth in decimal degrees (WGS 84).
public struct Coordinates: Hashable, Sendable, Codable {
    /// Latitude, −90…90, north positive.
    public var latitude: Double
    /// Longitude, −180…180, east positive.
    public var longitude: Double

    /// A point; returns `nil` when either value is out of range.
    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
