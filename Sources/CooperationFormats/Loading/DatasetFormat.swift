import CooperationCore
import Foundation

/// The formats a dataset can be written in.
public enum DatasetFormat: String, CaseIterable, Sendable {
    /// The human-edited dataset format (``DatasetLoader`` reads it back unchanged).
    case yaml
    /// The dataset format as JSON.
    case json
    /// NetworkX's node-link JSON (`node_link_data`).
    case nodeLink = "node-link"
    /// GraphML with typed keys (NetworkX, yEd, Gephi).
    case graphML = "graphml"
    /// GEXF 1.3 (Gephi).
    case gexf
    /// DOT with every field as an attribute (``Dataset/dotGraph()``).
    case dot
    /// A Mermaid flowchart (write only).
    case mermaid
    /// The research CSV pair in a folder (`nodes.csv`, `links.csv`); holds less than the dataset.
    case csv

    /// The format for an output path's extension (`.yaml`, `.yml`, `.json`, `.graphml`, `.gexf`,
    /// `.dot`, `.gv`, `.mmd`), or `nil`; a path without an extension is a CSV folder.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "graphml": self = .graphML
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "mmd", "mermaid": self = .mermaid
        case "": self = .csv
        default: return nil
        }
    }
}
