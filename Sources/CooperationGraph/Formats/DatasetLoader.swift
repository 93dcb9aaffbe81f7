import Foundation
import Yams

/// Loads datasets from files: YAML (`.yaml`, `.yml`), JSON (`.json`) in the same schema or as
/// NetworkX node-link JSON, GraphML (`.graphml`), GEXF (`.gexf`), DOT (`.dot`, `.gv`) as
/// ``Dataset/dotGraph()`` writes it, and the research CSV pair (a folder holding `nodes.csv` and
/// `links.csv`, or either file). Several files are merged into one dataset and checked as a whole.
public enum DatasetLoader {
    /// Loads and merges the files at `paths`.
    ///
    /// - Throws: ``DatasetError`` holding every problem of every file, each with its file, line
    ///   and column, when any is an error.
    public static func load(_ paths: [String]) throws(DatasetError) -> Dataset {
        let (dataset, diagnostics) = check(paths)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DatasetError(diagnostics: diagnostics) }
        return dataset
    }

    /// Loads and merges the files at `paths`, returning what could be read and every problem
    /// found (errors and warnings), sorted by file and line.
    public static func check(_ paths: [String]) -> (dataset: Dataset, diagnostics: [Diagnostic]) {
        var merged = ParsedFile()
        for path in paths {
            let parsed = read(path)
            if paths.count == 1 {
                merged = parsed
                break
            }
            merged.diagnostics += parsed.diagnostics
            merged.dataset = merged.dataset.merging(parsed.dataset)
            while merged.entityPositions.count < merged.dataset.entities.count { merged.entityPositions.append(FilePosition(file: path)) }
            for (index, entity) in parsed.dataset.entities.enumerated() {
                if let mergedIndex = merged.dataset.index(of: entity.id) { merged.entityPositions[mergedIndex] = parsed.entityPositions[index] }
            }
            merged.linkPositions += parsed.linkPositions
            merged.totalPositions += parsed.totalPositions
            if parsed.dataset.focus != nil, merged.focusPosition == nil { merged.focusPosition = parsed.focusPosition }
        }
        merged.diagnostics += DatasetValidator.validate(merged)
        return (merged.dataset, merged.diagnostics.sorted())
    }

    /// Loads a dataset from YAML or JSON text; `file` names it in diagnostics.
    ///
    /// - Throws: ``DatasetError`` with every problem found.
    public static func load(text: String, file: String) throws(DatasetError) -> Dataset {
        var reader = YAMLDatasetReader(file: file)
        var parsed = reader.read(text)
        parsed.diagnostics += DatasetValidator.validate(parsed)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) {
            throw DatasetError(diagnostics: parsed.diagnostics.sorted())
        }
        return parsed.dataset
    }

    /// The Poznań 2023 dataset embedded in the library (`Graphs/poznan-2023.yaml`).
    ///
    /// - Throws: ``DatasetError`` if the embedded file cannot be read.
    public static func embeddedPoznan2023() throws(DatasetError) -> Dataset {
        guard let text = EmbeddedResource.text(named: "poznan-2023.yaml") else {
            throw DatasetError(diagnostics: [Diagnostic(.error, file: "poznan-2023.yaml", message: "the embedded dataset is missing beside the executable",
                                                        hint: "keep the CooperationGraph_CooperationGraph.resources folder next to coopgraph")])
        }
        return try load(text: text, file: "Graphs/poznan-2023.yaml")
    }

    private static func read(_ path: String) -> ParsedFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var missing = ParsedFile()
            missing.diagnostics.append(Diagnostic(.error, file: path, message: "no such file or folder", hint: "check the path"))
            return missing
        }
        let url = URL(fileURLWithPath: path)
        if isDirectory.boolValue {
            return CSVDatasetReader.read(nodesFile: url.appendingPathComponent("nodes.csv").path,
                                         linksFile: url.appendingPathComponent("links.csv").path)
        }
        func failure(_ message: String, hint: String? = nil) -> ParsedFile {
            var failed = ParsedFile()
            failed.diagnostics.append(Diagnostic(.error, file: path, message: message, hint: hint))
            return failed
        }
        switch url.pathExtension.lowercased() {
        case "yaml", "yml", "json":
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return failure("cannot read the file as UTF-8 text", hint: "save it as UTF-8")
            }
            if url.pathExtension.lowercased() == "json", let root = try? Yams.compose(yaml: text),
               root.mapping?["entities"] == nil, root.mapping?["nodes"] != nil {
                return InterchangeReaders.nodeLink(root, file: path)
            }
            var reader = YAMLDatasetReader(file: path)
            return reader.read(text)
        case "graphml", "gexf":
            guard let data = try? Data(contentsOf: url) else { return failure("cannot read the file") }
            return url.pathExtension.lowercased() == "graphml" ? InterchangeReaders.graphML(data, file: path) : InterchangeReaders.gexf(data, file: path)
        case "dot", "gv":
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return failure("cannot read the file as UTF-8 text", hint: "save it as UTF-8")
            }
            return InterchangeReaders.dot(text, file: path)
        case "csv":
            let folder = url.deletingLastPathComponent()
            return CSVDatasetReader.read(nodesFile: folder.appendingPathComponent("nodes.csv").path,
                                         linksFile: folder.appendingPathComponent("links.csv").path)
        default:
            var unknown = ParsedFile()
            unknown.diagnostics.append(Diagnostic(.error, file: path, message: "unknown dataset format '.\(url.pathExtension)'",
                                                  hint: "use .yaml, .json, .graphml, .gexf, .dot, or a folder holding nodes.csv and links.csv"))
            return unknown
        }
    }
}
