/// Places labels on a map so that none overlaps another or a place's dot, and no leader line
/// runs across another label or dot: each label takes the first of its candidate positions that
/// is free and inside the map, trying positions next to its point before positions farther out
/// (which get a leader line from the point).
struct MapLabelPlacer {
    /// A box on the canvas: centre and size, in points.
    struct Box: Hashable {
        var centre: MapPoint
        var width: Double, height: Double

        func overlaps(_ other: Box, gap: Double = 2) -> Bool {
            abs(centre.x - other.centre.x) * 2 < width + other.width + 2 * gap
                && abs(centre.y - other.centre.y) * 2 < height + other.height + 2 * gap
        }

        /// Whether the segment from `a` to `b` passes within `gap` of the box (Liang–Barsky
        /// clipping against the box grown by `gap`).
        func isCrossed(from a: MapPoint, to b: MapPoint, gap: Double = 3) -> Bool {
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let low = (centre.x - width / 2 - gap, centre.y - height / 2 - gap)
            let high = (centre.x + width / 2 + gap, centre.y + height / 2 + gap)
            var (enter, leave) = (0.0, 1.0)
            for (p, q) in [(-dx, a.x - low.0), (dx, high.0 - a.x), (-dy, a.y - low.1), (dy, high.1 - a.y)] {
                if p == 0 {
                    if q < 0 { return false }
                    continue
                }
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                if enter > leave { return false }
            }
            return true
        }

        /// Whether `point` lies in the box.
        func contains(_ point: MapPoint) -> Bool {
            abs(point.x - centre.x) * 2 <= width && abs(point.y - centre.y) * 2 <= height
        }

        func isInside(_ low: MapPoint, _ high: MapPoint) -> Bool {
            centre.x - width / 2 >= low.x && centre.x + width / 2 <= high.x && centre.y - height / 2 >= low.y && centre.y + height / 2 <= high.y
        }
    }

    private(set) var occupied: [Box] = []
    /// The leader lines drawn so far, from a place's point to its label's centre.
    private(set) var leaders: [(from: MapPoint, to: MapPoint)] = []
    /// How many labels found no free candidate and took the one that overlaps least.
    private(set) var fallbacks = 0
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
    /// directions, right and left first, next to the dot; then 20, 40, 60, 80, 100, 150, 220 and 300
    /// points out, in those directions and then the eight between them.
    static func candidates(around point: MapPoint, radius: Double, size: (width: Double, height: Double)) -> [(MapPoint, leader: Bool)] {
        let directions: [(Double, Double)] = [(1, 0), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1), (0, 1), (0, -1)]
        let between: [(Double, Double)] = [(1, 0.5), (1, -0.5), (-1, 0.5), (-1, -0.5), (0.5, 1), (0.5, -1), (-0.5, 1), (-0.5, -1)]
        var result: [(MapPoint, Bool)] = []
        for distance in [0.0, 20, 40, 60, 80, 100, 150, 220, 300] {
            for (dx, dy) in distance == 0 ? directions : directions + between {
                let length = (dx * dx + dy * dy).squareRoot()
                let x = point.x + dx * (radius + 4 + size.width / 2) + dx / length * distance
                let y = point.y + dy * (radius + 2 + size.height / 2) + dy / length * distance
                result.append((MapPoint(x: x, y: y), distance > 0))
            }
        }
        return result
    }

    /// The first free candidate, now taken; or, when none is free, the candidate that overlaps
    /// least. A candidate is free when its box overlaps no box taken, crosses no leader drawn,
    /// and, when it has a leader from `point`, that leader crosses no box taken but the dot's own.
    mutating func place(size: (width: Double, height: Double), candidates: [(MapPoint, leader: Bool)], from point: MapPoint? = nil) -> (MapPoint, leader: Bool) {
        var fallback: (MapPoint, Bool)?
        var least = Double.infinity
        for (centre, leader) in candidates {
            let box = Box(centre: centre, width: size.width, height: size.height)
            guard box.isInside(lowerLeft, upperRight) else { continue }
            var overlap = occupied.reduce(0.0) { total, other in
                let w = max(0, (box.width + other.width) / 2 - abs(box.centre.x - other.centre.x))
                let h = max(0, (box.height + other.height) / 2 - abs(box.centre.y - other.centre.y))
                return total + w * h + (box.overlaps(other) ? 1 : 0)
            }
            // A crossed line weighs as much as a large overlap: a label on a line is hard to read.
            let crossing = 10 * size.width * size.height
            overlap += Double(leaders.filter { box.isCrossed(from: $0.from, to: $0.to) }.count) * crossing
            if leader, let point {
                overlap += Double(occupied.filter { !$0.contains(point) && $0.isCrossed(from: point, to: centre) }.count) * crossing
            }
            if overlap == 0 {
                take(box, leader: leader ? point : nil)
                return (centre, leader)
            }
            if overlap < least { (least, fallback) = (overlap, (centre, leader)) }
        }
        let chosen = fallback ?? candidates.first ?? (MapPoint(x: 0, y: 0), false)
        fallbacks += 1
        take(Box(centre: chosen.0, width: size.width, height: size.height), leader: chosen.1 ? point : nil)
        return chosen
    }

    private mutating func take(_ box: Box, leader from: MapPoint?) {
        occupied.append(box)
        if let from { leaders.append((from, box.centre)) }
    }
}
