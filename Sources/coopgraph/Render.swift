import ArgumentParser
import CooperationGraph
import Foundation

/// `coopgraph render`: a DOT file, or a view of a dataset, to SVG, PNG, PDF or DOT.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a DOT file, or a view of a dataset, through Graphviz.",
        discussion: """
        The output format comes from the extension of -o: svg, png, pdf, dot (laid-out DOT with
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

    @Option(name: .customLong("allow-files"), help: "A folder a DOT file's image, shapefile and similar attributes may read from (none by default).")
    var allowedFolders: [String] = []

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
                guard let text = FileContents.utf8Text(input) else {
                    Terminal.printError("\(input): cannot read the file as UTF-8 text")
                    throw ExitCode(1)
                }
                data = try render(text, format: format, input: input, limits: limits)
            } else {
                let diagram = try makeDiagram()
                let graph = diagram.graph(view)
                let diagramSize = size
                if format == .dot {
                    data = Data(graph.dotText.utf8)
                } else {
                    do {
                        data = try DiagramRenderer.render(graph, layout: layout ?? diagram.layout(for: view), format: format, size: diagramSize, limits: limits)
                    } catch {
                        Terminal.printError("the \(view.rawValue) view: \(error.description)")
                        throw ExitCode(1)
                    }
                }
            }
        } catch let error as FocusError {
            Terminal.printError(error)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(data, to: output)
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
                                       fileAccess: FileAccess(allowedFolders: allowedFolders), limits: limits).data
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
