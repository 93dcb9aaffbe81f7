/// A statement in a graph or subgraph body, kept in insertion order.
public enum DOTStatement: Hashable, Sendable {
    /// A node statement.
    case node(DOTNode)
    /// An edge statement.
    case edge(DOTEdge)
    /// A subgraph or cluster.
    case subgraph(DOTSubgraph)
}
