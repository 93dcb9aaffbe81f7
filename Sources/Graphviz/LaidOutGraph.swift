/// A graph after a Graphviz layout: where every node, edge and cluster was placed, read back
/// through cgraph from the attributes the layout attaches (`bb`, `pos`, `width`, `height`,
/// `lp`). Coordinates are in points (1/72 inch) with the y axis pointing up, as Graphviz has
/// them; ``boundingBox`` holds the whole drawing.
///
/// ```swift
/// let laidOut = try Graphviz.layout(graph, layout: .dot)
/// for node in laidOut.nodes { print(node.name, node.center, node.width, node.height) }
/// ```
public struct LaidOutGraph: Hashable, Sendable {
    /// A position in points.
    public struct Point: Hashable, Sendable {
        /// Points from the left.
        public var x: Double
        /// Points from the bottom.
        public var y: Double
        /// A point at `x`, `y`.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// An axis-aligned rectangle in points.
    public struct Rectangle: Hashable, Sendable {
        /// The lower-left corner.
        public var minimum: Point
        /// The upper-right corner.
        public var maximum: Point
        /// The rectangle between two corners.
        public init(minimum: Point, maximum: Point) {
            self.minimum = minimum
            self.maximum = maximum
        }
        /// Width in points.
        public var width: Double { maximum.x - minimum.x }
        /// Height in points.
        public var height: Double { maximum.y - minimum.y }
    }

    /// A placed node.
    public struct Node: Hashable, Sendable {
        /// The node's name (its DOT ID).
        public let name: String
        /// The centre of the node.
        public let center: Point
        /// The node's width in points.
        public let width: Double
        /// The node's height in points.
        public let height: Double
        /// The centre of the node's external label (`xlabel`), when it has one.
        public let externalLabelPosition: Point?
        /// Every effective, non-empty attribute (defaults applied), by name.
        public let attributes: [String: CanonicalGraph.Value]
    }

    /// A routed edge.
    public struct Edge: Hashable, Sendable {
        /// The tail node's name.
        public let tail: String
        /// The head node's name.
        public let head: String
        /// The B-spline control points from tail to head (Graphviz's `pos`, first spline), in
        /// points; empty when the layout drew no route.
        public let points: [Point]
        /// The tip of the arrowhead at the tail, when one is drawn there.
        public let tailArrowTip: Point?
        /// The tip of the arrowhead at the head, when one is drawn there.
        public let headArrowTip: Point?
        /// The centre of the edge's label, when it has one.
        public let labelPosition: Point?
        /// Every effective, non-empty attribute, by name.
        public let attributes: [String: CanonicalGraph.Value]
    }

    /// A placed cluster (a subgraph whose name begins with `cluster`).
    public struct Cluster: Hashable, Sendable {
        /// The subgraph's name.
        public let name: String
        /// The cluster's frame.
        public let bounds: Rectangle
        /// The centre of the cluster's title, when it has one.
        public let labelPosition: Point?
        /// Every effective, non-empty graph attribute of the cluster, by name.
        public let attributes: [String: CanonicalGraph.Value]
        /// The names of the nodes inside the cluster (nested clusters' included), in creation order.
        public let nodes: [String]
        /// The clusters directly inside this one.
        public let clusters: [Cluster]
    }

    /// The drawing's bounding box (`bb`).
    public let boundingBox: Rectangle
    /// Every effective, non-empty graph attribute, by name.
    public let attributes: [String: CanonicalGraph.Value]
    /// Nodes in creation order.
    public let nodes: [Node]
    /// Edges in creation order.
    public let edges: [Edge]
    /// Top-level clusters in creation order.
    public let clusters: [Cluster]
}

extension LaidOutGraph {
    /// The same graph with its nodes and edges in the order given by name and by ends (an
    /// edge's ends joined by U+0000; multi-edges keep their relative order).
    func ordered(like order: (nodes: [String], edges: [String])) -> LaidOutGraph {
        var nodeRank: [String: Int] = [:]
        for (rank, name) in order.nodes.enumerated() where nodeRank[name] == nil { nodeRank[name] = rank }
        var edgeRanks: [String: [Int]] = [:]
        for (rank, ends) in order.edges.enumerated() { edgeRanks[ends, default: []].append(rank) }
        var used: [String: Int] = [:]
        let rankedEdges = edges.map { edge -> (Int, Edge) in
            let ends = "\(edge.tail)\u{0}\(edge.head)"
            let occurrence = used[ends, default: 0]
            used[ends] = occurrence + 1
            let ranks = edgeRanks[ends] ?? []
            return (occurrence < ranks.count ? ranks[occurrence] : Int.max, edge)
        }
        return LaidOutGraph(boundingBox: boundingBox, attributes: attributes,
                            nodes: nodes.enumerated().sorted { (nodeRank[$0.element.name] ?? Int.max, $0.offset) < (nodeRank[$1.element.name] ?? Int.max, $1.offset) }.map(\.element),
                            edges: rankedEdges.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1),
                            clusters: clusters)
    }

    /// `x,y` as Graphviz writes a point (a trailing `!` of a pinned position is ignored).
    static func point(_ text: Substring) -> Point? {
        let parts = text.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1].filter { $0 != "!" }) else { return nil }
        return Point(x: x, y: y)
    }

    /// `llx,lly,urx,ury` as Graphviz writes a bounding box.
    static func rectangle(_ text: String) -> Rectangle? {
        let numbers = text.split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return Rectangle(minimum: Point(x: numbers[0], y: numbers[1]), maximum: Point(x: numbers[2], y: numbers[3]))
    }

    /// An edge's `pos`: `[s,x,y] [e,x,y] x,y x,y …`, several splines separated by `;`; only
    /// the first spline is read (several appear only for concentrated edges).
    static func spline(_ text: String) -> (points: [Point], start: Point?, end: Point?) {
        let first = text.split(separator: ";").first ?? ""
        var points: [Point] = [], start: Point?, end: Point?
        for token in first.split(separator: " ") {
            if token.hasPrefix("s,") {
                start = point(token.dropFirst(2))
            } else if token.hasPrefix("e,") {
                end = point(token.dropFirst(2))
            } else if let point = point(token) {
                points.append(point)
            }
        }
        return (points, start, end)
    }
}
