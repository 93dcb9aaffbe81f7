/// A ``MapFrame`` laid on a rectangle of the drawing, in points (y up, as Graphviz has it).
public struct MapCanvas: Sendable {
    /// The frame.
    public let frame: MapFrame
    /// The rectangle the frame fills: lower left and upper right, in points.
    public let lowerLeft: MapPoint, upperRight: MapPoint
    private let scale: Double

    /// The frame fitted into the box from `lowerLeft` to `upperRight`, keeping its aspect and centred.
    public init(frame: MapFrame, within lowerLeft: MapPoint, _ upperRight: MapPoint) {
        self.frame = frame
        let width = upperRight.x - lowerLeft.x, height = upperRight.y - lowerLeft.y
        let frameWidth = frame.upperRight.x - frame.lowerLeft.x, frameHeight = frame.upperRight.y - frame.lowerLeft.y
        scale = min(width / frameWidth, height / frameHeight)
        let used = MapPoint(x: frameWidth * scale, y: frameHeight * scale)
        self.lowerLeft = MapPoint(x: lowerLeft.x + (width - used.x) / 2, y: lowerLeft.y + (height - used.y) / 2)
        self.upperRight = MapPoint(x: self.lowerLeft.x + used.x, y: self.lowerLeft.y + used.y)
    }

    /// A projected point on the canvas.
    public func point(_ projected: MapPoint) -> MapPoint {
        MapPoint(x: lowerLeft.x + (projected.x - frame.lowerLeft.x) * scale, y: lowerLeft.y + (projected.y - frame.lowerLeft.y) * scale)
    }

    /// A place on the canvas (possibly outside the rectangle), or `nil` where the projection has none.
    public func point(longitude: Double, latitude: Double) -> MapPoint? {
        frame.projection.project(longitude: longitude, latitude: latitude).map(point)
    }

    /// Whether a canvas point lies in the rectangle.
    public func contains(_ point: MapPoint) -> Bool {
        (lowerLeft.x...upperRight.x).contains(point.x) && (lowerLeft.y...upperRight.y).contains(point.y)
    }
}
