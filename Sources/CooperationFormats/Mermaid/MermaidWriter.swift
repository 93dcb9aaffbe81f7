import CooperationCore
/// Writes a dataset as a Mermaid `flowchart` for Markdown documents and slides: safe node ids
/// (`n0`, `n1`…), labels with quotes, `#` and brackets escaped as Mermaid entity codes, and
/// subgraphs by continent for the partners of the focus.
enum MermaidWriter {
    static func write(_ dataset: Dataset, language: Language = .english) -> String {
        var lines = ["flowchart LR"]
        var nodeID: [String: String] = [:]
        for (index, entity) in dataset.entities.enumerated() { nodeID[entity.id] = "n\(index)" }
        func node(_ entity: Entity) -> String {
            let id = nodeID[entity.id] ?? "n"
            let label = escape(entity.name(in: language))
            return switch entity.kind {
            case .city: "\(id)([\"\(label)\"])"
            case .region: "\(id)[\"\(label)\"]"
            case .country: "\(id)[[\"\(label)\"]]"
            case .network: "\(id){{\"\(label)\"}}"
            case .institution: "\(id)[/\"\(label)\"/]"
            case .event: "\(id)>\"\(label)\"]"
            }
        }
        let partners = Set(dataset.focus.map { dataset.partners(of: $0).map(\.id) } ?? [])
        var byContinent: [String: [Entity]] = [:]
        for entity in dataset.entities {
            if partners.contains(entity.id), let continent = entity.resolvedContinent {
                byContinent[continent.name(in: language), default: []].append(entity)
            } else {
                lines.append("    " + node(entity))
            }
        }
        for (index, continent) in byContinent.keys.sorted().enumerated() {
            lines.append("    subgraph continent\(index)[\"\(escape(continent))\"]")
            for entity in byContinent[continent] ?? [] { lines.append("        " + node(entity)) }
            lines.append("    end")
        }
        for link in dataset.links {
            guard let from = nodeID[link.source], let to = nodeID[link.target] else { continue }
            let arrow = link.kind.isSymmetric ? "---" : "-->"
            let label = escape(link.kind.rawValue + (link.year.map { " \($0)" } ?? ""))
            lines.append("    \(from) \(arrow)|\"\(label)\"| \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a quoted Mermaid label: `"` `#` `<` `>` as entity codes, line breaks as
    /// spaces. By scalar: a combining mark joins the character before it into one Character,
    /// and `\r\n` is one Character too.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "\n", "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
