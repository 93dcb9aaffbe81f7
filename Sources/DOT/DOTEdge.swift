/// One of the eight compass points, or the centre, that an edge end can be attached to.
public enum CompassPoint: String, Hashable, Sendable, CaseIterable {
    case north = "n", northEast = "ne", east = "e", southEast = "se"
    case south = "s", southWest = "sw", west = "w", northWest = "nw"
    case center = "c"
}

/// One end of an edge: a node ID with an optional port (a record field or an HTML cell's `PORT`)
/// and an optional compass point.
public struct DOTEndpoint: Hashable, Sendable {
    /// The ID of the node.
    public var node: String
    /// A port name on the node, or `nil`.
    public var port: String?
    /// A compass point on the node or port, or `nil`.
    public var compass: CompassPoint?

    /// An end at `node`, optionally at a port and compass point.
    public init(_ node: String, port: String? = nil, compass: CompassPoint? = nil) {
        self.node = node
        self.port = port
        self.compass = compass
    }
}

extension DOTEndpoint: ExpressibleByStringLiteral {
    /// An end at the node with this ID.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// An edge statement from one node to another.
public struct DOTEdge: Hashable, Sendable {
    /// The tail (for a digraph, where the arrow starts).
    public var from: DOTEndpoint
    /// The head (for a digraph, where the arrow points).
    public var to: DOTEndpoint
    /// The edge's own attributes.
    public var attributes: DOTAttributes

    /// An edge between two ends with optional attributes.
    public init(from: DOTEndpoint, to: DOTEndpoint, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }

    /// An edge between two node IDs with optional attributes.
    public init(_ from: String, _ to: String, attributes: DOTAttributes = [:]) {
        self.init(from: DOTEndpoint(from), to: DOTEndpoint(to), attributes: attributes)
    }
}
