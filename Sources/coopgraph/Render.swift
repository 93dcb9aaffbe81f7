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

    @Option(name: .long, help: "For a dataset: partners, networks, diplomacy, full, ego or map.")
    var view: ViewOption = .partners

    @Option(name: .long, help: "light, dark or print.")
    var theme: ThemeOption = .light

    @Option(name: .long, help: "slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT pixels.")
    var size: String?

    @Option(name: .long, help: "Only these link kinds, comma-separated (partnership,membership,…).")
    var kinds: String?

    @Option(name: .long, help: "The centre of the ego view (default: the focus).")
    var center: String?

    @Option(name: .long, help: "The radius of the ego view, in links.")
    var radius: Int = 1

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
                let graph = diagram.graph(view.diagramView)
                let diagramSize = try parsedSize()
                if format == .dot {
                    data = Data(graph.dotText.utf8)
                } else {
                    do {
                        data = try DiagramRenderer.render(graph, layout: layout ?? diagram.layout(for: view.diagramView), format: format, size: diagramSize, limits: limits)
                    } catch {
                        Terminal.printError("the \(view.rawValue) view: \(error.description)")
                        throw ExitCode(1)
                    }
                }
            }
        } catch let error as StatisticsError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(data, to: output)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
    }

    private func parsedSize() throws -> DiagramSize? {
        guard let size else { return nil }
        guard let parsed = DiagramSize(size) else {
            Terminal.printError("unknown size '\(size)'; use slide-16x9, slide-4x3, a4-portrait, a4-landscape or WIDTHxHEIGHT")
            throw ExitCode(1)
        }
        return parsed
    }

    private func makeDiagram() throws -> CooperationDiagram {
        var linkKinds: Set<LinkKind>?
        if let kinds {
            linkKinds = []
            for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let kind = LinkKind(rawValue: name) else {
                    Terminal.printError("unknown link kind '\(name)'; use \(LinkKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    throw ExitCode(1)
                }
                linkKinds?.insert(kind)
            }
        }
        let dataset = try options.load()
        var diagram = try CooperationDiagram(dataset: dataset, focus: options.focus, language: options.lang.rawValue, theme: theme.theme, year: options.year)
        diagram.linkKinds = linkKinds
        if let center {
            guard dataset.contains(center) else {
                Terminal.printError("unknown id '\(center)' for --center")
                throw ExitCode(1)
            }
            diagram.egoCenter = center
        }
        diagram.egoRadius = radius
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

/// `--view` values.
enum ViewOption: String, ExpressibleByArgument, CaseIterable {
    case partners, networks, diplomacy, full, ego, map

    var diagramView: DiagramView {
        DiagramView(rawValue: rawValue) ?? .partners
    }
}
