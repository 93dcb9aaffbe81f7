import CooperationCore
import Foundation

/// What the interchange readers (GraphML, GEXF, node-link JSON, DOT) share: opening an XML
/// document and adding what was read to the parsed file.
enum InterchangeReading {
    /// The root element and its `<graph>`, or `nil` with the problem recorded.
    static func document(_ data: Data, file: String, root name: String, format: String,
                                 into result: inout ParsedFile) -> (XMLTree, XMLTree)? {
        let root: XMLTree
        do { root = try XMLTree.parse(data) } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: error.line, message: "not valid XML: \(error.message)"))
            return nil
        }
        guard root.name == name, let graph = root.child(named: "graph") else {
            result.diagnostics.append(Diagnostic(.error, file: file, line: root.line, message: "not a \(format) file (no <\(name)><graph>)"))
            return nil
        }
        return (root, graph)
    }


    static func add(entity id: String, _ attributes: [String: String], line: Int?, file: String, to result: inout ParsedFile) {
        do {
            let entity = try InterchangeSchema.entity(id: id, attributes)
            if let earlier = result.dataset.index(of: id) {
                result.diagnostics.append(Diagnostic(.error, file: file, line: line, message: "duplicate id '\(id)'",
                                                     hint: "it is first declared on line \(result.entityPositions[earlier].line ?? 0)"))
                return
            }
            result.entityPositions.append(FilePosition(file: file, line: line))
            result.dataset.add(entity)
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: line, message: error.description))
        }
    }

    static func add(link source: String, _ target: String, _ attributes: [String: String], line: Int?, file: String, to result: inout ParsedFile) {
        do {
            result.dataset.add(try InterchangeSchema.link(source: source, target: target, attributes))
            result.linkPositions.append(FilePosition(file: file, line: line))
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: line, message: error.description))
        }
    }
}
