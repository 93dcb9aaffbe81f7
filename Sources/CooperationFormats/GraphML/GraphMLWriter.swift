import CooperationCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Writes a dataset as GraphML with typed `<key>` declarations for every attribute, readable by
/// NetworkX (`read_graphml`), yEd and Gephi, and read back losslessly by ``DatasetLoader``.
enum GraphMLWriter {
    static func write(_ dataset: Dataset, warnings: WriterWarnings) -> Data {
        let root = XMLElement(name: "graphml")
        root.setAttributes([("xmlns", "http://graphml.graphdrawing.org/xmlns")])
        let names = InterchangeSchema.names(in: dataset)
        var keyIDs: [String: String] = [:]
        func declare(_ name: String, for domain: String, type: AttributeType) {
            let id = "\(domain.prefix(1))_\(name)"
            keyIDs[domain + ":" + name] = id
            let key = XMLElement(name: "key")
            key.setAttributes([("id", id), ("for", domain), ("attr.name", name), ("attr.type", type.rawValue)])
            root.addChild(key)
        }
        for name in names.graph { declare(name, for: "graph", type: InterchangeSchema.graphType(name)) }
        for name in names.entity { declare(name, for: "node", type: InterchangeSchema.entityType(name)) }
        for name in names.link { declare(name, for: "edge", type: InterchangeSchema.linkType(name)) }
        let graph = XMLElement(name: "graph")
        graph.setAttributes([("id", "G"), ("edgedefault", "undirected")])
        func data(_ domain: String, _ attributes: [(String, AttributeValue)]) -> [XMLElement] {
            attributes.map { name, value in
                let element = XMLElement(name: "data", stringValue: warnings.clean(value.text))
                element.setAttributes([("key", keyIDs[domain + ":" + name] ?? name)])
                return element
            }
        }
        data("graph", InterchangeSchema.attributes(of: dataset)).forEach(graph.addChild)
        for entity in dataset.entities {
            let node = XMLElement(name: "node")
            node.setAttributes([("id", warnings.clean(entity.id))])
            data("node", InterchangeSchema.attributes(of: entity)).forEach(node.addChild)
            graph.addChild(node)
        }
        for (index, link) in dataset.links.enumerated() {
            let edge = XMLElement(name: "edge")
            edge.setAttributes([("id", "e\(index)"), ("source", warnings.clean(link.source)), ("target", warnings.clean(link.target))])
            data("edge", InterchangeSchema.attributes(of: link)).forEach(edge.addChild)
            graph.addChild(edge)
        }
        root.addChild(graph)
        return XMLSerialization.document(root)
    }
}

/// Serializes an XML tree the same way every time: UTF-8, declaration, pretty printed.
enum XMLSerialization {
    static func document(_ root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        var data = document.xmlData(options: [.nodePrettyPrint, .nodeCompactEmptyElement])
        if data.last != 0x0A { data.append(0x0A) }
        return data
    }
}

extension XMLElement {
    /// Adds attributes in the order given (a dictionary would not keep one).
    func setAttributes(_ pairs: [(String, String)]) {
        for (name, value) in pairs {
            if let attribute = XMLNode.attribute(withName: name, stringValue: value) as? XMLNode { addAttribute(attribute) }
        }
    }
}
