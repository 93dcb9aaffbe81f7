/// A Graphviz layout engine, named as `dot -K` names it.
public struct Layout: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The engine's name.
    public let rawValue: String

    /// The engine called `rawValue`; whether it is installed is checked when it is used.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The engine called `value`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The engine's name.
    public var description: String { rawValue }

    /// Hierarchical layers, for directed graphs and trees.
    public static let dot = Layout(rawValue: "dot")
    /// Spring model (stress majorization), for small undirected graphs.
    public static let neato = Layout(rawValue: "neato")
    /// Force-directed placement.
    public static let fdp = Layout(rawValue: "fdp")
    /// Multiscale force-directed placement, for large graphs.
    public static let sfdp = Layout(rawValue: "sfdp")
    /// Radial layout around a root.
    public static let twopi = Layout(rawValue: "twopi")
    /// Circular layout.
    public static let circo = Layout(rawValue: "circo")
}
