import CooperationCore
import Foundation

/// Writes a dataset as GEXF 1.3 for Gephi: node and edge attributes declared with their types,
/// years as edge attributes, and the dataset's own fields as JSON in the meta description.
/// NetworkX reads it with `read_gexf(path, version="1.3")`. Streamed through
/// ``XMLStreamWriter``: no document tree.
enum GEXFWriter {
    static func write(_ dataset: Dataset, warnings: WriterWarnings) -> Data {
        var xml = XMLStreamWriter(capacity: 96 * (dataset.entities.count + dataset.links.count) + 4096)
        xml.open("gexf", ["xmlns": "http://gexf.net/1.3", "version": "1.3"])
        xml.open("meta")
        xml.element("creator", text: "coopgraph")
        let graphAttributes = Dictionary(InterchangeSchema.attributes(of: dataset).map { ($0.0, $0.1.text) }, uniquingKeysWith: { first, _ in first })
        if let description = try? JSONEncoder.deterministic(pretty: false).encode(graphAttributes) {
            xml.element("description", text: String(decoding: description, as: UTF8.self))
        }
        xml.close("meta")
        xml.open("graph", ["defaultedgetype": "undirected", "mode": "static"])
        let names = InterchangeSchema.names(in: dataset)
        let nodeNames = names.entity.filter { $0 != "label" }
        func declare(_ names: [String], class domain: String, type: (String) -> AttributeType) -> [String: String] {
            var ids: [String: String] = [:]
            if names.isEmpty {
                xml.empty("attributes", ["class": domain])
                return ids
            }
            xml.open("attributes", ["class": domain])
            for (index, name) in names.enumerated() {
                let gexfType = switch type(name) { case .string: "string"; case .int: "integer"; case .double: "double" }
                xml.empty("attribute", ["id": String(index), "title": name, "type": gexfType])
                ids[name] = String(index)
            }
            xml.close("attributes")
            return ids
        }
        let nodeIDs = declare(nodeNames, class: "node", type: InterchangeSchema.entityType)
        let edgeIDs = declare(names.link, class: "edge", type: InterchangeSchema.linkType)
        func attvalues(_ attributes: [(String, AttributeValue)], ids: [String: String]) {
            let present = attributes.compactMap { name, value in ids[name].map { ($0, value) } }
            if present.isEmpty {
                xml.empty("attvalues")
                return
            }
            xml.open("attvalues")
            for (id, value) in present { xml.empty("attvalue", ["for": id, "value": value.text]) }
            xml.close("attvalues")
        }
        if dataset.entities.isEmpty {
            xml.empty("nodes")
        } else {
            xml.open("nodes")
            for entity in dataset.entities {
                xml.open("node", ["id": entity.id, "label": entity.name])
                attvalues(InterchangeSchema.attributes(of: entity), ids: nodeIDs)
                xml.close("node")
            }
            xml.close("nodes")
        }
        if dataset.links.isEmpty {
            xml.empty("edges")
        } else {
            xml.open("edges")
            for (index, link) in dataset.links.enumerated() {
                xml.open("edge", ["id": String(index), "source": link.source, "target": link.target])
                attvalues(InterchangeSchema.attributes(of: link), ids: edgeIDs)
                xml.close("edge")
            }
            xml.close("edges")
        }
        xml.close("graph")
        xml.close("gexf")
        warnings.countReplaced(xml.replacedValues)
        return Data(xml.bytes)
    }
}
