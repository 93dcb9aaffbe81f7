import CooperationCore
/// Writes a dataset as NetworkX's node-link JSON (`node_link_data` of a `MultiGraph`):
/// `{"directed": false, "edges": [{"key": …, "source": …, "target": …, …}], "graph": {…},
/// "multigraph": true, "nodes": [{"id": …, …}]}`, keys sorted, one node or edge a line.
enum NodeLinkWriter {
    static func write(_ dataset: Dataset) -> String {
        func value(_ value: AttributeValue) -> String {
            switch value {
            case .string(let text): JSONText.string(text)
            case .int(let number): String(number)
            case .double(let number): JSONText.number(number)
            }
        }
        func object(_ fields: [(String, String)]) -> String {
            "{" + fields.sorted { $0.0 < $1.0 }.map { JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
        var keys: [String: Int] = [:]
        var text = "{\n  \"directed\": false,\n  \"edges\": ["
        for (index, link) in dataset.links.enumerated() {
            let pair = link.source < link.target ? link.source + "\u{0}" + link.target : link.target + "\u{0}" + link.source
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            let fields = InterchangeSchema.attributes(of: link).map { ($0.0, value($0.1)) }
                + [("source", JSONText.string(link.source)), ("target", JSONText.string(link.target)), ("key", String(key))]
            text += (index == 0 ? "\n    " : ",\n    ") + object(fields)
        }
        text += dataset.links.isEmpty ? "],\n" : "\n  ],\n"
        text += "  \"graph\": " + object(InterchangeSchema.attributes(of: dataset).map { ($0.0, value($0.1)) }) + ",\n"
        text += "  \"multigraph\": true,\n  \"nodes\": ["
        for (index, entity) in dataset.entities.enumerated() {
            let fields = InterchangeSchema.attributes(of: entity).map { ($0.0, value($0.1)) } + [("id", JSONText.string(entity.id))]
            text += (index == 0 ? "\n    " : ",\n    ") + object(fields)
        }
        text += dataset.entities.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }
}
