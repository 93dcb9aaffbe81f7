import CooperationCore
import Foundation
import Yams

/// Reads NetworkX's node-link JSON into the cooperation graph.
enum NodeLinkReader {
    /// NetworkX node-link JSON, read through YAML for line numbers.
    static func read(_ root: Node, file: String) -> ParsedFile {
        var result = ParsedFile()
        func text(_ node: Node) -> String? {
            if case .scalar(let scalar) = node { return scalar.string }
            return nil
        }
        func values(_ node: Node, skipping: Set<String>) -> [String: String] {
            var values: [String: String] = [:]
            for (key, value) in node.mapping ?? [:] {
                guard let name = key.string, !skipping.contains(name), let text = text(value) else { continue }
                values[name] = text
            }
            return values
        }
        if let graph = root.mapping?["graph"] {
            do { try InterchangeSchema.apply(values(graph, skipping: []), to: &result, at: FilePosition(file: file, line: graph.mark?.line)) } catch {
                result.diagnostics.append(Diagnostic(.error, file: file, line: graph.mark?.line, message: error.description))
            }
        }
        for node in root.mapping?["nodes"]?.sequence ?? [] {
            guard let id = node.mapping?["id"].flatMap(text) else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: node.mark?.line, message: "a node without \"id\"")); continue
            }
            InterchangeReading.add(entity: id, values(node, skipping: ["id"]), line: node.mark?.line, file: file, to: &result)
        }
        let edges = root.mapping?["edges"] ?? root.mapping?["links"]
        for edge in edges?.sequence ?? [] {
            guard let source = edge.mapping?["source"].flatMap(text), let target = edge.mapping?["target"].flatMap(text) else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.mark?.line, message: "an edge without \"source\" or \"target\"")); continue
            }
            InterchangeReading.add(link: source, target, values(edge, skipping: ["source", "target", "key"]), line: edge.mark?.line, file: file, to: &result)
        }
        return result
    }
}
