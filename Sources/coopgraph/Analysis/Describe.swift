import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph describe`: the table a paper on the network would print.
struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One table of the measures a paper on the network reports.",
        discussion: """
        Entities and links by kind, components, diameter, radius and average distance of the
        largest component (exact, or from --samples K sources drawn with --seed S), average
        clustering and transitivity, degree assortativity (every link counted, and on the simple
        graph), continent and country assortativity, maximum and mean degree, the main core and
        the degree distribution. --degree-plot FILE.svg draws the distribution on log–log axes.
        """
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var kinds: LinkKindsOption

    @Option(name: .long, help: "Estimate distances from K sampled sources instead of all.")
    var samples: Int?

    @Option(name: .long, help: "Seed for --samples.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "Write the degree distribution as a log–log SVG plot to this file.")
    var degreePlot: String?

    @Option(name: .long, help: "text, json or csv.")
    var format: AnalysisFormat = .text

    func run() throws {
        let dataset = try options.load()
        Output.progress("describing \(dataset.entities.count) entities…")
        let description = NetworkDescription(dataset, kinds: try kinds.set(), samples: samples, seed: seed)
        Output.progressDone()
        let language = options.lang
        if let degreePlot {
            do {
                try AtomicFile.write(Data(DegreePlot.svg(description.degreeDistribution, language: language).utf8), to: degreePlot)
            } catch {
                Terminal.printError(error.description)
                throw ExitCode(1)
            }
        }
        switch format {
        case .json: Terminal.write(try Output.json(description))
        case .csv: Terminal.write("measure,value\n" + Describe.rows(description, language: language).map { "\(CSVField.escape($0.key)),\(CSVField.escape($0.value))" }.joined(separator: "\n") + "\n")
        case .text:
            let title = dataset.title.isEmpty ? "" : dataset.title + "\n"
            let rows = Describe.rows(description, language: language, indent: true)
            let width = rows.map(\.key.count).max() ?? 0
            Terminal.write(title + rows.map { $0.key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.value }.joined(separator: "\n") + "\n")
        }
    }

    /// The table's rows, in the language asked for; sub-rows indented for text.
    static func rows(_ d: NetworkDescription, language: Language, indent: Bool = false) -> [(key: String, value: String)] {
        let pl = language == .polish
        let sub = indent ? "  " : ""
        func number(_ value: Double?) -> String { value.map { String(format: "%.6f", $0) } ?? (pl ? "nieokreślona" : "undefined") }
        var rows: [(String, String)] = [(pl ? "Podmioty" : "Entities", "\(d.entities)")]
        for kind in d.entitiesByKind.keys.sorted() { rows.append((sub + Describe.kindName(kind, pl: pl), "\(d.entitiesByKind[kind] ?? 0)")) }
        rows.append((pl ? "Powiązania" : "Links", "\(d.links)"))
        for kind in d.linksByKind.keys.sorted() { rows.append((sub + Describe.kindName(kind, pl: pl), "\(d.linksByKind[kind] ?? 0)")) }
        let share = d.entities == 0 ? 0 : 100 * Double(d.distances.componentSize) / Double(d.entities)
        rows += [
            (pl ? "Składowe spójne" : "Connected components", "\(d.components)"),
            (sub + (pl ? "największa" : "largest"), "\(d.distances.componentSize) (\(String(format: "%.1f", share))%)"),
            (sub + (pl ? "podmioty bez powiązań" : "isolated entities"), "\(d.isolated)"),
            (pl ? "Odległości w największej składowej" : "Distances in the largest component",
             d.distances.sampleSize.map { pl ? "z \($0) losowych źródeł" : "from \($0) sampled sources" } ?? (pl ? "dokładne" : "exact")),
            (sub + (pl ? "średnica" : "diameter"), "\(d.distances.diameter)"),
            (sub + (pl ? "promień" : "radius"), "\(d.distances.radius)"),
            (sub + (pl ? "średnia odległość" : "average distance"), number(d.distances.averageDistance)),
            (pl ? "Średni współczynnik skupienia" : "Average clustering", number(d.averageClustering)),
            (pl ? "Przechodniość" : "Transitivity", number(d.transitivity)),
            (pl ? "Asortatywność stopni" : "Degree assortativity", number(d.degreeAssortativity)),
            (sub + (pl ? "w grafie prostym" : "simple graph"), number(d.degreeAssortativitySimple)),
            (pl ? "Asortatywność kontynentów" : "Continent assortativity", number(d.continentAssortativity)),
            (pl ? "Asortatywność krajów" : "Country assortativity", number(d.countryAssortativity)),
            (pl ? "Największy stopień" : "Maximum degree", "\(d.maxDegree)"),
            (pl ? "Średni stopień" : "Mean degree", number(d.meanDegree)),
            (pl ? "Rdzeń główny" : "Main core", "k = \(d.mainCore), " + (pl ? "podmioty: \(d.mainCoreSize)" : "\(d.mainCoreSize) entities")),
            (pl ? "Rozkład stopni (stopień: liczba)" : "Degree distribution (degree: count)",
             d.degreeDistribution.map { "\($0.degree): \($0.count)" }.joined(separator: ", ")),
        ]
        return rows.map { (key: $0.0, value: $0.1) }
    }

    /// An entity or link kind's name in the table's language.
    static func kindName(_ kind: String, pl: Bool) -> String {
        guard pl else { return kind }
        let names = [
            "city": "miasto", "region": "region", "country": "państwo", "network": "sieć", "institution": "instytucja", "event": "wydarzenie",
            "partnership": "partnerstwo", "membership": "członkostwo", "memorandum": "memorandum", "diplomatic-meeting": "spotkanie dyplomatyczne",
            "meeting": "spotkanie", "delegation": "delegacja", "participation": "udział", "located-in": "położenie", "part-of": "część",
            "cooperation": "współpraca",
        ]
        return names[kind] ?? kind
    }
}
