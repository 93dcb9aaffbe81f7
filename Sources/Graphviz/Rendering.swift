import Foundation

/// The output of a render: the bytes and the warnings Graphviz gave while making them.
public struct Rendering: Sendable {
    /// The rendered file's bytes (SVG text, PNG, PDF, laid-out DOT…).
    public let data: Data
    /// Warnings Graphviz reported, one a message, in order; empty when there were none.
    public let warnings: [String]
}
