import CooperationCore
import DOT

/// One drawing of a view made for a target: the whole view, or one part of a view too large to
/// be legible on one slide or page.
public struct DiagramPart: Sendable {
    /// The graph, laid out for its target (``layout`` spreads it to fill the target).
    public var graph: DOTGraph
    /// The Graphviz layout engine chosen for it.
    public var layout: String
    /// Its number, from 1.
    public var number: Int
    /// How many parts the view has.
    public var count: Int
    /// What the part shows and the rule that split the view ("2 of 4 · Europe · one slide per
    /// continent (…)"), or `nil` for a view drawn whole.
    public var subtitle: String?
}
