import Foundation

/// Writes a dataset as NetworkX's node-link JSON (`node_link_data` of a `MultiGraph`):
/// `{"directed": false, "multigraph": true, "graph": {…}, "nodes": [{"id": …}], "edges": [{"source": …, "target": …, "key": …}]}`.
enum NodeLinkWriter {
    static func write(_ dataset: Dataset) throws -> Data {
        func object(_ attributes: [(String, AttributeValue)]) -> [String: Any] {
            var result: [String: Any] = [:]
            for (name, value) in attributes {
                switch value {
                case .string(let text): result[name] = text
                case .int(let number): result[name] = number
                case .double(let number): result[name] = number
                }
            }
            return result
        }
        var keys: [String: Int] = [:]
        let edges: [[String: Any]] = dataset.links.map { link in
            var edge = object(InterchangeSchema.attributes(of: link))
            let pair = [link.source, link.target].sorted().joined(separator: "\u{0}")
            edge["source"] = link.source
            edge["target"] = link.target
            edge["key"] = keys[pair, default: 0]
            keys[pair, default: 0] += 1
            return edge
        }
        let nodes: [[String: Any]] = dataset.entities.map { entity in
            var node = object(InterchangeSchema.attributes(of: entity))
            node["id"] = entity.id
            return node
        }
        let document: [String: Any] = [
            "directed": false, "multigraph": true, "graph": object(InterchangeSchema.attributes(of: dataset)),
            "nodes": nodes, "edges": edges,
        ]
        var data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
