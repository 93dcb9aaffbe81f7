/// What a graph and a subgraph have in common: attributes, defaults for the nodes and edges
/// made inside, and statements in order.
public protocol DOTStatementList {
    /// Graph attributes (`label`, `rankdir`, `bgcolor`…), written as `name=value` lines.
    var attributes: DOTAttributes { get set }
    /// Defaults for nodes made in this body, written as `node [...]`.
    var nodeDefaults: DOTAttributes { get set }
    /// Defaults for edges made in this body, written as `edge [...]`.
    var edgeDefaults: DOTAttributes { get set }
    /// Node, edge and subgraph statements, in order.
    var statements: [DOTStatement] { get set }
}

extension DOTStatementList {
    /// Appends a node statement.
    public mutating func addNode(_ id: String, _ attributes: DOTAttributes = [:]) {
        statements.append(.node(DOTNode(id, attributes: attributes)))
    }

    /// Appends an edge statement between two node IDs.
    public mutating func addEdge(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
        statements.append(.edge(DOTEdge(from, to, attributes: attributes)))
    }

    /// Appends an edge statement.
    public mutating func addEdge(_ edge: DOTEdge) {
        statements.append(.edge(edge))
    }

    /// Appends a subgraph.
    public mutating func addSubgraph(_ subgraph: DOTSubgraph) {
        statements.append(.subgraph(subgraph))
    }

    /// The node statements of this body, not of its subgraphs.
    public var nodes: [DOTNode] {
        statements.compactMap { if case .node(let node) = $0 { node } else { nil } }
    }

    /// The edge statements of this body, not of its subgraphs.
    public var edges: [DOTEdge] {
        statements.compactMap { if case .edge(let edge) = $0 { edge } else { nil } }
    }

    /// The direct subgraphs of this body.
    public var subgraphs: [DOTSubgraph] {
        statements.compactMap { if case .subgraph(let subgraph) = $0 { subgraph } else { nil } }
    }
}
