/// Country shapes as a Graphviz xdot drawing (the graph's `_background`), so that SVG, PNG and
/// PDF all carry them: the sea, then every country that reaches the frame, clipped to it
/// (Antarctica is left off world maps, which end at 56° S).
public struct Basemap: Sendable {
    /// How one country is drawn.
    public struct Style: Hashable, Sendable {
        /// The fill colour (`#RRGGBB`).
        public var fill: String
        /// The outline colour.
        public var stroke: String
        /// Dashed outline (a target country not reached).
        public var dashed = false
    }

    /// The xdot operations.
    public let xdot: String
    /// The countries drawn, in drawing order, with how many polygons each became: what
    /// ``CountryShapeSVG`` needs to find them in Graphviz's SVG.
    public let drawn: [(code: String, polygons: Int)]

    /// Draws `shapes` (in the given order) on `canvas`: the sea in `sea`, each country in
    /// `style(code)`, borders `lineWidth` points wide, and the map's edge as a line in `edge`
    /// (a polyline, so that the SVG's polygons stay the sea's and the countries').
    public init(canvas: MapCanvas, shapes: [CountryShape], sea: String, edge: String, lineWidth: Double, style: (String) -> Style) {
        var ops = "S \(("setlinewidth(" + Self.number(lineWidth * 10) + ")").utf8.count) -setlinewidth(\(Self.number(lineWidth * 10))) "
        ops += Self.colour("C", sea) + Self.colour("c", sea) + Self.polygon(Self.seaOutline(canvas))
        var drawn: [(String, Int)] = []
        let low = canvas.frame.lowerLeft, high = canvas.frame.upperRight
        let regional = canvas.frame.projection as? LambertAzimuthalEqualArea
        for shape in shapes where !(canvas.frame.kind == .world && shape.code == "AQ") {
            var polygons: [String] = []
            for ring in shape.rings {
                // Parts on the far side of an azimuthal projection's globe are never in a regional
                // frame, and near the antipode they would be torn apart.
                if let regional, ring.contains(where: { regional.cosineOfDistance(longitude: $0.longitude, latitude: $0.latitude) < -0.3 }) { continue }
                let projected = ring.compactMap { canvas.frame.projection.project(longitude: $0.longitude, latitude: $0.latitude) }
                guard projected.count == ring.count else { continue }
                let clipped = Self.clip(projected, low, high).map(canvas.point)
                let text = Self.polygon(clipped)
                if !text.isEmpty { polygons.append(text) }
            }
            guard !polygons.isEmpty else { continue }
            let look = style(shape.code)
            ops += Self.colour("C", look.fill) + Self.colour("c", look.stroke)
            ops += look.dashed ? "S 6 -dashed " : ""
            ops += polygons.joined()
            ops += look.dashed ? "S 5 -solid " : ""
            drawn.append((shape.code, polygons.count))
        }
        let outline = Self.seaOutline(canvas)
        if let first = outline.first {
            ops += Self.colour("c", edge) + "L \(outline.count + 1)" + (outline + [first]).map { " " + Self.number($0.x * 10) + " " + Self.number($0.y * 10) }.joined() + " "
        }
        xdot = ops
        self.drawn = drawn
    }

    /// The outline of the map: the frame's rectangle, or for the world its Equal Earth shape
    /// (meridians ±180° and the frame's parallels), clipped to the frame.
    private static func seaOutline(_ canvas: MapCanvas) -> [MapPoint] {
        guard canvas.frame.kind == .world else {
            return [canvas.lowerLeft, MapPoint(x: canvas.upperRight.x, y: canvas.lowerLeft.y), canvas.upperRight, MapPoint(x: canvas.lowerLeft.x, y: canvas.upperRight.y)]
        }
        var outline: [MapPoint] = []
        for latitude in stride(from: -56.0, through: 84, by: 2) { outline += canvas.point(longitude: 180, latitude: latitude).map { [$0] } ?? [] }
        for latitude in stride(from: 84.0, through: -56, by: -2) { outline += canvas.point(longitude: -180, latitude: latitude).map { [$0] } ?? [] }
        return outline
    }

    /// Sutherland–Hodgman clipping of a ring to an axis-parallel box.
    static func clip(_ ring: [MapPoint], _ low: MapPoint, _ high: MapPoint) -> [MapPoint] {
        var points = ring
        let edges: [(MapPoint) -> Double] = [{ $0.x - low.x }, { high.x - $0.x }, { $0.y - low.y }, { high.y - $0.y }]
        for inside in edges {
            guard let last = points.last else { return [] }
            var result: [MapPoint] = []
            var previous = last
            for point in points {
                let a = inside(previous), b = inside(point)
                if (a >= 0) != (b >= 0) {
                    let t = a / (a - b)
                    result.append(MapPoint(x: previous.x + (point.x - previous.x) * t, y: previous.y + (point.y - previous.y) * t))
                }
                if b >= 0 { result.append(point) }
                previous = point
            }
            points = result
        }
        return points
    }

    /// `P n x y …` with coordinates in tenths of a point, repeated points dropped; empty under 3 points.
    private static func polygon(_ points: [MapPoint]) -> String {
        var values: [(Int, Int)] = []
        for point in points {
            let q = (Int((point.x * 10).rounded()), Int((point.y * 10).rounded()))
            if values.last.map({ $0 == q }) != true { values.append(q) }
        }
        if values.count > 1, values.first.map({ $0 == values[values.count - 1] }) == true { values.removeLast() }
        guard values.count >= 3 else { return "" }
        var text = "P \(values.count)"
        for (x, y) in values { text += " " + number(Double(x)) + " " + number(Double(y)) }
        return text + " "
    }

    /// Tenths as a decimal: 1234 → `123.4`, −5 → `-0.5`, 20 → `2`.
    static func number(_ tenths: Double) -> String {
        let value = Int(tenths.rounded())
        let sign = value < 0 ? "-" : "", magnitude = abs(value)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    private static func colour(_ op: String, _ colour: String) -> String {
        "\(op) \(colour.utf8.count) -\(colour) "
    }
}
