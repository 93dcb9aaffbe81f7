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
        try files(assembling: [:])
    }

    /// Every job of the pack, the costliest first: a share of them taken in this order by each
    /// of several processes keeps them busy until the end. The natural drawing of the `full`
    /// view (every entity, its edges routed round the nodes) and the deck (every view again,
    /// for slides) come first.
    public var jobs: [ReportJob] {
        let drawings = Self.views.map(ReportJob.drawing)
        return [.drawing(.full), .deck] + Self.views.map(ReportJob.parts) + drawings.filter { $0 != .drawing(.full) }
    }

    /// The files one job makes, in the order ``files()`` lists them.
    ///
    /// - Throws: ``Graphviz/GraphvizError`` when Graphviz fails on the view, or an archive error.
    public func files(of job: ReportJob) throws -> [(name: String, data: Data)] {
        switch job {
        case .drawing(let view):
            let graph = diagram.graph(view)
            let svg = try DiagramRenderer.render(graph, layout: diagram.layout(for: view), format: .svg, size: nil, limits: limits)
            return [("\(view.rawValue).svg", svg), ("\(view.rawValue).dot", Data(graph.dotText.utf8))]
        case .parts(let view):
            // The PNG and PDF are made for the size: every part of a view too large for it.
            let parts = try diagram.parts(view, size: size, onSlide: false, limits: limits)
            var files: [(String, Data)] = []
            for part in parts {
                let name = parts.count == 1 ? view.rawValue : "\(view.rawValue)-\(part.number)"
                let rendered = try DiagramRenderer.render(part.graph, layout: part.layout, formats: [.png, .pdf], size: size, limits: limits)
                files.append(("\(name).png", rendered[0]))
                files.append(("\(name).pdf", rendered[1]))
            }
            return files
        case .deck:
            return [("deck.pptx", try SlideDeck(pack: self).data())]
        }
    }

    /// Every file of the pack, in the order of ``files()``, from what the jobs already tried
    /// gave (`done`: the files ``files(of:)`` made, or the error it threw); the other jobs are
    /// made here, and then the legend, `index.html` and `report.md`. The error thrown is that
    /// of the first job in the order of ``files()`` that fails, as ``files()`` would throw it.
    ///
    /// - Throws: ``Graphviz/GraphvizError`` when Graphviz fails on a view, or an archive error.
    public func files(assembling done: [ReportJob: Result<[(name: String, data: Data)], any Error>]) throws -> [(name: String, data: Data)] {
        func made(_ job: ReportJob) throws -> [(name: String, data: Data)] {
            if let result = done[job] { return try result.get() }
            return try self.files(of: job)
        }
        var all: [(name: String, data: Data)] = []
        var svgs: [(DiagramView, String)] = []
        for view in Self.views {
            // The SVG, the PNG and PDF of the parts, then the DOT.
            let drawing = try made(.drawing(view))
            let svg = drawing.filter { $0.name.hasSuffix(".svg") }
            all += svg
            all += try made(.parts(view))
            all += drawing.filter { !$0.name.hasSuffix(".svg") }
            svgs.append((view, String(decoding: svg.first?.data ?? Data(), as: UTF8.self)))
        }
        let legend = try DiagramRenderer.render(diagram.legendGraph(), layout: "dot", format: .svg, size: nil, limits: limits)
        all.append(("legend.svg", legend))
        let report = StatisticsReport(statistics: statistics, dataset: diagram.dataset, language: diagram.language)
        all.append(("index.html", Data(HTMLReport(report: report, diagrams: svgs, legend: String(decoding: legend, as: UTF8.self), theme: diagram.theme).html().utf8)))
        all.append(("report.md", Data((report.render(.markdown) + "\n" + SourcesTable(report: report).markdown()).utf8)))
        all += try made(.deck)
        return all
    }
}
