import CooperationCore
import DOT
import Foundation
import Graphviz
import Yams

/// Readers of the interchange formats into the cooperation graph. Each returns what it could
/// read and every problem, with the file and line.
enum InterchangeReaders {
    /// GraphML: `<key>` declarations give each `<data>` its name and type.
    static func graphML(_ data: Data, file: String) -> ParsedFile {
        var result = ParsedFile()
        guard let (root, graph) = document(data, file: file, root: "graphml", format: "GraphML", into: &result) else { return result }
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
            add(entity: id, values(node), line: node.line, file: file, to: &result)
        }
        for edge in graph.children(named: "edge") {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.line, message: "an <edge> without source or target")); continue
            }
            add(link: source, target, values(edge), line: edge.line, file: file, to: &result)
        }
        return result
    }

    /// GEXF 1.2 or 1.3: `<attributes>` declarations give each `<attvalue>` its title.
    static func gexf(_ data: Data, file: String) -> ParsedFile {
        var result = ParsedFile()
        guard let (root, graph) = document(data, file: file, root: "gexf", format: "GEXF", into: &result) else { return result }
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
            add(entity: id, attributes, line: node.line, file: file, to: &result)
        }
        for edge in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.line, message: "an <edge> without source or target")); continue
            }
            add(link: source, target, values(edge, domain: "edge"), line: edge.line, file: file, to: &result)
        }
        return result
    }

    /// The root element and its `<graph>`, or `nil` with the problem recorded.
    private static func document(_ data: Data, file: String, root name: String, format: String,
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

    /// NetworkX node-link JSON, read through YAML for line numbers.
    static func nodeLink(_ root: Node, file: String) -> ParsedFile {
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
            add(entity: id, values(node, skipping: ["id"]), line: node.mark?.line, file: file, to: &result)
        }
        let edges = root.mapping?["edges"] ?? root.mapping?["links"]
        for edge in edges?.sequence ?? [] {
            guard let source = edge.mapping?["source"].flatMap(text), let target = edge.mapping?["target"].flatMap(text) else {
                result.diagnostics.append(Diagnostic(.error, file: file, line: edge.mark?.line, message: "an edge without \"source\" or \"target\"")); continue
            }
            add(link: source, target, values(edge, skipping: ["source", "target", "key"]), line: edge.mark?.line, file: file, to: &result)
        }
        return result
    }

    /// DOT through cgraph: nodes and edges carrying the attributes ``Dataset/dotGraph()`` writes.
    static func dot(_ text: String, file: String) -> ParsedFile {
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
            add(entity: node.id, defaults.merging(values(node.attributes)) { $1 }, line: nil, file: file, to: &result)
        }
        let edgeDefaults = values(graph.edgeDefaults)
        for edge in allEdges(graph) {
            add(link: edge.from.node, edge.to.node, edgeDefaults.merging(values(edge.attributes)) { $1 }, line: nil, file: file, to: &result)
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

    private static func add(entity id: String, _ attributes: [String: String], line: Int?, file: String, to result: inout ParsedFile) {
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

    private static func add(link source: String, _ target: String, _ attributes: [String: String], line: Int?, file: String, to result: inout ParsedFile) {
        do {
            result.dataset.add(try InterchangeSchema.link(source: source, target: target, attributes))
            result.linkPositions.append(FilePosition(file: file, line: line))
        } catch {
            result.diagnostics.append(Diagnostic(.error, file: file, line: line, message: error.description))
        }
    }
}
