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
        var htmlTexts = Set<String>()
        DOTWriter.collectHTMLTexts(graph, into: &htmlTexts)
        let ids = IDQuoting(htmlTexts: htmlTexts)
        if let id = graph.id {
            output += ids.quote(id)
            output += " "
        }
        output += "{\n"
        writeBody(graph, directed: graph.isDirected, depth: 1, ids: ids, into: &output)
        output += "}\n"
        return output
    }

    /// How IDs are written in one graph. cgraph keeps one copy of each string of a graph, whose
    /// HTML flag is that of its first appearance; an ID with the text of an HTML-like value of
    /// the graph is therefore written HTML-like too, so that it cannot turn that value into
    /// plain text by appearing first.
    private struct IDQuoting {
        let htmlTexts: Set<String>

        func quote(_ id: String) -> String {
            if !htmlTexts.isEmpty, htmlTexts.contains(id), DOTWriter.hasBalancedAngleBrackets(id), !id.utf8.contains(0) {
                return "<" + id + ">"
            }
            return DOTWriter.quote(id)
        }
    }

    /// The texts of every HTML-like value in `body` and its subgraphs.
    private static func collectHTMLTexts(_ body: some DOTStatementList, into texts: inout Set<String>) {
        func add(_ attributes: DOTAttributes) {
            for (_, value) in attributes where value.kind == .html && !value.rawValue.isEmpty { texts.insert(value.rawValue) }
        }
        add(body.attributes)
        add(body.nodeDefaults)
        add(body.edgeDefaults)
        for statement in body.statements {
            switch statement {
            case .node(let node): add(node.attributes)
            case .edge(let edge): add(edge.attributes)
            case .subgraph(let subgraph): collectHTMLTexts(subgraph, into: &texts)
            }
        }
    }

    private func writeBody(_ body: some DOTStatementList, directed: Bool, depth: Int, ids: IDQuoting, into output: inout String) {
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
                output += ids.quote(node.id)
                DOTWriter.appendAttributeList(node.attributes, to: &output)
                output += "\n"
            case .edge(let edge):
                output += indent
                DOTWriter.appendEndpoint(edge.from, ids: ids, to: &output)
                output += operation
                DOTWriter.appendEndpoint(edge.to, ids: ids, to: &output)
                DOTWriter.appendAttributeList(edge.attributes, to: &output)
                output += "\n"
            case .subgraph(let subgraph):
                output += indent
                if let id = subgraph.id {
                    output += "subgraph "
                    output += ids.quote(id)
                    output += " {\n"
                } else {
                    output += "subgraph {\n"
                }
                writeBody(subgraph, directed: directed, depth: depth + 1, ids: ids, into: &output)
                output += indent + "}\n"
            }
        }
    }

    private static func appendEndpoint(_ endpoint: DOTEndpoint, ids: IDQuoting, to output: inout String) {
        output += ids.quote(endpoint.node)
        if let port = endpoint.port {
            output += ":"
            output += ids.quote(port)
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
