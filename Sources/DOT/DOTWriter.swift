/// Writes ``DOTGraph`` values as DOT text: one statement a line, indented, in insertion order,
/// so the same value always gives the same bytes.
///
/// The writer owns all quoting (see ``quote(_:)``); nothing else in the package escapes DOT.
public struct DOTWriter: Sendable {
    /// The text written for one level of nesting.
    public var indentation: String

    /// A writer indenting by `indentation` (four spaces by default).
    public init(indentation: String = "    ") {
        self.indentation = indentation
    }

    /// The DOT text of `graph`, ending with a line break.
    ///
    /// - Complexity: O(*n*) in the size of the graph.
    public func write(_ graph: DOTGraph) -> String {
        var output = ""
        output.reserveCapacity(64 + graph.statements.count * 48)
        if graph.isStrict { output += "strict " }
        output += graph.isDirected ? "digraph " : "graph "
        if let id = graph.id {
            output += DOTWriter.quote(id)
            output += " "
        }
        output += "{\n"
        writeBody(graph, directed: graph.isDirected, depth: 1, into: &output)
        output += "}\n"
        return output
    }

    private func writeBody(_ body: some DOTStatementList, directed: Bool, depth: Int, into output: inout String) {
        let indent = String(repeating: indentation, count: depth)
        for (name, value) in body.attributes {
            output += indent
            output += DOTWriter.quote(name)
            output += "="
            DOTWriter.appendValue(value, to: &output)
            output += "\n"
        }
        if !body.nodeDefaults.isEmpty {
            output += indent + "node"
            DOTWriter.appendAttributeList(body.nodeDefaults, to: &output)
            output += "\n"
        }
        if !body.edgeDefaults.isEmpty {
            output += indent + "edge"
            DOTWriter.appendAttributeList(body.edgeDefaults, to: &output)
            output += "\n"
        }
        let operation = directed ? " -> " : " -- "
        for statement in body.statements {
            switch statement {
            case .node(let node):
                output += indent
                output += DOTWriter.quote(node.id)
                DOTWriter.appendAttributeList(node.attributes, to: &output)
                output += "\n"
            case .edge(let edge):
                output += indent
                DOTWriter.appendEndpoint(edge.from, to: &output)
                output += operation
                DOTWriter.appendEndpoint(edge.to, to: &output)
                DOTWriter.appendAttributeList(edge.attributes, to: &output)
                output += "\n"
            case .subgraph(let subgraph):
                output += indent
                if let id = subgraph.id {
                    output += "subgraph "
                    output += DOTWriter.quote(id)
                    output += " {\n"
                } else {
                    output += "subgraph {\n"
                }
                writeBody(subgraph, directed: directed, depth: depth + 1, into: &output)
                output += indent + "}\n"
            }
        }
    }

    private static func appendEndpoint(_ endpoint: DOTEndpoint, to output: inout String) {
        output += quote(endpoint.node)
        if let port = endpoint.port {
            output += ":"
            output += quote(port)
        }
        if let compass = endpoint.compass {
            output += ":"
            output += compass.rawValue
        }
    }

    private static func appendAttributeList(_ attributes: DOTAttributes, to output: inout String) {
        guard !attributes.isEmpty else { return }
        output += " ["
        var first = true
        for (name, value) in attributes {
            if !first { output += ", " }
            first = false
            output += quote(name)
            output += "="
            appendValue(value, to: &output)
        }
        output += "]"
    }

    private static func appendValue(_ value: DOTValue, to output: inout String) {
        switch value.kind {
        case .html:
            output += "<"
            output += value.rawValue
            output += ">"
        case .string:
            output += quote(value.rawValue, allowingHTML: false)
        }
    }
}

extension DOTGraph {
    /// The DOT text of the graph, written by a default ``DOTWriter``.
    public var dotText: String { DOTWriter().write(self) }
}
