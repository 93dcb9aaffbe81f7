/// A node statement: an ID and its attributes.
public struct DOTNode: Hashable, Sendable {
    /// The node's ID, any text; the writer quotes it as the DOT grammar requires.
    public var id: String
    /// The node's own attributes.
    public var attributes: DOTAttributes

    /// A node with an ID and optional attributes.
    public init(_ id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
