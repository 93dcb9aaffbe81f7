import Foundation

/// Lambert's azimuthal equal-area projection on the sphere (Snyder 1987, "Map Projections — A
/// Working Manual", §24): equal-area, true in direction from its centre, for regional maps
/// centred on the data.
public struct LambertAzimuthalEqualArea: MapProjection {
    /// The centre, in degrees.
    public let centerLongitude: Double, centerLatitude: Double
    private let sinPhi0: Double, cosPhi0: Double

    /// The projection centred on `longitude`, `latitude`.
    public init(centerLongitude longitude: Double, centerLatitude latitude: Double) {
        centerLongitude = longitude
        centerLatitude = latitude
        sinPhi0 = sin(latitude * .pi / 180)
        cosPhi0 = cos(latitude * .pi / 180)
    }

    /// The cosine of the angle between the centre and a point: 1 at the centre, −1 at its antipode.
    public func cosineOfDistance(longitude: Double, latitude: Double) -> Double {
        let phi = latitude * .pi / 180, dLambda = (longitude - centerLongitude) * .pi / 180
        return sinPhi0 * sin(phi) + cosPhi0 * cos(phi) * cos(dLambda)
    }

    /// The projected point, or `nil` at (or within a hair of) the centre's antipode.
    public func project(longitude: Double, latitude: Double) -> MapPoint? {
        let phi = latitude * .pi / 180, dLambda = (longitude - centerLongitude) * .pi / 180
        let denominator = 1 + sinPhi0 * sin(phi) + cosPhi0 * cos(phi) * cos(dLambda)
        guard denominator > 1e-9 else { return nil }
        let k = (2 / denominator).squareRoot()
        return MapPoint(x: k * cos(phi) * sin(dLambda), y: k * (cosPhi0 * sin(phi) - sinPhi0 * cos(phi) * cos(dLambda)))
    }
}
