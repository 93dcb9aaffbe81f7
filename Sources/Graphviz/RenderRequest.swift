/// One output of a graph laid out once and rendered to several formats
/// (``Graphviz/render(_:layout:requests:limits:)``): a format, and the graph attributes it is
/// rendered with, chosen from where the layout put everything.
///
/// Only attributes Graphviz reads when it renders take effect here (`viewport`, `pad`,
/// `margin`, `bgcolor`…); those the layout reads (`size`, `ratio`, `dpi`) belong on the graph.
public struct RenderRequest: Sendable {
    /// The output format.
    public var format: OutputFormat
    /// The attributes set on the graph for this output, from its laid-out bounding box;
    /// the graph's own values come back after it.
    public var attributes: @Sendable (LaidOutGraph.Rectangle) -> [String: String]

    /// An output in `format`, rendered with `attributes` of the laid-out bounding box (none by default).
    public init(_ format: OutputFormat, attributes: @escaping @Sendable (LaidOutGraph.Rectangle) -> [String: String] = { _ in [:] }) {
        self.format = format
        self.attributes = attributes
    }
}
