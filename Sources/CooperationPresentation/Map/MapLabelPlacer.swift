/// Places labels on a map so that none overlaps another or a place's dot: each label takes the
/// first of its candidate positions that is free and inside the map, trying positions next to
/// its point before positions farther out (which get a leader line).
struct MapLabelPlacer {
    /// A box on the canvas: centre and size, in points.
    struct Box: Hashable {
        var centre: MapPoint
        var width: Double, height: Double

        func overlaps(_ other: Box, gap: Double = 2) -> Bool {
            abs(centre.x - other.centre.x) * 2 < width + other.width + 2 * gap
                && abs(centre.y - other.centre.y) * 2 < height + other.height + 2 * gap
        }

        func isInside(_ low: MapPoint, _ high: MapPoint) -> Bool {
            centre.x - width / 2 >= low.x && centre.x + width / 2 <= high.x && centre.y - height / 2 >= low.y && centre.y + height / 2 <= high.y
        }
    }

    private(set) var occupied: [Box] = []
    let lowerLeft: MapPoint, upperRight: MapPoint

    init(lowerLeft: MapPoint, upperRight: MapPoint) {
        self.lowerLeft = lowerLeft
        self.upperRight = upperRight
    }

    /// Marks a box (a dot, the legend) as taken.
    mutating func occupy(_ box: Box) { occupied.append(box) }

    /// The estimated size of a label in DejaVu Sans: 0.6 em a character (0.66 bold; Graphviz
    /// measures 0.51–0.6 for names), 1.2 em a line, plus the label's margin.
    static func size(of text: String, fontSize: Double, bold: Bool = false) -> (width: Double, height: Double) {
        (Double(text.count) * fontSize * (bold ? 0.66 : 0.6) + 10, fontSize * 1.2 + 4)
    }

    /// Positions around a dot of radius `radius` at `point` for a label of `size`: the eight
    /// directions, right and left first, next to the dot and then 30, 60, 100, 150 and 220 points out.
    static func candidates(around point: MapPoint, radius: Double, size: (width: Double, height: Double)) -> [(MapPoint, leader: Bool)] {
        let directions: [(Double, Double)] = [(1, 0), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1), (0, 1), (0, -1)]
        var result: [(MapPoint, Bool)] = []
        for distance in [0.0, 30, 60, 100, 150, 220] {
            for (dx, dy) in directions {
                let length = (dx * dx + dy * dy).squareRoot()
                let x = point.x + dx * (radius + 4 + size.width / 2) + dx / length * distance
                let y = point.y + dy * (radius + 2 + size.height / 2) + dy / length * distance
                result.append((MapPoint(x: x, y: y), distance > 0))
            }
        }
        return result
    }

    /// The first free candidate, now taken; or, when none is free, the candidate that overlaps least.
    mutating func place(size: (width: Double, height: Double), candidates: [(MapPoint, leader: Bool)]) -> (MapPoint, leader: Bool) {
        var fallback: (MapPoint, Bool)?
        var least = Double.infinity
        for (centre, leader) in candidates {
            let box = Box(centre: centre, width: size.width, height: size.height)
            guard box.isInside(lowerLeft, upperRight) else { continue }
            let overlap = occupied.reduce(0.0) { total, other in
                let w = max(0, (box.width + other.width) / 2 - abs(box.centre.x - other.centre.x))
                let h = max(0, (box.height + other.height) / 2 - abs(box.centre.y - other.centre.y))
                return total + w * h + (box.overlaps(other) ? 1 : 0)
            }
            if overlap == 0 {
                occupied.append(box)
                return (centre, leader)
            }
            if overlap < least { (least, fallback) = (overlap, (centre, leader)) }
        }
        let chosen = fallback ?? candidates.first ?? (MapPoint(x: 0, y: 0), false)
        occupied.append(Box(centre: chosen.0, width: size.width, height: size.height))
        return chosen
    }
}
