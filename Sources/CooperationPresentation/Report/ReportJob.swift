/// One piece of a ``ReportPack``'s work, independent of the others: what
/// ``ReportPack/files(of:)`` makes for it depends on the pack alone, so processes can share
/// the jobs of one pack and ``ReportPack/files(assembling:)`` put their files together.
public enum ReportJob: Hashable, Sendable {
    /// A view's drawing at Graphviz's natural size: its SVG (the page shows it) and its DOT.
    case drawing(DiagramView)
    /// A view drawn for the pack's size: the PNG and PDF of each of its parts.
    case parts(DiagramView)
    /// The slide deck, `deck.pptx`.
    case deck
}
