import CooperationCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Writes a dataset as GEXF 1.3 for Gephi: node and edge attributes declared with their types,
/// years as edge attributes, and the dataset's own fields as JSON in the meta description.
/// NetworkX reads it with `read_gexf(path, version="1.3")`.
enum GEXFWriter {
    static func write(_ dataset: Dataset, warnings: WriterWarnings) -> Data {
        let root = XMLElement(name: "gexf")
        root.setAttributes([("xmlns", "http://gexf.net/1.3"), ("version", "1.3")])
        let meta = XMLElement(name: "meta")
        meta.addChild(XMLElement(name: "creator", stringValue: "coopgraph"))
        let graphAttributes = Dictionary(InterchangeSchema.attributes(of: dataset).map { ($0.0, $0.1.text) }, uniquingKeysWith: { first, _ in first })
        if let description = try? JSONEncoder.deterministic(pretty: false).encode(graphAttributes) {
            meta.addChild(XMLElement(name: "description", stringValue: warnings.clean(String(decoding: description, as: UTF8.self))))
        }
        root.addChild(meta)
        let graph = XMLElement(name: "graph")
        graph.setAttributes([("defaultedgetype", "undirected"), ("mode", "static")])
        let names = InterchangeSchema.names(in: dataset)
        let nodeNames = names.entity.filter { $0 != "label" }
        func declare(_ names: [String], class domain: String, type: (String) -> AttributeType) -> [String: String] {
            let element = XMLElement(name: "attributes")
            element.setAttributes([("class", domain)])
            var ids: [String: String] = [:]
            for (index, name) in names.enumerated() {
                let attribute = XMLElement(name: "attribute")
                let gexfType = switch type(name) { case .string: "string"; case .int: "integer"; case .double: "double" }
                attribute.setAttributes([("id", String(index)), ("title", name), ("type", gexfType)])
                element.addChild(attribute)
                ids[name] = String(index)
            }
            graph.addChild(element)
            return ids
        }
        let nodeIDs = declare(nodeNames, class: "node", type: InterchangeSchema.entityType)
        let edgeIDs = declare(names.link, class: "edge", type: InterchangeSchema.linkType)
        func attvalues(_ attributes: [(String, AttributeValue)], ids: [String: String]) -> XMLElement {
            let element = XMLElement(name: "attvalues")
            for (name, value) in attributes {
                guard let id = ids[name] else { continue }
                let attvalue = XMLElement(name: "attvalue")
                attvalue.setAttributes([("for", id), ("value", warnings.clean(value.text))])
                element.addChild(attvalue)
            }
            return element
        }
        let nodes = XMLElement(name: "nodes")
        for entity in dataset.entities {
            let node = XMLElement(name: "node")
            node.setAttributes([("id", warnings.clean(entity.id)), ("label", warnings.clean(entity.name))])
            node.addChild(attvalues(InterchangeSchema.attributes(of: entity), ids: nodeIDs))
            nodes.addChild(node)
        }
        graph.addChild(nodes)
        let edges = XMLElement(name: "edges")
        for (index, link) in dataset.links.enumerated() {
            let edge = XMLElement(name: "edge")
            edge.setAttributes([("id", String(index)), ("source", warnings.clean(link.source)), ("target", warnings.clean(link.target))])
            edge.addChild(attvalues(InterchangeSchema.attributes(of: link), ids: edgeIDs))
            edges.addChild(edge)
        }
        graph.addChild(edges)
        root.addChild(graph)
        return XMLSerialization.document(root)
    }
}
