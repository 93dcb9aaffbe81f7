import CooperationCore
import DOT
import Foundation
import Graphviz

/// The presentation pack of a dataset: every view as SVG, PNG at a slide size and PDF, the
/// legend, `index.html` (one self-contained page people explore: inline SVG to pan, zoom and
/// search, the statistics as tables, every fact's source), `report.md` (the same tables for
/// documents) and `deck.pptx` (``SlideDeck``).
public struct ReportPack: Sendable {
    /// The views the pack draws.
    public static let views: [DiagramView] = [.partners, .networks, .diplomacy, .full, .map, .coverage]

    /// The diagrams (set ``CooperationDiagram/coverageTarget`` to mark a target on the coverage map).
    public var diagram: CooperationDiagram
    /// The statistics of the focus.
    public let statistics: CooperationStatistics
    /// The size of the PNG files.
    public var size: DiagramSize = .slide16x9
    /// The time and memory each Graphviz layout may take (none by default).
    public var limits: RenderLimits = .none
    /// Whether the deck reveals the partners, networks and diplomacy views step by step
    /// (``SlideDeck/buildUp``).
    public var deckBuildUp = false
    /// Whether the deck's diagrams are pictures instead of native shapes
    /// (``SlideDeck/diagramsAsPictures``).
    public var deckDiagramsAsPictures = false

    /// A pack for `dataset`'s focus (or `focus`), in `language` and `theme`.
    ///
    /// - Throws: ``FocusError`` when there is no focus or it is unknown.
    public init(dataset: Dataset, focus: String? = nil, language: Language = .english, theme: DiagramTheme = .light, year: Int? = nil) throws(FocusError) {
        diagram = try CooperationDiagram(dataset: dataset, focus: focus, language: language, theme: theme, year: year)
        statistics = try CooperationStatistics(dataset: dataset, focus: focus, year: year)
    }

    /// Every file of the pack: names and bytes, in a fixed order.
    ///
    /// - Throws: ``Graphviz/GraphvizError`` when Graphviz fails on a view, or an archive error.
    public func files() throws -> [(name: String, data: Data)] {
        var files: [(String, Data)] = []
        var svgs: [(DiagramView, String)] = []
        for view in Self.views {
            let graph = diagram.graph(view)
            let layout = diagram.layout(for: view)
            let svg = try DiagramRenderer.render(graph, layout: layout, format: .svg, size: nil, limits: limits)
            files.append(("\(view.rawValue).svg", svg))
            // The PNG and PDF are made for the size: every part of a view too large for it.
            let parts = try diagram.parts(view, size: size, onSlide: false, limits: limits)
            for part in parts {
                let name = parts.count == 1 ? view.rawValue : "\(view.rawValue)-\(part.number)"
                let rendered = try DiagramRenderer.render(part.graph, layout: part.layout, formats: [.png, .pdf], size: size, limits: limits)
                files.append(("\(name).png", rendered[0]))
                files.append(("\(name).pdf", rendered[1]))
            }
            files.append(("\(view.rawValue).dot", Data(graph.dotText.utf8)))
            svgs.append((view, String(decoding: svg, as: UTF8.self)))
        }
        let legend = try DiagramRenderer.render(diagram.legendGraph(), layout: "dot", format: .svg, size: nil, limits: limits)
        files.append(("legend.svg", legend))
        let report = StatisticsReport(statistics: statistics, dataset: diagram.dataset, language: diagram.language)
        files.append(("index.html", Data(HTMLReport(report: report, diagrams: svgs, legend: String(decoding: legend, as: UTF8.self), theme: diagram.theme).html().utf8)))
        files.append(("report.md", Data((report.render(.markdown) + "\n" + SourcesTable(report: report).markdown()).utf8)))
        files.append(("deck.pptx", try SlideDeck(pack: self).data()))
        return files
    }
}
