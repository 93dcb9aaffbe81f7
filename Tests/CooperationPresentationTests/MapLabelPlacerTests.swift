@testable import CooperationPresentation
import Testing

/// The map's label placer on hand-made scenes: a label's leader line runs across no label or
/// dot placed before it, and no later label is put across a leader.
@Suite struct MapLabelPlacerTests {
    let size = (width: 60.0, height: 20.0)

    /// A line from (0, 0) to (100, 0) crosses a box on it and misses one above it; the gap
    /// around the box counts.
    @Test func segmentsCrossBoxesTheyPassThrough() {
        let on = MapLabelPlacer.Box(centre: MapPoint(x: 50, y: 0), width: 10, height: 10)
        let above = MapLabelPlacer.Box(centre: MapPoint(x: 50, y: 20), width: 10, height: 10)
        let near = MapLabelPlacer.Box(centre: MapPoint(x: 50, y: 7), width: 10, height: 10)
        #expect(on.isCrossed(from: MapPoint(x: 0, y: 0), to: MapPoint(x: 100, y: 0)))
        #expect(!above.isCrossed(from: MapPoint(x: 0, y: 0), to: MapPoint(x: 100, y: 0)))
        #expect(near.isCrossed(from: MapPoint(x: 0, y: 0), to: MapPoint(x: 100, y: 0), gap: 3))
        #expect(!near.isCrossed(from: MapPoint(x: 0, y: 0), to: MapPoint(x: 100, y: 0), gap: 1))
        // A line that ends before the box does not cross it.
        #expect(!on.isCrossed(from: MapPoint(x: 0, y: 0), to: MapPoint(x: 30, y: 0)))
    }

    /// Only far candidates, the first of which would draw its leader through a label already
    /// there: the placer takes the next, whose leader is clear.
    @Test func aLeaderGoesRoundALabelInItsWay() {
        var placer = MapLabelPlacer(lowerLeft: MapPoint(x: -500, y: -500), upperRight: MapPoint(x: 500, y: 500))
        let dot = MapPoint(x: 0, y: 0)
        placer.occupy(.init(centre: dot, width: 14, height: 14))
        // A label sits between the dot and the first candidate, to its right.
        placer.occupy(.init(centre: MapPoint(x: 80, y: 0), width: 40, height: 20))
        let candidates = [(MapPoint(x: 200, y: 0), leader: true), (MapPoint(x: 0, y: 150), leader: true)]
        let (centre, leader) = placer.place(size: size, candidates: candidates, from: dot)
        #expect(centre.x == 0 && centre.y == 150 && leader)
        #expect(placer.leaders.count == 1)
    }

    /// A leader once drawn keeps later labels off it: a label whose first candidate lies across
    /// the leader takes its second.
    @Test func aLaterLabelStaysOffALeader() {
        var placer = MapLabelPlacer(lowerLeft: MapPoint(x: -500, y: -500), upperRight: MapPoint(x: 500, y: 500))
        let dot = MapPoint(x: 0, y: 0)
        _ = placer.place(size: size, candidates: [(MapPoint(x: 300, y: 0), leader: true)], from: dot)
        let (centre, _) = placer.place(size: size, candidates: [(MapPoint(x: 150, y: 5), leader: false), (MapPoint(x: 150, y: 60), leader: false)])
        #expect(centre.y == 60)
    }

    /// When no candidate is clear, the one that crosses least is taken: an overlap of a few
    /// points rather than a label laid across a leader.
    @Test func theFallbackAvoidsLeadersMost() {
        var placer = MapLabelPlacer(lowerLeft: MapPoint(x: -500, y: -500), upperRight: MapPoint(x: 500, y: 500))
        _ = placer.place(size: size, candidates: [(MapPoint(x: 300, y: 0), leader: true)], from: MapPoint(x: 0, y: 0))
        placer.occupy(.init(centre: MapPoint(x: 150, y: 50), width: 60, height: 20))
        // Across the leader, or overlapping the box above it by 4 points.
        let (centre, _) = placer.place(size: size, candidates: [(MapPoint(x: 150, y: 0), leader: false), (MapPoint(x: 150, y: 34), leader: false)])
        #expect(centre.y == 34)
    }
}
