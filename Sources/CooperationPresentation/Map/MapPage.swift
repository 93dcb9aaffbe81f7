import CooperationCore

/// Where the parts of a map go on its canvas, made for the target it is drawn on: the canvas
/// has the target's aspect (its inches at 144 points each, so a 16:9 slide is 1920×1080 and a
/// point of text is a pixel there); on a wide target the legend stands in a column right of
/// the map, on an upright one under it; on a slide (which carries the title) the map has no
/// title of its own and takes the room.
struct MapPage: Sendable {
    /// The canvas, in points.
    var size: MapPoint
    /// The rectangle the map is fitted into.
    var mapLowerLeft: MapPoint, mapUpperRight: MapPoint
    /// The legend goes under the map (an upright target), not in a column to its right.
    var upright: Bool
    /// The title's baseline centre height, or `nil` on a slide.
    var titleY: Double?
    /// The subtitle's height.
    var subtitleY: Double

    /// The page of a map drawn alone at its natural size: a 16:9 canvas.
    static let standard = MapPage(target: nil, onSlide: false)

    /// The width of the legend column on a wide target, and the height of the band under the
    /// map on an upright one unless told.
    static let legendColumn = 400.0, legendBand = 340.0

    /// The page for `target` (`nil`: the standard 1920×1080 canvas), its title and subtitle
    /// taking `titleLines` and `subtitleLines` lines above the map; on an upright target the
    /// legend takes `band` points under it.
    init(target: DiagramSize?, onSlide: Bool, titleLines: Int = 1, subtitleLines: Int = 1, band: Double = Self.legendBand) {
        let inches = target?.inches ?? (width: 13.333, height: 7.5)
        size = MapPoint(x: (inches.width * 144).rounded(), y: (inches.height * 144).rounded())
        upright = size.y > size.x
        var top = size.y - 20
        if onSlide {
            titleY = nil
        } else {
            titleY = top - Double(titleLines) * Self.titleLine / 2
            top -= Double(titleLines) * Self.titleLine + 12
        }
        subtitleY = top - Double(subtitleLines) * Self.subtitleLine / 2
        top -= Double(subtitleLines) * Self.subtitleLine + 20
        mapLowerLeft = MapPoint(x: 24, y: upright ? band : 24)
        mapUpperRight = MapPoint(x: size.x - (upright ? 24 : Self.legendColumn), y: top)
    }

    /// The height of a line of the title and of the subtitle, in points.
    static let titleLine = 56.0, subtitleLine = 28.0

    /// The width the title and subtitle lines may take.
    var textWidth: Double { size.x - 64 }

    /// The x of the legend column's centre (a wide target).
    var legendCentreX: Double { size.x - Self.legendColumn / 2 }
}
