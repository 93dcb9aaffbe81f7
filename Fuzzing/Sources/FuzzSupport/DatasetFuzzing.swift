import CooperationGraph
import Foundation

/// Feeds bytes to a dataset reader as a file of one format. A dataset that loads without
/// errors must give its statistics, and write as YAML and read back equal.
public enum DatasetFuzzing {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-fuzz-\(getpid())")

    /// Checks one input read as a file with `fileExtension` (`yaml`, `json`, `graphml`, `gexf`),
    /// or as the CSV pair for `csv` (the byte 0x01 separates nodes.csv from links.csv).
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>, fileExtension: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path: String
        if fileExtension == "csv" {
            let parts = Array(bytes).split(separator: 1, maxSplits: 1, omittingEmptySubsequences: false)
            try? Data(parts[0]).write(to: folder.appendingPathComponent("nodes.csv"))
            try? Data(parts.count > 1 ? parts[1] : []).write(to: folder.appendingPathComponent("links.csv"))
            path = folder.path
        } else {
            let file = folder.appendingPathComponent("input.\(fileExtension)")
            try? Data(bytes).write(to: file)
            path = file.path
        }
        let (dataset, diagnostics) = DatasetLoader.check([path])
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return }
        if let focus = dataset.focus, dataset.contains(focus) {
            _ = try? CooperationStatistics(dataset: dataset)
        }
        let yaml = folder.appendingPathComponent("again.yaml")
        do {
            try DatasetWriter.write(dataset, to: yaml.path, as: .yaml)
            let again = try DatasetLoader.load([yaml.path])
            if again != dataset { LibFuzzer.fail("the dataset read from \(fileExtension) does not read back equal from YAML") }
        } catch {
            LibFuzzer.fail("the dataset read from \(fileExtension) cannot be written and read as YAML: \(error)")
        }
    }
}
