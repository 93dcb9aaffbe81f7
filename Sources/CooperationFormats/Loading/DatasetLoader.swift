import CooperationCore
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
    ///
    /// - Parameters:
    ///   - format: Read every file in this format instead of the one its extension names.
    ///   - options: The encoding of the files and the CSV separator (UTF-8 and the header's by default).
    public static func load(_ paths: [String], format: DatasetFormat? = nil, options: DatasetReadOptions = .standard) throws(DatasetError) -> Dataset {
        let (dataset, diagnostics) = check(paths, format: format, options: options)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DatasetError(diagnostics: diagnostics) }
        return dataset
    }

    /// Loads and merges the files at `paths`, returning what could be read and every problem
    /// found (errors and warnings), sorted by file and line.
    public static func check(_ paths: [String], format: DatasetFormat? = nil,
                             options: DatasetReadOptions = .standard) -> (dataset: Dataset, diagnostics: [Diagnostic]) {
        var merged = ParsedFile()
        for path in paths {
            let parsed = read(path, format: format, options: options)
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
        guard let text = EmbeddedResource.text(named: "poznan-2023.yaml", module: "CooperationFormats") else {
            throw DatasetError(diagnostics: [Diagnostic(.error, file: "poznan-2023.yaml", message: "the embedded dataset is missing beside the executable",
                                                        hint: "keep the \(EmbeddedResource.bundleName(of: "CooperationFormats")) folder next to the program")])
        }
        return try load(text: text, file: "Graphs/poznan-2023.yaml")
    }

    private static func read(_ path: String, format: DatasetFormat?, options: DatasetReadOptions) -> ParsedFile {
        func failure(_ message: String, hint: String? = nil) -> ParsedFile {
            var failed = ParsedFile()
            failed.diagnostics.append(Diagnostic(.error, file: path, message: message, hint: hint))
            return failed
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("no such file or folder", hint: "check the path")
        }
        let url = URL(fileURLWithPath: path)
        let fileExtension = url.pathExtension.lowercased()
        let chosen = format ?? (isDirectory.boolValue || fileExtension == "csv" ? .csv : DatasetFormat(path: path))
        guard let chosen, chosen != .mermaid else {
            return failure("unknown dataset format '.\(url.pathExtension)'",
                           hint: "use .yaml, .json, .graphml, .gexf, .dot, or a folder holding nodes.csv and links.csv")
        }
        switch chosen {
        case .csv:
            let folder = isDirectory.boolValue ? url : url.deletingLastPathComponent()
            return CSVDatasetReader.read(nodesFile: folder.appendingPathComponent("nodes.csv").path,
                                         linksFile: folder.appendingPathComponent("links.csv").path, options: options)
        case .graphML, .gexf:
            guard let bytes = try? FileContents.bytes(url.path) else { return failure("cannot read the file") }
            let data = Data(bytes)
            return chosen == .graphML ? GraphMLReader.read(data, file: path) : GEXFReader.read(data, file: path)
        case .yaml, .json, .nodeLink, .dot, .mermaid:
            let text: String
            do {
                text = try options.encoding.text(try FileContents.bytes(url.path))
            } catch let error as TextEncoding.Failure {
                var failed = ParsedFile()
                failed.diagnostics.append(options.encoding.diagnostic(error, file: path))
                return failed
            } catch {
                return failure("cannot read the file: \((error as? FileContents.ReadError)?.reason ?? "\(error)")")
            }
            if chosen == .dot { return DOTDatasetReader.read(text, file: path) }
            if chosen != .yaml, let root = try? Yams.compose(yaml: text), root.mapping?["entities"] == nil, root.mapping?["nodes"] != nil {
                return NodeLinkReader.read(root, file: path)
            }
            var reader = YAMLDatasetReader(file: path)
            return reader.read(text)
        }
    }
}
