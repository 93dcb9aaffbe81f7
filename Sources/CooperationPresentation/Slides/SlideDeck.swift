import CooperationCore
import DOT
import Foundation
import Graphviz
import ZIPFoundation

/// A PowerPoint deck (Office Open XML) of a dataset: a title slide, one slide per view with
/// its diagram as native, editable shapes (or as a picture), the statistics as a native table,
/// the country coverage as a native bar chart, slide numbers, and each slide's sources in its
/// speaker notes. Written with ZIPFoundation; the same data gives the same bytes.
public struct SlideDeck: Sendable {
    /// The pack the deck draws from.
    public let pack: ReportPack
    /// Whether each diagram is one picture (a slide-sized PNG) instead of native shapes.
    public var diagramsAsPictures = false
    /// Whether the partners, networks and diplomacy views are revealed group by group, one
    /// slide a step, at the same positions on every step.
    public var buildUp = false
    /// Slide-sized PNGs of the views already rendered, reused instead of rendering them again.
    let renderedPictures: [DiagramView: Data]

    /// A deck for a report pack.
    public init(pack: ReportPack, diagramsAsPictures: Bool = false, buildUp: Bool = false) {
        self.init(pack: pack, pictures: [:])
        self.diagramsAsPictures = diagramsAsPictures
        self.buildUp = buildUp
    }

    init(pack: ReportPack, pictures: [DiagramView: Data]) {
        self.pack = pack
        self.renderedPictures = pictures
        self.diagramsAsPictures = pack.deckDiagramsAsPictures
        self.buildUp = pack.deckBuildUp
    }

    /// What a slide shows below its title.
    enum Content {
        case none
        case picture(Data)
        case diagram(NativeDiagramSlide)
        case table([[String]])
        case chart(ChartPart)
    }

    /// One slide's content.
    struct Slide {
        var title: String
        var subtitle: String?
        var content: Content = .none
        var notes: String
        /// A line under the title of a diagram slide: which part of a split view it shows, and why.
        var caption: String? = nil
    }

    static let slideWidth = DrawingML.slideWidth, slideHeight = DrawingML.slideHeight
    static let margin = 457_200
    /// The top of a slide's content, below its title.
    // Below the title (228,600 + 914,400 EMU) and the one-line caption of a split view.
    static let contentTop = 1_417_320
    /// EMU per pixel of a 1920-pixel-wide slide.
    static let emuPerPixel = slideWidth / 1920
    /// The box a picture fills on its slide: the content area under the title and above the
    /// slide number, as the native diagrams and the chart have it, in whole slide pixels (left,
    /// top, width, height in EMU).
    static let pictureBox = (x: margin, y: contentTop, width: (slideWidth - 2 * margin) / emuPerPixel * emuPerPixel,
                             height: (slideHeight - contentTop - margin) / emuPerPixel * emuPerPixel)
    /// The size a picture is drawn for: the picture box in slide pixels (1776×784), so a pixel
    /// of the picture is a pixel of a 1920×1080 slide and its text keeps the slide's floors.
    static let pictureSize = DiagramSize.pixels(width: pictureBox.width / emuPerPixel, height: pictureBox.height / emuPerPixel)

    private var language: String { pack.diagram.language.documentTag }
    private var words: StringTable { StringTable.of(pack.diagram.language) }
    /// The dataset's title in the deck's language, else the focus's name.
    private var datasetTitle: String {
        let title = words.title(of: pack.diagram.dataset)
        return title.isEmpty ? pack.statistics.focusName : title
    }
    private var palette: SlidePalette { SlidePalette(theme: pack.diagram.theme) }

    /// The `.pptx` bytes.
    ///
    /// - Throws: ``Graphviz/GraphvizError`` when a diagram fails, or an archive error.
    public func data() throws -> Data {
        let slides = try makeSlides()
        let archive = try Archive(data: Data(), accessMode: .create)
        let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                 compressionMethod: path.hasSuffix(".png") ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        func add(_ path: String, _ text: String) throws { try add(path, Data(text.utf8)) }
        let charts = slides.indices.filter { if case .chart = slides[$0].content { true } else { false } }
        let title = DrawingML.escape(datasetTitle)
        let font = DrawingML.escape(pack.diagram.theme.fontName)
        try add("[Content_Types].xml", OOXMLParts.contentTypes(slides: slides.count, charts: charts.count))
        try add("_rels/.rels", OOXMLParts.rootRelationships)
        try add("docProps/core.xml", OOXMLParts.core(title: title))
        try add("docProps/app.xml", OOXMLParts.app)
        try add("ppt/presentation.xml", OOXMLParts.presentation(slides: slides.count))
        try add("ppt/_rels/presentation.xml.rels", OOXMLParts.presentationRelationships(slides: slides.count))
        try add("ppt/slideMasters/slideMaster1.xml", OOXMLParts.slideMaster)
        try add("ppt/slideMasters/_rels/slideMaster1.xml.rels", OOXMLParts.slideMasterRelationships)
        try add("ppt/slideLayouts/slideLayout1.xml", OOXMLParts.slideLayout)
        try add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", OOXMLParts.slideLayoutRelationships)
        try add("ppt/notesMasters/notesMaster1.xml", OOXMLParts.notesMaster)
        try add("ppt/notesMasters/_rels/notesMaster1.xml.rels", OOXMLParts.notesMasterRelationships)
        try add("ppt/theme/theme1.xml", OOXMLParts.theme(font: font, colours: palette.scheme))
        try add("ppt/theme/theme2.xml", OOXMLParts.theme(font: font, colours: SlidePalette(theme: .light).scheme))
        let type = OOXMLParts.relationshipType
        var chartNumber = 0
        for (offset, slide) in slides.enumerated() {
            let number = offset + 1
            var relationships = [("rId1", type + "slideLayout", "../slideLayouts/slideLayout1.xml"),
                                 ("rId3", type + "notesSlide", "../notesSlides/notesSlide\(number).xml")]
            switch slide.content {
            case let .picture(picture):
                try add("ppt/media/image\(number).png", picture)
                relationships.append(("rId2", type + "image", "../media/image\(number).png"))
            case let .chart(chart):
                chartNumber += 1
                try add("ppt/charts/chart\(chartNumber).xml", chart.xml())
                relationships.append(("rId4", type + "chart", "../charts/chart\(chartNumber).xml"))
            default: break
            }
            try add("ppt/slides/slide\(number).xml", try slideXML(slide, number: number))
            try add("ppt/slides/_rels/slide\(number).xml.rels", OOXMLParts.relationships(relationships))
            try add("ppt/notesSlides/notesSlide\(number).xml", notesXML(slide.notes))
            try add("ppt/notesSlides/_rels/notesSlide\(number).xml.rels", OOXMLParts.relationships([
                ("rId1", type + "notesMaster", "../notesMasters/notesMaster1.xml"), ("rId2", type + "slide", "../slides/slide\(number).xml"),
            ]))
        }
        guard let data = archive.data else { throw SlideDeckError.emptyArchive }
        return data
    }

    private func makeSlides() throws(GraphvizError) -> [Slide] {
        let statistics = pack.statistics
        let dataset = pack.diagram.dataset
        let sources = SourcesTable(report: StatisticsReport(statistics: statistics, dataset: dataset, language: pack.diagram.language))
        let documents = dataset.documents.map(\.title).joined(separator: "; ")
        var slides = [Slide(
            title: datasetTitle,
            subtitle: [statistics.focusName, words.count(statistics.partnerCityCount, .partnerCity),
                       words.count(statistics.countryCoverage.count, .country), words.count(statistics.networks.count, .network)].joined(separator: " · "),
            notes: words[.sourcesHeading] + ": " + (documents.isEmpty ? words[.theDataset] : documents)
        )]
        for view in ReportPack.views {
            let kinds = view.linkKinds
            let facts = sources.rows.filter { row in kinds.map { $0.contains { $0.rawValue == row.kind } } ?? true }
            let notes = words[.sourcesHeading] + ":\n" + facts.map { "\($0.kind) — \($0.other): \($0.source)" }.joined(separator: "\n")
            let title = viewTitle(view, focus: statistics.focusName)
            // A map's countries are Graphviz's background drawing, which shapes cannot carry:
            // maps go on their slide as the picture Graphviz draws, made for the picture's box.
            let asPicture = diagramsAsPictures || view == .map || view == .coverage
            let parts = try pack.diagram.parts(view, size: asPicture ? Self.pictureSize : .slide16x9, onSlide: true, limits: pack.limits)
            for part in parts {
            // Every part of a view too large for one slide gets a slide; the slide carries the
            // title, so the drawing has none, and the caption says which part and why.
            if asPicture {
                var png = parts.count == 1 ? renderedPictures[view] ?? Data() : Data()
                if png.isEmpty {
                    png = try DiagramRenderer.render(part.graph, layout: part.layout, format: .png, size: Self.pictureSize, limits: pack.limits)
                }
                slides.append(Slide(title: title, content: .picture(png), notes: notes, caption: part.subtitle))
                continue
            }
            var graph = part.graph
            graph.attributes["label"] = nil
            let laidOut = try Graphviz.layout(graph, layout: Layout(rawValue: part.layout), limits: pack.limits)
            let native = nativeSlide(laidOut)
            guard buildUp, parts.count == 1, [.partners, .networks, .diplomacy].contains(view) else {
                slides.append(Slide(title: title, content: .diagram(native), notes: notes, caption: part.subtitle))
                continue
            }
            let steps = BuildUpStep.steps(of: laidOut, centre: pack.diagram.focus, excludedCluster: "cluster_legend") { id in
                view == .diplomacy ? dataset[id]?.resolvedContinent?.name(in: pack.diagram.language) : nil
            }
            for step in steps {
                var revealed = native
                revealed.visible = step.visible
                revealed.emphasised = Set(step.added)
                slides.append(Slide(title: title + ": " + step.name, content: .diagram(revealed),
                                    notes: buildUpNotes(step)))
            }
            }
        }
        let continents = Set(statistics.partnersPerContinent.keys).union(statistics.partnerCitiesPerContinent.keys).sorted()
        var table = [[words[.measureColumn], words[.countColumn]]]
        table += [[words[.partnerCitiesRow], String(statistics.partnerCityCount)], [words[.partnerRegionsRow], String(statistics.partnerRegionCount)],
                  [words[.partnerCountriesRow], String(statistics.partnerCountries.count)],
                  [words[.countriesReachedRow], String(statistics.countryCoverage.count)],
                  [words[.networksColumn], String(statistics.networks.count)], [words[.diplomaticMeetingsRow], String(statistics.diplomaticMeetings.count)]]
        table += continents.map { code in
            // The statistics name continents in English; the row names them in the deck's language.
            let name = Continent(code: code)?.name(in: pack.diagram.language) ?? code
            return [words.format(.partnerCitiesInRow, name), String(statistics.partnerCitiesPerContinent[code] ?? 0)]
        }
        let allSources = words[.sourcesHeading] + ": " + (documents.isEmpty ? words[.theDataset] : documents)
            + "\n" + sources.rows.compactMap { $0.source == "—" ? nil : "\($0.kind) — \($0.other): \($0.source)" }.joined(separator: "\n")
        slides.append(Slide(title: words.format(.inNumbers, statistics.focusName), content: .table(table), notes: allSources))
        let coverage = statistics.countryCoverage.relations.map { covered in
            (category: Geography.country(code: covered.country)?.name(in: pack.diagram.language) ?? covered.country, count: covered.relations.count)
        }.sorted { ($1.count, $0.category) < ($0.count, $1.category) }
        if !coverage.isEmpty {
            slides.append(Slide(title: words[.coverageChartTitle], content: .chart(ChartPart(
                series: words[.relationsSeries], values: coverage, colour: SlidePalette.scheme("accent1"), language: language)), notes: allSources))
        }
        return slides
    }

    /// A view's laid-out graph as shapes in the content area, with a legend of the kinds it shows.
    private func nativeSlide(_ laidOut: LaidOutGraph) -> NativeDiagramSlide {
        let area = (x: Self.margin, y: Self.contentTop, width: Self.slideWidth - 2 * Self.margin, height: Self.slideHeight - Self.contentTop - Self.margin)
        var native = NativeDiagramSlide(graph: laidOut, palette: palette, language: language, area: area)
        native.legendTitle = words[.legend]
        let theme = pack.diagram.theme
        let dataset = pack.diagram.dataset
        let entityKinds = Set(laidOut.nodes.compactMap { dataset[$0.name]?.kind }).sorted()
        var legend: [LegendEntry] = entityKinds.map { kind in
            let attributes = theme.node(kind)
            return .shape(name: words.name(of: kind), dotShape: attributes["shape"]?.rawValue ?? "box",
                          style: attributes["style"]?.rawValue ?? "", fill: attributes["fillcolor"]?.rawValue ?? theme.background)
        }
        let linkKinds = Set(laidOut.edges.compactMap { edge in
            LinkKind.allCases.first { kind in
                let attributes = theme.edge(kind)
                return ["color", "style", "penwidth"].allSatisfy { attributes[$0]?.rawValue == edge.attributes[$0]?.text }
            }
        }).sorted()
        legend += linkKinds.map { kind in
            let attributes = theme.edge(kind)
            return .line(name: words.name(of: kind), colour: attributes["color"]?.rawValue ?? theme.foreground,
                         style: attributes["style"]?.rawValue ?? "solid", penWidth: attributes["penwidth"].flatMap { Double($0.rawValue) } ?? 1)
        }
        native.legend = legend
        return native
    }

    /// What a build-up step adds and the sources of the links it adds.
    private func buildUpNotes(_ step: BuildUpStep) -> String {
        let dataset = pack.diagram.dataset
        let added = Set(step.added)
        let names = step.added.map { dataset[$0]?.name(in: pack.diagram.language) ?? $0 }
        let titles = Dictionary(dataset.documents.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let facts = dataset.links.filter { link in
            (added.contains(link.source) || added.contains(link.target)) && step.visible.contains(link.source) && step.visible.contains(link.target)
        }.map { link in
            let ends = [link.source, link.target].map { dataset[$0]?.name(in: pack.diagram.language) ?? $0 }.joined(separator: " — ")
            let source = link.sourceReference.map { reference in
                reference.url ?? ((reference.document.flatMap { titles[$0] } ?? reference.document ?? "") + (reference.line.map { words.format(.sourceLine, String($0)) } ?? ""))
            } ?? "—"
            return "\(words.name(of: link.kind)): \(ends): \(source)"
        }
        return words.format(.stepAdds, step.name, names.joined(separator: ", ")) + "\n" + words[.sourcesHeading] + ":\n" + facts.joined(separator: "\n")
    }

    /// What a view's slide shows, as its title says it.
    private func viewTitle(_ view: DiagramView, focus: String) -> String {
        switch view {
        case .partners: words[.partnersSlideTitle]
        case .networks: words.format(.networksSlideTitle, focus)
        case .diplomacy: words[.diplomacySlideTitle]
        case .full: words[.fullSlideTitle]
        case .map: words[.mapSlideTitle]
        case .ego: words[.egoSlideTitle]
        case .coverage: words.format(.coverageSlideTitle, focus)
        }
    }

    private func run(_ text: String, size: Int, bold: Bool = false) -> String {
        DrawingML.run(text, language: language, size: size, bold: bold, colour: SlidePalette.scheme("tx1"))
    }

    private func slideXML(_ slide: Slide, number: Int) throws(GraphvizError) -> String {
        let margin = Self.margin, font = pack.diagram.theme.fontName
        let width = Self.slideWidth - 2 * margin
        let isTitleSlide = slide.subtitle != nil
        let titleSize = try TitleFitting.size(of: slide.title, font: font, bold: true, maximum: isTitleSlide ? 4000 : 2800, width: width)
        var shapes = DrawingML.textBox(id: 2, name: "Title", x: margin, y: isTitleSlide ? 2_286_000 : 228_600, width: width, height: 914_400,
                                       paragraphs: [DrawingML.paragraph(run(slide.title, size: titleSize, bold: true), align: isTitleSlide ? "ctr" : "l")],
                                       anchor: isTitleSlide ? "b" : "ctr")
        if let subtitle = slide.subtitle {
            let fitted = try TitleFitting.lines(of: subtitle, font: font, bold: false, maximum: 2000, minimum: 1400, width: width, height: 914_400)
            shapes += DrawingML.textBox(id: 3, name: "Subtitle", x: margin, y: 3_429_000, width: width, height: 914_400,
                                        paragraphs: fitted.lines.map { DrawingML.paragraph(run($0, size: fitted.size), align: "ctr") })
        } else {
            // The slide number, as a field that presentation programs keep up to date.
            shapes += #"<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide number"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>"#
                + DrawingML.transform(x: Self.slideWidth - margin - 914_400, y: Self.slideHeight - 411_480, width: 914_400, height: 320_040)
                + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="none" anchor="ctr"/><a:lstStyle/>"#
                + #"<a:p><a:pPr algn="r"/><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="\#(language)" sz="1200"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill></a:rPr><a:t>\#(number)</a:t></a:fld></a:p></p:txBody></p:sp>"#
        }
        if let caption = slide.caption {
            // Between the title's text and the content, on one line at 11 pt or more, else on
            // two lines broken at a space, at a size that keeps it inside its box.
            let top = 228_600 + 914_400 - 137_160, height = Self.contentTop - top
            let fitted = try TitleFitting.lines(of: caption, font: font, bold: false, maximum: 1400, minimum: 1100, width: width, height: height)
            shapes += DrawingML.textBox(id: 6, name: "Caption", x: margin, y: top, width: width, height: height,
                                        paragraphs: fitted.lines.map { DrawingML.paragraph(run($0, size: fitted.size), align: "l") }, anchor: "t")
        }
        switch slide.content {
        case .none: break
        case .picture:
            let box = Self.pictureBox
            shapes += #"<p:pic><p:nvPicPr><p:cNvPr id="5" name="Diagram"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"#
                + #"<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"#
                + "<p:spPr>" + DrawingML.transform(x: box.x, y: box.y, width: box.width, height: box.height)
                + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#
        case let .diagram(native):
            shapes += native.shapes()
        case let .table(table):
            let rowHeight = 370_840, widths = [5_486_400, 2_743_200]
            let rows = table.map { row in
                #"<a:tr h="\#(rowHeight)">"# + row.map { cell in
                    #"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>\#(DrawingML.run(cell, language: language, size: 1600))</a:p></a:txBody><a:tcPr/></a:tc>"#
                }.joined() + "</a:tr>"
            }.joined()
            shapes += #"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Statistics"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"#
                + #"<p:xfrm><a:off x="\#(margin * 2)" y="\#(Self.contentTop)"/><a:ext cx="\#(widths.reduce(0, +))" cy="\#(rowHeight * table.count)"/></p:xfrm>"#
                + #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/>"#
                + "<a:tblGrid>" + widths.map { #"<a:gridCol w="\#($0)"/>"# }.joined() + "</a:tblGrid>" + rows
                + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
        case .chart:
            shapes += #"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Chart"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"#
                + #"<p:xfrm><a:off x="\#(margin)" y="\#(Self.contentTop)"/><a:ext cx="\#(Self.slideWidth - 2 * margin)" cy="\#(Self.slideHeight - Self.contentTop - margin)"/></p:xfrm>"#
                + #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId4"/></a:graphicData></a:graphic></p:graphicFrame>"#
        }
        return OOXMLParts.declaration + "<p:sld \(OOXMLParts.namespaces)><p:cSld><p:spTree>" + OOXMLParts.emptyTree + shapes
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    private func notesXML(_ notes: String) -> String {
        let paragraphs = notes.split(separator: "\n", omittingEmptySubsequences: false).map { "<a:p>\(DrawingML.run(String($0), language: language, size: 1200))</a:p>" }.joined()
        return OOXMLParts.declaration + "<p:notes \(OOXMLParts.namespaces)><p:cSld><p:spTree>" + OOXMLParts.emptyTree
            + #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr>"#
            + "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" + paragraphs + "</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }
}
