/// A DOT document: a graph or digraph, optionally strict, with attributes, defaults and
/// statements in insertion order.
///
/// ```swift
/// var graph = DOTGraph(directed: true, id: "cooperation")
/// graph.nodeDefaults["shape"] = .raw("box")
/// graph.addNode("Poznań", ["label": "Poznań\nPoland"])
/// graph.addEdge("Poznań", "Rennes", ["label": "partnership (1998)"])
/// print(graph.dotText)
/// ```
public struct DOTGraph: DOTStatementList, Hashable, Sendable {
    /// Whether the graph is `strict` (at most one edge between two nodes in each direction).
    public var isStrict: Bool
    /// Whether edges have a direction (`digraph`, `->`) or not (`graph`, `--`).
    public var isDirected: Bool
    /// The graph's ID, or `nil`.
    public var id: String?
    /// Graph attributes.
    public var attributes: DOTAttributes
    /// Defaults for every node.
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge.
    public var edgeDefaults: DOTAttributes
    /// Statements, in order.
    public var statements: [DOTStatement]

    /// An empty graph.
    public init(
        strict: Bool = false,
        directed: Bool = true,
        id: String? = nil,
        attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        statements: [DOTStatement] = []
    ) {
        self.isStrict = strict
        self.isDirected = directed
        self.id = id
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}
