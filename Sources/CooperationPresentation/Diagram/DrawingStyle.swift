import CooperationCore
/// How one drawing of a view is set: its text sizes, the layout engine and direction, whether
/// it goes on a slide (no title of its own) and the target it is spread to fill.
struct DrawingStyle: Sendable {
    /// The white space kept around a drawing made for a target, in inches.
    static let pad = 0.2

    var typography = DiagramTypography()
    var engine: String
    var rankdir: String?
    var onSlide = false
    var subtitle: String?
    var target: DiagramSize?
    /// Spread to fill ``target`` (off while a layout is only being measured against it).
    var fills = true
}
