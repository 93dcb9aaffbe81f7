import CooperationCore
import Foundation

/// Writes a dataset as GraphML with typed `<key>` declarations for every attribute, readable by
/// NetworkX (`read_graphml`), yEd and Gephi, and read back losslessly by ``DatasetLoader``.
/// Streamed through ``XMLStreamWriter``: no document tree.
enum GraphMLWriter {
    static func write(_ dataset: Dataset, warnings: WriterWarnings) -> Data {
        var xml = XMLStreamWriter(capacity: 64 * (dataset.entities.count + dataset.links.count) + 4096)
        xml.open("graphml", ["xmlns": "http://graphml.graphdrawing.org/xmlns"])
        let names = InterchangeSchema.names(in: dataset)
        var keyIDs: [String: String] = [:]
        func declare(_ name: String, for domain: String, type: AttributeType) {
            let id = "\(domain.prefix(1))_\(name)"
            keyIDs[domain + ":" + name] = id
            xml.empty("key", ["id": id, "for": domain, "attr.name": name, "attr.type": type.rawValue])
        }
        for name in names.graph { declare(name, for: "graph", type: InterchangeSchema.graphType(name)) }
        for name in names.entity { declare(name, for: "node", type: InterchangeSchema.entityType(name)) }
        for name in names.link { declare(name, for: "edge", type: InterchangeSchema.linkType(name)) }
        // Key ids by attribute name for each domain, looked up once per value.
        func ids(_ domain: String, _ names: [String]) -> [String: String] {
            Dictionary(names.map { ($0, keyIDs[domain + ":" + $0] ?? $0) }, uniquingKeysWith: { first, _ in first })
        }
        let graphKeys = ids("graph", names.graph), nodeKeys = ids("node", names.entity), edgeKeys = ids("edge", names.link)
        func data(_ attributes: [(String, AttributeValue)], _ keys: [String: String]) {
            for (name, value) in attributes { xml.element("data", ["key": keys[name] ?? name], text: value.text) }
        }
        xml.open("graph", ["id": "G", "edgedefault": "undirected"])
        data(InterchangeSchema.attributes(of: dataset), graphKeys)
        for entity in dataset.entities {
            xml.open("node", ["id": entity.id])
            data(InterchangeSchema.attributes(of: entity), nodeKeys)
            xml.close("node")
        }
        for (index, link) in dataset.links.enumerated() {
            xml.open("edge", ["id": "e\(index)", "source": link.source, "target": link.target])
            data(InterchangeSchema.attributes(of: link), edgeKeys)
            xml.close("edge")
        }
        xml.close("graph")
        xml.close("graphml")
        warnings.countReplaced(xml.replacedValues)
        return Data(xml.bytes)
    }
}
