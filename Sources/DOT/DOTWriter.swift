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
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The DOT text of `graph` as UTF-8 bytes, the same bytes as ``write(_:)``'s text.
    ///
    /// Every statement is written straight into one growing buffer; no string is made per ID
    /// or attribute.
    ///
    /// - Complexity: O(*n*) in the size of the graph.
    public func utf8(_ graph: DOTGraph) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64 + graph.statements.count * 48)
        if graph.isStrict { output += "strict ".utf8 }
        output += (graph.isDirected ? "digraph " : "graph ").utf8
        var htmlTexts = Set<String>()
        DOTWriter.collectHTMLTexts(graph, into: &htmlTexts)
        let ids = IDQuoting(htmlTexts: htmlTexts)
        if let id = graph.id {
            ids.append(id, to: &output)
            output.append(UInt8(ascii: " "))
        }
        output += "{\n".utf8
        writeBody(graph, directed: graph.isDirected, depth: 1, ids: ids, into: &output)
        output += "}\n".utf8
        return output
    }

    /// How IDs are written in one graph. cgraph keeps one copy of each string of a graph, whose
    /// HTML flag is that of its first appearance; an ID with the text of an HTML-like value of
    /// the graph is therefore written HTML-like too, so that it cannot turn that value into
    /// plain text by appearing first.
    private struct IDQuoting {
        let htmlTexts: Set<String>

        func append(_ id: String, to output: inout [UInt8]) {
            if !htmlTexts.isEmpty, htmlTexts.contains(id), DOTWriter.hasBalancedAngleBrackets(id), !id.utf8.contains(0) {
                output.append(UInt8(ascii: "<"))
                output += id.utf8
                output.append(UInt8(ascii: ">"))
                return
            }
            DOTWriter.appendQuoted(id, allowingHTML: true, to: &output)
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

    private func writeBody(_ body: some DOTStatementList, directed: Bool, depth: Int, ids: IDQuoting, into output: inout [UInt8]) {
        let indent = Array(String(repeating: indentation, count: depth).utf8)
        let newline = UInt8(ascii: "\n")
        for (name, value) in body.attributes {
            output += indent
            DOTWriter.appendQuoted(name, allowingHTML: true, to: &output)
            output.append(UInt8(ascii: "="))
            DOTWriter.appendValue(value, to: &output)
            output.append(newline)
        }
        if !body.nodeDefaults.isEmpty {
            output += indent
            output += "node".utf8
            DOTWriter.appendAttributeList(body.nodeDefaults, to: &output)
            output.append(newline)
        }
        if !body.edgeDefaults.isEmpty {
            output += indent
            output += "edge".utf8
            DOTWriter.appendAttributeList(body.edgeDefaults, to: &output)
            output.append(newline)
        }
        let operation = Array((directed ? " -> " : " -- ").utf8)
        for statement in body.statements {
            switch statement {
            case .node(let node):
                output += indent
                ids.append(node.id, to: &output)
                DOTWriter.appendAttributeList(node.attributes, to: &output)
                output.append(newline)
            case .edge(let edge):
                output += indent
                DOTWriter.appendEndpoint(edge.from, ids: ids, to: &output)
                output += operation
                DOTWriter.appendEndpoint(edge.to, ids: ids, to: &output)
                DOTWriter.appendAttributeList(edge.attributes, to: &output)
                output.append(newline)
            case .subgraph(let subgraph):
                output += indent
                if let id = subgraph.id {
                    output += "subgraph ".utf8
                    ids.append(id, to: &output)
                    output += " {\n".utf8
                } else {
                    output += "subgraph {\n".utf8
                }
                writeBody(subgraph, directed: directed, depth: depth + 1, ids: ids, into: &output)
                output += indent
                output += "}\n".utf8
            }
        }
    }

    private static func appendEndpoint(_ endpoint: DOTEndpoint, ids: IDQuoting, to output: inout [UInt8]) {
        ids.append(endpoint.node, to: &output)
        if let port = endpoint.port {
            output.append(UInt8(ascii: ":"))
            ids.append(port, to: &output)
        }
        if let compass = endpoint.compass {
            output.append(UInt8(ascii: ":"))
            output += compass.rawValue.utf8
        }
    }

    private static func appendAttributeList(_ attributes: DOTAttributes, to output: inout [UInt8]) {
        guard !attributes.isEmpty else { return }
        output += " [".utf8
        var first = true
        for (name, value) in attributes {
            if !first { output += ", ".utf8 }
            first = false
            appendQuoted(name, allowingHTML: true, to: &output)
            output.append(UInt8(ascii: "="))
            appendValue(value, to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    private static func appendValue(_ value: DOTValue, to output: inout [UInt8]) {
        switch value.kind {
        case .html:
            output.append(UInt8(ascii: "<"))
            output += value.rawValue.utf8
            output.append(UInt8(ascii: ">"))
        case .string:
            appendQuoted(value.rawValue, allowingHTML: false, to: &output)
        }
    }
}

extension DOTGraph {
    /// The DOT text of the graph, written by a default ``DOTWriter``.
    public var dotText: String { DOTWriter().write(self) }
}
