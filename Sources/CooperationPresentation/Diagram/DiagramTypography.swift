import CooperationCore
/// The text sizes of a diagram, in points of the target it is drawn for, with the floors no
/// fitting may go below: at 1920×1080 px on 13.33×7.5 in (a 16:9 slide, 2 px a point) entity
/// names are at least 24 px, secondary lines (country, year, edge labels, captions, the
/// legend) 18 px and the title 40 px. The floors are points on the target, so a 4:3 slide
/// (7.5 in tall too) gets the same pixels and an A4 page the same printed size.
///
/// Views are laid out with these sizes and then only spread to fill the target, never shrunk;
/// a view that cannot fit at the floors is split (see ``CooperationDiagram/parts(_:size:onSlide:limits:)``).
/// The map view and other drawings can take the same sizes.
public struct DiagramTypography: Sendable, Hashable {
    /// The smallest entity name, in points (12 pt: 24 px on a 16:9 slide).
    public static let nameFloor = 12.0
    /// The smallest secondary line, in points (9 pt: 18 px on a 16:9 slide).
    public static let secondaryFloor = 9.0
    /// The smallest title, in points (20 pt: 40 px on a 16:9 slide).
    public static let titleFloor = 20.0

    /// How much larger than the floors the text is set (1 or more).
    public var scale: Double

    /// Text at `scale` times the floors (never below them).
    public init(scale: Double = 1) {
        self.scale = max(scale, 1)
    }

    /// Entity names, in points.
    public var name: Double { Self.nameFloor * scale }
    /// The focus's name, a little larger than the other names.
    public var focusName: Double { name * 1.25 }
    /// Secondary lines, in whole points: they are set through HTML labels' `POINT-SIZE`, which
    /// Graphviz 2.43 reads as a whole number (9.4 would be drawn at 9), so they are rounded up.
    public var secondary: Double { (Self.secondaryFloor * scale - 0.001).rounded(.up) }
    /// The title, in whole points (an HTML label's `POINT-SIZE` too).
    public var title: Double { (Self.titleFloor * scale - 0.001).rounded(.up) }

    /// Target pixels per point of `size`: 2 on the slides (144 px an inch), about 2.78 on A4
    /// (200 px an inch).
    public static func pixelsPerPoint(_ size: DiagramSize) -> Double {
        Double(size.pixels.width) / (size.inches.width * 72)
    }

    /// The floors of `size` in its pixels: names, secondary lines, title.
    public static func floorPixels(_ size: DiagramSize) -> (name: Double, secondary: Double, title: Double) {
        let factor = pixelsPerPoint(size)
        return (nameFloor * factor, secondaryFloor * factor, titleFloor * factor)
    }

    /// A point size as Graphviz reads it.
    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
