/// A point on a map's plane: projected units (Earth radii) or, on a canvas, points.
public struct MapPoint: Hashable, Sendable {
    /// Eastward.
    public var x: Double
    /// Northward.
    public var y: Double

    /// A point at `x`, `y`.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
