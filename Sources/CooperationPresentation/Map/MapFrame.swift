import Foundation

/// What part of the Earth a map shows, chosen from the places it must show.
///
/// The rule: take, for every place, the places within ``clusterRadius`` of it, and keep the
/// largest such group (the first place given wins a tie, so put the focus first). When that
/// group holds at least ``regionalShare`` of all places, the map is regional: Lambert's
/// azimuthal equal-area projection centred on the group, framed around it with a margin; the
/// places outside that frame are ``beyond`` and are drawn as arrows at the frame's edge with
/// their names, pointing towards them. Otherwise the map is the world (Equal Earth, from 56° S
/// to 84° N) and every place is inside. A map of Poznań's partner cities is a Europe frame with
/// four arrows (to Ohio, Shenzhen, Changwon and Takasaki: 18 of 22 places are inside); its
/// coverage, with six of 26 countries far away, is the world; a map of Latin-American partners
/// is a Latin-America frame.
public struct MapFrame: Sendable {
    /// A world map or a regional one.
    public enum Kind: String, Sendable {
        /// Equal Earth, the whole world.
        case world
        /// Lambert azimuthal equal-area, centred on the data.
        case regional
    }

    /// How far (km) from one place the others may be to count in its group.
    public static let clusterRadius = 5_000.0
    /// The share of places a group needs for a regional frame.
    public static let regionalShare = 0.8

    /// World or regional.
    public let kind: Kind
    /// The projection.
    public let projection: any MapProjection
    /// The frame in projected units: lower left and upper right.
    public let lowerLeft: MapPoint, upperRight: MapPoint
    /// The ids of the places inside the frame, in the order given.
    public let inside: [String]
    /// The ids of the places outside it, in the order given.
    public let beyond: [String]

    /// Width over height.
    public var aspect: Double { (upperRight.x - lowerLeft.x) / (upperRight.y - lowerLeft.y) }

    /// Whether a projected point lies in the frame.
    public func contains(_ point: MapPoint) -> Bool {
        (lowerLeft.x...upperRight.x).contains(point.x) && (lowerLeft.y...upperRight.y).contains(point.y)
    }

    /// The frame for `places` (id, longitude, latitude in degrees), as wide as `aspect` times
    /// its height.
    public static func choose(for places: [(id: String, longitude: Double, latitude: Double)], aspect: Double) -> MapFrame {
        var best: [Int] = []
        for i in places.indices {
            let group = places.indices.filter { distance(places[i], places[$0]) <= clusterRadius }
            if group.count > best.count { best = group }
        }
        guard !places.isEmpty, Double(best.count) >= regionalShare * Double(places.count) else {
            return world(places.map(\.id), aspect: aspect)
        }
        // The centre: the mean of the group's unit vectors, back on the sphere.
        var sum = (0.0, 0.0, 0.0)
        for i in best {
            let phi = places[i].latitude * .pi / 180, lambda = places[i].longitude * .pi / 180
            sum = (sum.0 + cos(phi) * cos(lambda), sum.1 + cos(phi) * sin(lambda), sum.2 + sin(phi))
        }
        let centerLatitude = atan2(sum.2, (sum.0 * sum.0 + sum.1 * sum.1).squareRoot()) * 180 / .pi
        let centerLongitude = atan2(sum.1, sum.0) * 180 / .pi
        let projection = LambertAzimuthalEqualArea(centerLongitude: centerLongitude, centerLatitude: centerLatitude)
        let points = best.compactMap { projection.project(longitude: places[$0].longitude, latitude: places[$0].latitude) }
        var low = MapPoint(x: points.map(\.x).min() ?? 0, y: points.map(\.y).min() ?? 0)
        var high = MapPoint(x: points.map(\.x).max() ?? 0, y: points.map(\.y).max() ?? 0)
        // At least about 1,500 km across, and a margin of an eighth of the span for labels.
        let span = max(high.x - low.x, high.y - low.y, 0.24)
        let margin = span / 8
        low = MapPoint(x: low.x - margin, y: low.y - margin)
        high = MapPoint(x: high.x + margin, y: high.y + margin)
        (low, high) = widened(low, high, to: aspect)
        var inside: [String] = [], beyond: [String] = []
        for place in places {
            let point = projection.project(longitude: place.longitude, latitude: place.latitude)
            let isInside = point.map { (low.x...high.x).contains($0.x) && (low.y...high.y).contains($0.y) } ?? false
            if isInside && projection.cosineOfDistance(longitude: place.longitude, latitude: place.latitude) > 0 {
                inside.append(place.id)
            } else {
                beyond.append(place.id)
            }
        }
        return MapFrame(kind: .regional, projection: projection, lowerLeft: low, upperRight: high, inside: inside, beyond: beyond)
    }

    /// The world from 56° S to 84° N (Antarctica left out), widened to `aspect`.
    /// The width of the world map (Equal Earth, 56° S to 84° N) over its height.
    static var worldAspect: Double {
        let projection = EqualEarth()
        let east = projection.project(longitude: 180, latitude: 0)?.x ?? 2.7
        let south = projection.project(longitude: 0, latitude: -56)?.y ?? -1
        let north = projection.project(longitude: 0, latitude: 84)?.y ?? 1.3
        return 2 * east / (north - south)
    }

    static func world(_ ids: [String], aspect: Double) -> MapFrame {
        let projection = EqualEarth()
        let east = projection.project(longitude: 180, latitude: 0)?.x ?? 2.7
        let south = projection.project(longitude: 0, latitude: -56)?.y ?? -1
        let north = projection.project(longitude: 0, latitude: 84)?.y ?? 1.3
        let (low, high) = widened(MapPoint(x: -east, y: south), MapPoint(x: east, y: north), to: aspect)
        return MapFrame(kind: .world, projection: projection, lowerLeft: low, upperRight: high, inside: ids, beyond: [])
    }

    /// The box grown in one direction, about its centre, until its width is `aspect` times its height.
    private static func widened(_ low: MapPoint, _ high: MapPoint, to aspect: Double) -> (MapPoint, MapPoint) {
        let width = high.x - low.x, height = high.y - low.y
        let centre = MapPoint(x: (low.x + high.x) / 2, y: (low.y + high.y) / 2)
        let (w, h) = width / height < aspect ? (height * aspect, height) : (width, width / aspect)
        return (MapPoint(x: centre.x - w / 2, y: centre.y - h / 2), MapPoint(x: centre.x + w / 2, y: centre.y + h / 2))
    }

    /// The great-circle distance in km (haversine, on a sphere of 6,371 km).
    static func distance(_ a: (id: String, longitude: Double, latitude: Double), _ b: (id: String, longitude: Double, latitude: Double)) -> Double {
        let phi1 = a.latitude * .pi / 180, phi2 = b.latitude * .pi / 180
        let dPhi = phi2 - phi1, dLambda = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * 6_371 * asin(min(1, h.squareRoot()))
    }
}
