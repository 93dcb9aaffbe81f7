import CooperationCore
import DOT
import Foundation
import Graphviz

/// Reads a DOT file that ``CooperationCore/Dataset/dotGraph()`` wrote (or one in its schema)
/// back into the cooperation graph, through cgraph's parser.
enum DOTDatasetReader {
    /// DOT through cgraph: nodes and edges carrying the attributes ``Dataset/dotGraph()`` writes.
    static func read(_ text: String, file: String) -> ParsedFile {
        var result = ParsedFile()
        let graph: DOTGraph
        do { graph = try Graphviz.parse(text) } catch {
            if case let .syntax(line, message) = error {
                result.diagnostics.append(Diagnostic(.error, file: file, line: line, message: message))
            } else {
                result.diagnostics.append(Diagnostic(.error, file: file, message: error.description))
            }
            return result
        }
        func values(_ attributes: DOTAttributes) -> [String: String] {
            var values: [String: String] = [:]
            for (name, value) in attributes { values[name] = unescape(value.rawValue) }
            return values
        }
        var defaults = values(graph.nodeDefaults)
        defaults["label"] = nil
        do { try InterchangeSchema.apply(values(graph.attributes), to: &result, at: FilePosition(file: file)) } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, message: error.description))
        }
        for node in graph.nodes {
            InterchangeReading.add(entity: node.id, defaults.merging(values(node.attributes)) { $1 }, line: nil, file: file, to: &result)
        }
        let edgeDefaults = values(graph.edgeDefaults)
        for edge in allEdges(graph) {
            InterchangeReading.add(link: edge.from.node, edge.to.node, edgeDefaults.merging(values(edge.attributes)) { $1 }, line: nil, file: file, to: &result)
        }
        return result
    }

    /// Edges of a graph and of all its subgraphs, in order.
    private static func allEdges(_ body: some DOTStatementList) -> [DOTEdge] {
        body.statements.flatMap { statement -> [DOTEdge] in
            switch statement {
            case .edge(let edge): [edge]
            case .subgraph(let subgraph): allEdges(subgraph)
            case .node: []
            }
        }
    }


    /// Undoes the backslash doubling of ``DOT/DOTValue/text(_:)``.
    static func unescape(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: "\\")) else { return raw }
        var result = ""
        var pendingBackslash = false
        for scalar in raw.unicodeScalars {
            if scalar == "\\" {
                if pendingBackslash { result.append("\\"); pendingBackslash = false } else { pendingBackslash = true }
            } else {
                if pendingBackslash { result.append("\\"); pendingBackslash = false }
                result.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { result.append("\\") }
        return result
    }
}
