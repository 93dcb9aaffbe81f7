/// How the measures that see parallel links count them.
///
/// NetworkX gives different answers for a `MultiGraph` and for the simple `Graph` made from it
/// wherever degrees or edge counts enter the formula (degree and attribute assortativity,
/// modularity, Louvain). Path measures, clustering and core numbers do not depend on it: they
/// are defined on the simple graph, as NetworkX defines them.
public enum LinkCounting: String, Sendable, CaseIterable, Codable {
    /// Every link counts, as NetworkX's `MultiGraph`: two twinning links between the same two
    /// cities are two edges, and a self-link is an edge that adds 2 to its entity's degree.
    case multigraph
    /// Parallel links are one edge and self-links are dropped, as NetworkX's `Graph(G)` with
    /// `selfloop_edges` removed.
    case simple
}
