import Foundation

/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018, "The Equal Earth map
/// projection", International Journal of Geographical Information Science 33(3)): equal-area,
/// for world maps, on the sphere, centred on a meridian.
public struct EqualEarth: MapProjection {
    /// The central meridian, in degrees.
    public var centralMeridian: Double

    /// The projection centred on `centralMeridian` (Greenwich by default).
    public init(centralMeridian: Double = 0) {
        self.centralMeridian = centralMeridian
    }

    private static let a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796
    private static let m = 3.0.squareRoot() / 2

    /// The projected point; defined everywhere.
    public func project(longitude: Double, latitude: Double) -> MapPoint? {
        var lambda = (longitude - centralMeridian) * .pi / 180
        if lambda > .pi { lambda -= 2 * .pi } else if lambda < -.pi { lambda += 2 * .pi }
        let theta = asin(Self.m * sin(latitude * .pi / 180))
        let t2 = theta * theta, t6 = t2 * t2 * t2
        let x = lambda * cos(theta) / (Self.m * (Self.a1 + 3 * Self.a2 * t2 + t6 * (7 * Self.a3 + 9 * Self.a4 * t2)))
        let y = theta * (Self.a1 + Self.a2 * t2 + t6 * (Self.a3 + Self.a4 * t2))
        return MapPoint(x: x, y: y)
    }
}
