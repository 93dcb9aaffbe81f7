/// A graph as Graphviz itself sees it after parsing: every node's and edge's effective
/// attribute values (defaults applied), edges as a multiset, and the subgraph tree.
///
/// Two DOT texts describe the same graph exactly when their canonical forms are equal; the
/// tests use this to prove that what ``DOT/DOTWriter`` writes reads back unchanged.
public struct CanonicalGraph: Hashable, Sendable {
    /// An attribute value and whether it is an HTML-like label.
    public struct Value: Hashable, Sendable, CustomStringConvertible {
        /// The text Graphviz holds.
        public let text: String
        /// Whether the value is an HTML-like label.
        public let isHTML: Bool
        /// The text, HTML labels between `<` and `>`.
        public var description: String { isHTML ? "<\(text)>" : text }
        /// A value with its text and kind.
        public init(text: String, isHTML: Bool) {
            self.text = text
            self.isHTML = isHTML
        }
    }

    /// An edge with its ends and effective attributes.
    public struct Edge: Hashable, Sendable, Comparable {
        /// The tail node's name.
        public let tail: String
        /// The head node's name.
        public let head: String
        /// Effective non-empty attribute values by name.
        public let attributes: [String: Value]

        /// An edge with its ends and attributes.
        public init(tail: String, head: String, attributes: [String: Value]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }

        /// Orders by ends, then by attributes, so edge lists sort the same way every time.
        public static func < (lhs: Edge, rhs: Edge) -> Bool {
            if lhs.tail != rhs.tail { return lhs.tail < rhs.tail }
            if lhs.head != rhs.head { return lhs.head < rhs.head }
            return lhs.attributes.sorted { $0.key < $1.key }.description
                < rhs.attributes.sorted { $0.key < $1.key }.description
        }
    }

    /// A subgraph: its effective graph attributes, its nodes, its edges' ends and its subgraphs.
    public struct Subgraph: Hashable, Sendable {
        /// Effective non-empty graph attributes.
        public let attributes: [String: Value]
        /// Names of the nodes in the subgraph.
        public let nodes: Set<String>
        /// `tail -> head` of each edge in the subgraph, sorted (a multiset).
        public let edges: [String]
        /// Direct subgraphs, keyed by name (anonymous ones as `{anonymous N}` in creation order).
        public let subgraphs: [String: Subgraph]
    }

    /// Whether the graph is strict.
    public let isStrict: Bool
    /// Whether the graph is directed.
    public let isDirected: Bool
    /// Effective non-empty graph attributes.
    public let attributes: [String: Value]
    /// Every node's effective non-empty attributes, by node name.
    public let nodes: [String: [String: Value]]
    /// Every edge, sorted.
    public let edges: [Edge]
    /// Direct subgraphs of the root.
    public let subgraphs: [String: Subgraph]
}
