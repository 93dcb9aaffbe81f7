/// A projection of the sphere onto a plane, in Earth radii (multiply by 6,371 km for kilometres).
public protocol MapProjection: Sendable {
    /// The point of `longitude`, `latitude` (degrees) on the plane, or `nil` where the
    /// projection has none (the antipode of an azimuthal projection's centre).
    func project(longitude: Double, latitude: Double) -> MapPoint?
}
