/// An axis-aligned box in drawing units (y grows downwards, as in SVG).
struct Box: Hashable {
    var minX, minY, maxX, maxY: Double
    var area: Double { max(0, maxX - minX) * max(0, maxY - minY) }
    func union(_ other: Box) -> Box {
        Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }
    func intersection(_ other: Box) -> Box {
        Box(minX: max(minX, other.minX), minY: max(minY, other.minY), maxX: min(maxX, other.maxX), maxY: min(maxY, other.maxY))
    }
    func intersects(_ other: Box) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
    func inset(_ amount: Double) -> Box {
        Box(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }
    /// Whether `point` lies strictly inside the box.
    func contains(_ point: (x: Double, y: Double)) -> Bool {
        point.x > minX && point.x < maxX && point.y > minY && point.y < maxY
    }
}
