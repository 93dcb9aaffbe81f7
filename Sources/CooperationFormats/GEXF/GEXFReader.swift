import CooperationCore
import Foundation

/// Reads GEXF into the cooperation graph: what it could read and every problem, with the file
/// and line.
enum GEXFReader {
    /// GEXF 1.2 or 1.3: `<attributes>` declarations give each `<attvalue>` its title.
    static func read(_ data: Data, file: String) -> ParsedFile {
        var result = ParsedFile()
        guard let (root, graph) = InterchangeReading.document(data, file: file, root: "gexf", format: "GEXF", into: &result) else { return result }
        if let description = root.child(named: "meta")?.child(named: "description")?.text,
           let fields = try? JSONDecoder().decode([String: String].self, from: Data(description.utf8)) {
            do { try InterchangeSchema.apply(fields, to: &result, at: FilePosition(file: file, line: root.line)) } catch {
                result.diagnostics.append(Diagnostic(.error, file: file, line: root.line, message: error.description))
            }
        }
        var titles: [String: [String: (title: String, type: String)]] = ["node": [:], "edge": [:]]
        for declarations in graph.children(named: "attributes") {
            let domain = declarations.attributes["class"] ?? "node"
            for attribute in declarations.children(named: "attribute") {
                guard let id = attribute.attributes["id"], let title = attribute.attributes["title"] else { continue }
                titles[domain, default: [:]][id] = (title, attribute.attributes["type"] ?? "string")
            }
        }
        func values(_ element: XMLTree, domain: String) -> [String: String] {
            var values: [String: String] = [:]
            for attvalue in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                guard let id = attvalue.attributes["for"], let (title, type) = titles[domain]?[id], let value = attvalue.attributes["value"] else {
                    result.diagnostics.append(Diagnostic(.error, file: file, line: attvalue.line, message: "an <attvalue> for an undeclared attribute '\(attvalue.attributes["for"] ?? "")'"))
                    continue
                }
                if ["integer", "long"].contains(type), Int(value) == nil {
                    result.diagnostics.append(Diagnostic(.error, file: file, line: attvalue.line, message: "'\(value)' is not an \(type), as attribute '\(title)' declares"))
                    continue
                }
                values[title] = value
            }
            return values
        }
        for node in graph.child(named: "nodes")?.children(named: "node") ?? [] {
            guard let id = node.attributes["id"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: node.line, message: "a <node> without id")); continue
            }
            var attributes = values(node, domain: "node")
            if let label = node.attributes["label"] { attributes["label"] = label }
            InterchangeReading.add(entity: id, attributes, line: node.line, file: file, to: &result)
        }
        for edge in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.line, message: "an <edge> without source or target")); continue
            }
            InterchangeReading.add(link: source, target, values(edge, domain: "edge"), line: edge.line, file: file, to: &result)
        }
        return result
    }
}
