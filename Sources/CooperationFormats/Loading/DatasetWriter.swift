import CooperationCore
import Foundation

/// Writes datasets in every interchange format, deterministically, and atomically to disk.
public enum DatasetWriter {
    /// The files a format produces: one for most formats, two for the CSV pair.
    public struct Output: Sendable {
        /// File names (relative to the output folder for CSV) and their bytes.
        public let files: [(name: String, data: Data)]
        /// Warnings, such as characters XML 1.0 forbids that were replaced.
        public let warnings: [String]
    }

    /// The bytes of `dataset` in `format`.
    ///
    /// - Parameter language: For Mermaid, the language of labels.
    /// - Throws: An encoding error for YAML or JSON, which the data model cannot produce in practice.
    public static func encode(_ dataset: Dataset, as format: DatasetFormat, language: Language = .english) throws -> Output {
        let warnings = WriterWarnings()
        switch format {
        case .yaml: return Output(files: [("", Data(YAMLEmitter.write(dataset).utf8))], warnings: [])
        case .json: return Output(files: [("", try DatasetFile.json(dataset))], warnings: [])
        case .nodeLink: return Output(files: [("", Data(NodeLinkWriter.write(dataset).utf8))], warnings: [])
        case .graphML:
            let data = GraphMLWriter.write(dataset, warnings: warnings)
            return Output(files: [("", data)], warnings: warnings.finish())
        case .gexf:
            let data = GEXFWriter.write(dataset, warnings: warnings)
            return Output(files: [("", data)], warnings: warnings.finish())
        case .dot: return Output(files: [("", Data(dataset.dotGraph().dotText.utf8))], warnings: [])
        case .mermaid: return Output(files: [("", Data(MermaidWriter.write(dataset, language: language).utf8))], warnings: [])
        case .csv:
            let (nodes, links) = CSVPairWriter.write(dataset)
            return Output(files: [("nodes.csv", Data(nodes.utf8)), ("links.csv", Data(links.utf8))], warnings: [])
        }
    }

    /// Writes `dataset` to `path` in `format` (from the extension when `nil`); a CSV pair goes
    /// into the folder `path`. Everything is encoded before anything is written, and each file
    /// is written atomically.
    ///
    /// - Returns: Warnings, such as replaced characters.
    /// - Throws: ``DatasetFormatError`` when no format is given and the path names none,
    ///   ``AtomicFile/WriteError`` naming the file, or an encoding error.
    @discardableResult
    public static func write(_ dataset: Dataset, to path: String, as format: DatasetFormat? = nil, language: Language = .english) throws -> [String] {
        guard let format = format ?? DatasetFormat(path: path) else {
            throw DatasetFormatError.unknownExtension(path: path)
        }
        let output = try encode(dataset, as: format, language: language)
        for (name, data) in output.files {
            try AtomicFile.write(data, to: name.isEmpty ? path : URL(fileURLWithPath: path).appendingPathComponent(name).path)
        }
        return output.warnings
    }
}
