import CooperationGraph
import Foundation

/// Loading a large dataset file: 100,000 entities and 100,000 links in the dataset format's
/// flow style (as Graphs/poznan-2023.yaml writes them), generated the same every time.
enum YAMLBench {
    static let entities = 100_000
    static let links = 100_000

    /// Writes the file into the data folder unless it is there.
    static func file(options: BenchOptions) throws -> URL {
        let file = options.dataDirectory.appendingPathComponent("yaml-\(entities)-\(links).yaml")
        if FileManager.default.fileExists(atPath: file.path) { return file }
        try FileManager.default.createDirectory(at: options.dataDirectory, withIntermediateDirectories: true)
        let countries = ["PL", "DE", "FR", "IT", "ES", "UA", "US", "BR", "CN", "JP", "NG", "AU"]
        var random = SplitMix64(seed: 7)
        var text = "title: \"Generated: \(entities) entities, \(links) links\"\nyear: 2023\n\nentities:\n"
        for index in 0..<entities {
            text += "  - {id: city-\(index), kind: city, name: \"City \(index)\", country: \(countries[index % countries.count])}\n"
        }
        text += "\nlinks:\n"
        for index in 0..<links {
            let a = random.below(entities)
            let b = (a + 1 + random.below(entities - 1)) % entities
            text += "  - {from: city-\(a), to: city-\(b), kind: partnership, year: \(1990 + index % 34), source: \"https://example.org/\(index)\"}\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The child's work: load the file best of `repeats`.
    static func work(options: BenchOptions) throws -> ConversionBench.Measured {
        let file = try file(options: options)
        let (times, dataset) = try timed(options.repeats) { try DatasetLoader.load([file.path]) }
        guard dataset.entities.count == entities, dataset.links.count == links else {
            throw BenchFailure("read \(dataset.entities.count) entities and \(dataset.links.count) links, not \(entities) and \(links)")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return ConversionBench.Measured(seconds: times.min() ?? 0, bytes: bytes, maxrssMB: peakMemoryMB())
    }

    static func run(options: BenchOptions) throws {
        _ = try file(options: options)
        let output = try runProgram(CommandLine.arguments[0], ["--yaml-worker", "--repeat", String(options.repeats), "--data", options.dataDirectory.path])
        let measured = try JSONDecoder().decode(ConversionBench.Measured.self, from: output)
        print(String(format: "YAML load, %d entities + %d links (%.1f MB): %.3f s, peak RSS %.0f MB (goal ≤ 1.2 s)",
                     entities, links, Double(measured.bytes) / 1_048_576, measured.seconds, measured.maxrssMB))
    }
}
