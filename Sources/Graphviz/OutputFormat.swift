/// A Graphviz output format, named as `dot -T` names it: `png`, or with the renderer and the
/// plugin that draw it, `png:cairo` (cairo's own PNG writer) or `png:cairo:gd`.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The format's name.
    public let rawValue: String

    /// The format called `rawValue`; whether it is installed is checked when it is used.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The format called `value`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The format's name.
    public var description: String { rawValue }

    /// Scalable vector graphics.
    public static let svg = OutputFormat(rawValue: "svg")
    /// PNG bitmap, drawn by cairo. On an opaque background (an explicit `bgcolor` without alpha)
    /// the module compresses cairo's bitmap itself, several times faster than cairo's writer
    /// and the same pixels; `png:cairo` asks for cairo's writer.
    public static let png = OutputFormat(rawValue: "png")
    /// PDF (through cairo).
    public static let pdf = OutputFormat(rawValue: "pdf")
    /// The graph as DOT with layout positions.
    public static let dot = OutputFormat(rawValue: "dot")
    /// The graph as DOT with positions and drawing operations.
    public static let xdot = OutputFormat(rawValue: "xdot")

    /// The format for a file name's extension (`svg`, `png`, `pdf`, `dot`, `gv`, `xdot`…), or `nil`.
    public init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        guard !lowered.isEmpty else { return nil }
        self.rawValue = lowered == "gv" ? "dot" : lowered
    }
}
