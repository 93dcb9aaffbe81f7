/// A subgraph; one whose ID starts with `cluster` is drawn as a box around its nodes by the
/// layouts that support clusters (dot, fdp).
public struct DOTSubgraph: DOTStatementList, Hashable, Sendable {
    /// The subgraph's ID, or `nil` for an anonymous subgraph.
    public var id: String?
    /// Graph attributes of the subgraph (a cluster's `label`, `style`, `color`…).
    public var attributes: DOTAttributes
    /// Defaults for nodes made inside.
    public var nodeDefaults: DOTAttributes
    /// Defaults for edges made inside.
    public var edgeDefaults: DOTAttributes
    /// Statements, in order.
    public var statements: [DOTStatement]

    /// A subgraph with an optional ID and optional contents.
    public init(
        _ id: String? = nil,
        attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        statements: [DOTStatement] = []
    ) {
        self.id = id
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }

    /// A cluster: a subgraph whose ID is `"cluster_" + name`.
    public static func cluster(_ name: String, attributes: DOTAttributes = [:]) -> DOTSubgraph {
        DOTSubgraph("cluster_" + name, attributes: attributes)
    }

    /// Whether Graphviz treats this subgraph as a cluster (its ID starts with `cluster`).
    public var isCluster: Bool { id?.hasPrefix("cluster") ?? false }
}
