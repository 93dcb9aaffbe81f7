import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph render`: a DOT file, or a view of a dataset, to SVG, PNG, PDF or DOT.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a DOT file, or a view of a dataset, through Graphviz.",
        discussion: """
        The output format comes from the extension of -o: svg, png, pdf, dot (laid-out DOT with \
        positions when the input is a DOT file; our own DOT when it is a dataset), xdot.
        """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: [.short, .long], help: "The output file; its extension names the format.")
    var output: String

    @Option(name: .long, help: "Graphviz layout: dot, neato, fdp, sfdp, twopi, circo… (default: the view's own).")
    var layout: String?

    @Option(name: .long, help: "For a dataset: partners, networks, diplomacy, full, ego, map or coverage.")
    var view: DiagramView = .partners

    @Option(name: .long, help: "light, dark or print.")
    var theme: DiagramTheme = .light

    @Option(name: .long, help: "Mark the countries of un, eu, a continent (Europe, continent:AS) or a file of countries not reached on the coverage map.")
    var target: String?

    @Option(name: .long, help: "slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT pixels.")
    var size: DiagramSize?

    @Option(name: .long, help: "Only these link kinds, comma-separated (partnership,membership,…).")
    var kinds: LinkKindList?

    @Option(name: .long, help: "The centre of the ego view (default: the focus).")
    var center: String?

    @Option(name: .long, help: "The radius of the ego view, in links.")
    var radius: Int = 1

    @Flag(name: .customLong("on-slide"), help: "With --size: the drawing goes on a slide that has the title, so it has none of its own.")
    var onSlide = false

    @Flag(name: .customLong("one-file"), help: "With --size: fail instead of writing NAME-1, NAME-2… when the view needs several parts.")
    var oneFile = false

    @Flag(name: .long, help: "With --size: measure each drawing (fill, smallest text, overlapping text, edges through nodes) and exit with 2 when a requirement fails.")
    var check = false

    @Flag(name: .long, help: "With --check: print the measures as JSON.")
    var json = false

    @Option(name: .customLong("allow-files"), help: "A folder a DOT file's image, shapefile and similar attributes may read from (none by default).")
    var allowedFolders: [String] = []

    @Flag(name: .customLong("allow-script-links"), help: "Let a DOT file's URL and href attributes hold javascript: and similar links (refused by default).")
    var allowsScriptLinks = false

    @OptionGroup var limitOptions: RenderLimitOptions

    func run() throws {
        let limits = try limitOptions.limits()
        let extensionName = URL(fileURLWithPath: output).pathExtension
        guard let format = OutputFormat(pathExtension: extensionName) else {
            Terminal.printError("\(output): give the output a file extension such as .svg, .png or .pdf")
            throw ExitCode(1)
        }
        let data: Data
        do {
            if let input = options.datasets.first, options.datasets.count == 1, ["dot", "gv"].contains(URL(fileURLWithPath: input).pathExtension.lowercased()) {
                let text = try DOTInput.text(of: input)
                // DOT from disk may come from anywhere: a crash of Graphviz on it must not take
                // coopgraph down without a word, so it is laid out in a child process.
                var isolated = limits
                isolated.isolatesCrashes = true
                data = try render(text, format: format, input: input, limits: isolated)
            } else {
                let diagram = try makeDiagram()
                let diagramSize = size
                guard let diagramSize else {
                    if check {
                        Terminal.printError("--check needs --size: the measures are taken on a target")
                        throw ExitCode(1)
                    }
                    let graph = diagram.graph(view)
                    if format == .dot {
                        data = Data(graph.dotText.utf8)
                    } else {
                        data = try renderView(graph, layout: layout ?? diagram.layout(for: view), format: format, size: nil, limits: limits)
                    }
                    try write(data, to: output)
                    return
                }
                try writeParts(diagram, size: diagramSize, format: format, limits: limits)
                return
            }
        } catch let error as FocusError {
            Terminal.printError(error)
            throw ExitCode(1)
        }
        try write(data, to: output)
    }

    /// Every part of the view made for `size`: one file, or NAME-1.EXT, NAME-2.EXT… with --check's
    /// measures of each.
    private func writeParts(_ diagram: CooperationDiagram, size: DiagramSize, format: OutputFormat, limits: RenderLimits) throws {
        let parts: [DiagramPart]
        do {
            parts = try diagram.parts(view, size: size, onSlide: onSlide, limits: limits)
        } catch {
            Terminal.printError("the \(view.rawValue) view: \(error.description)")
            throw ExitCode(1)
        }
        if parts.count > 1, oneFile {
            Terminal.printError("the \(view.rawValue) view needs \(parts.count) parts to stay legible at \(size.name); drop --one-file to write \(partPath(1)) … \(partPath(parts.count)), or use a larger --size")
            throw ExitCode(1)
        }
        var measures: [(path: String, metrics: DiagramMetrics)] = []
        var files: [(String, Data)] = []
        for part in parts {
            let path = parts.count == 1 ? output : partPath(part.number)
            let data: Data
            if format == .dot {
                data = Data(part.graph.dotText.utf8)
            } else {
                data = try renderView(part.graph, layout: layout ?? part.layout, format: format, size: size, limits: limits)
            }
            if check {
                let svg = format == .svg ? data : try renderView(part.graph, layout: layout ?? part.layout, format: .svg, size: size, limits: limits)
                do {
                    measures.append((path, try DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: size)))
                } catch {
                    Terminal.printError("\(path): \(error.description)")
                    throw ExitCode(1)
                }
            }
            files.append((path, data))
        }
        for (path, data) in files { try write(data, to: path) }
        guard check else { return }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            struct Entry: Encodable {
                var file: String
                var metrics: DiagramMetrics
                var passes: Bool
                var problems: [String]
            }
            let entries = measures.map { Entry(file: $0.path, metrics: $0.metrics, passes: $0.metrics.passes, problems: $0.metrics.problems) }
            print(String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self))
        } else {
            for (path, metrics) in measures { print("\(path)\n" + metrics.text.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")) }
        }
        if measures.contains(where: { !$0.metrics.passes }) { throw ExitCode(2) }
    }

    private func partPath(_ number: Int) -> String {
        let url = URL(fileURLWithPath: output)
        let name = url.deletingPathExtension().lastPathComponent + "-\(number)." + url.pathExtension
        guard let slash = output.lastIndex(of: "/") else { return name }
        return String(output[...slash]) + name
    }

    private func renderView(_ graph: DOTGraph, layout: String, format: OutputFormat, size: DiagramSize?, limits: RenderLimits) throws -> Data {
        do {
            return try DiagramRenderer.render(graph, layout: layout, format: format, size: size, limits: limits)
        } catch {
            Terminal.printError("the \(view.rawValue) view: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }

    private func makeDiagram() throws -> CooperationDiagram {
        let dataset = try options.load()
        var coverageTarget: CoverageTarget?
        if let target {
            do {
                coverageTarget = try CoverageTarget.parse(target)
            } catch {
                Terminal.printError("--target: \(error.description)")
                throw ExitCode(1)
            }
        }
        var diagram = try CooperationDiagram(dataset: dataset, focus: options.focus, language: options.lang, theme: theme, year: options.year)
        diagram.linkKinds = kinds?.kinds
        if let center {
            guard dataset.contains(center) else {
                Terminal.printError("unknown id '\(center)' for --center")
                throw ExitCode(1)
            }
            diagram.egoCenter = center
        }
        diagram.egoRadius = radius
        diagram.coverageTarget = coverageTarget
        return diagram
    }

    private func render(_ text: String, format: OutputFormat, input: String, limits: RenderLimits) throws -> Data {
        do {
            return try Graphviz.render(dotText: text, layout: Layout(rawValue: layout ?? "dot"), format: format,
                                       fileAccess: FileAccess(allowedFolders: allowedFolders), limits: limits,
                                       links: allowsScriptLinks ? .allowScripts : .refuseScripts).data
        } catch {
            if case let .syntax(line?, message) = error {
                Terminal.printError("\(input):\(line): \(message)")
            } else {
                Terminal.printError("\(input): \(error.description)")
            }
            throw ExitCode(1)
        }
    }
}
