import CooperationCore
import Foundation

/// Reads GraphML into the cooperation graph: what it could read and every problem, with the
/// file and line.
enum GraphMLReader {
    /// GraphML: `<key>` declarations give each `<data>` its name and type.
    static func read(_ data: Data, file: String) -> ParsedFile {
        var result = ParsedFile()
        guard let (root, graph) = InterchangeReading.document(data, file: file, root: "graphml", format: "GraphML", into: &result) else { return result }
        var keys: [String: (name: String, type: String)] = [:]
        for key in root.children(named: "key") {
            guard let id = key.attributes["id"], let name = key.attributes["attr.name"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: key.line, message: "a <key> without id or attr.name"))
                continue
            }
            keys[id] = (name, key.attributes["attr.type"] ?? "string")
        }
        func values(_ element: XMLTree) -> [String: String] {
            var values: [String: String] = [:]
            for data in element.children(named: "data") {
                guard let key = data.attributes["key"], let (name, type) = keys[key] else {
                    result.diagnostics.append(Diagnostic(.error, file: file, line: data.line, message: "<data> names an undeclared key '\(data.attributes["key"] ?? "")'",
                                                         hint: "declare it with <key id=… attr.name=… attr.type=…>"))
                    continue
                }
                let text = data.text
                let fits = switch type {
                case "int", "long": Int(text) != nil
                case "double", "float": Double(text) != nil
                case "boolean": ["true", "false"].contains(text.lowercased())
                default: true
                }
                guard fits else {
                    result.diagnostics.append(Diagnostic(.error, file: file, line: data.line,
                                                         message: "'\(text)' is not a \(type), as key '\(key)' (\(name)) declares", hint: "fix the value or the key's attr.type"))
                    continue
                }
                values[name] = text
            }
            return values
        }
        do { try InterchangeSchema.apply(values(graph), to: &result, at: FilePosition(file: file, line: graph.line)) } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: graph.line, message: error.description))
        }
        for node in graph.children(named: "node") {
            guard let id = node.attributes["id"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: node.line, message: "a <node> without id")); continue
            }
            InterchangeReading.add(entity: id, values(node), line: node.line, file: file, to: &result)
        }
        for edge in graph.children(named: "edge") {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.line, message: "an <edge> without source or target")); continue
            }
            InterchangeReading.add(link: source, target, values(edge), line: edge.line, file: file, to: &result)
        }
        return result
    }
}
