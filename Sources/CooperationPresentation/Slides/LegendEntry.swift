import CooperationCore
/// One line of a native legend: a sample shape or line, and its name.
enum LegendEntry: Hashable, Sendable {
    /// An entity kind: its node's Graphviz shape, style and fill.
    case shape(name: String, dotShape: String, style: String, fill: String)
    /// A link kind: its edge's colour, Graphviz style (`solid`, `dashed`, `dotted`, `bold`) and pen width.
    case line(name: String, colour: String, style: String, penWidth: Double)
}
