import CooperationCore
import DOT
import Foundation
import Graphviz
import ZIPFoundation

/// A PowerPoint deck (Office Open XML) of a dataset: a title slide, one slide per view with its
/// diagram, a slide with the statistics as a native table, and each slide's sources in its
/// speaker notes. Written with ZIPFoundation; the same data gives the same bytes.
public struct SlideDeck: Sendable {
    /// The pack the deck draws from.
    public let pack: ReportPack

    /// A deck for a report pack.
    public init(pack: ReportPack) {
        self.pack = pack
    }

    /// One slide's content.
    struct Slide {
        var title: String
        var subtitle: String?
        /// A line under the title of a diagram slide: which part of a split view it shows.
        var caption: String?
        var picture: Data?
        var table: [[String]]?
        var notes: String
    }

    /// A slide is 13.33 × 7.5 in: 12,192,000 × 6,858,000 EMU.
    static let slideWidth = 12_192_000, slideHeight = 6_858_000

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
        let title = escape(pack.diagram.dataset.title.isEmpty ? pack.statistics.focusName : pack.diagram.dataset.title)
        try add("[Content_Types].xml", OOXMLParts.contentTypes(slides: slides.count))
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
        try add("ppt/theme/theme1.xml", OOXMLParts.theme(font: escape(pack.diagram.theme.fontName)))
        try add("ppt/theme/theme2.xml", OOXMLParts.theme(font: escape(pack.diagram.theme.fontName)))
        let type = OOXMLParts.relationshipType
        for (offset, slide) in slides.enumerated() {
            let number = offset + 1
            var relationships = [("rId1", type + "slideLayout", "../slideLayouts/slideLayout1.xml"),
                                 ("rId3", type + "notesSlide", "../notesSlides/notesSlide\(number).xml")]
            if let picture = slide.picture {
                try add("ppt/media/image\(number).png", picture)
                relationships.append(("rId2", type + "image", "../media/image\(number).png"))
            }
            try add("ppt/slides/slide\(number).xml", slideXML(slide))
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
            title: dataset.title.isEmpty ? statistics.focusName : dataset.title,
            subtitle: "\(statistics.focusName) · \(statistics.partnerCityCount) partner cities · \(statistics.countryCoverage.count) countries · \(statistics.networks.count) networks",
            notes: "Sources: " + (documents.isEmpty ? "the dataset" : documents)
        )]
        for view in ReportPack.views {
            // Every part of a view too large for one slide gets a slide; the slide carries the
            // title, so the drawing has none, and the part's subtitle says which part and why.
            for part in try pack.diagram.parts(view, size: .slide16x9, onSlide: true, limits: pack.limits) {
                let png = try DiagramRenderer.render(part.graph, layout: part.layout, format: .png, size: .slide16x9, limits: pack.limits)
                let kinds = view.linkKinds
                let facts = sources.rows.filter { row in kinds.map { $0.contains { $0.rawValue == row.kind } } ?? true }
                slides.append(Slide(title: "View: \(view.rawValue)", caption: part.subtitle, picture: png,
                                    notes: "Sources:\n" + facts.map { "\($0.kind) — \($0.other): \($0.source)" }.joined(separator: "\n")))
            }
        }
        let continents = Set(statistics.partnersPerContinent.keys).union(statistics.partnerCitiesPerContinent.keys).sorted()
        var table = [["", "Count"]]
        table += [["Partner cities", String(statistics.partnerCityCount)], ["Partner regions", String(statistics.partnerRegionCount)],
                  ["Partner countries", String(statistics.partnerCountries.count)], ["Countries reached", String(statistics.countryCoverage.count)],
                  ["Networks", String(statistics.networks.count)], ["Diplomatic meetings", String(statistics.diplomaticMeetings.count)]]
        table += continents.map { ["Partner cities in \($0)", String(statistics.partnerCitiesPerContinent[$0] ?? 0)] }
        slides.append(Slide(title: "In numbers", table: table, notes: "Sources: " + (documents.isEmpty ? "the dataset" : documents)
                            + "\n" + sources.rows.compactMap { $0.source == "—" ? nil : "\($0.kind) — \($0.other): \($0.source)" }.joined(separator: "\n")))
        return slides
    }

    private func escape(_ text: String) -> String { HTMLLabel.escaping(text) }

    private func run(_ text: String, size: Int, bold: Bool = false) -> String {
        #"<a:r><a:rPr lang="\#(pack.diagram.language == "pl" ? "pl-PL" : "en-GB")" sz="\#(size)"\#(bold ? #" b="1""# : "")/><a:t>\#(escape(text))</a:t></a:r>"#
    }

    private func textBox(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, paragraphs: [String]) -> String {
        #"<p:sp><p:nvSpPr><p:cNvPr id="\#(id)" name="\#(name)"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>"#
            + #"<p:spPr><a:xfrm><a:off x="\#(x)" y="\#(y)"/><a:ext cx="\#(width)" cy="\#(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>"#
            + #"<p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>"# + paragraphs.map { "<a:p>\($0)</a:p>" }.joined() + "</p:txBody></p:sp>"
    }

    private func slideXML(_ slide: Slide) -> String {
        let margin = 457_200
        var shapes = textBox(id: 2, name: "Title", x: margin, y: slide.subtitle == nil ? 228_600 : 2_286_000, width: Self.slideWidth - 2 * margin,
                             height: 914_400, paragraphs: [run(slide.title, size: slide.subtitle == nil ? 2800 : 4000, bold: true)])
        if let subtitle = slide.subtitle {
            shapes += textBox(id: 3, name: "Subtitle", x: margin, y: 3_429_000, width: Self.slideWidth - 2 * margin, height: 914_400,
                              paragraphs: [run(subtitle, size: 2000)])
        }
        if let caption = slide.caption {
            shapes += textBox(id: 6, name: "Caption", x: margin, y: 685_800, width: Self.slideWidth - 2 * margin, height: 457_200,
                              paragraphs: [run(caption, size: 1400)])
        }
        if slide.picture != nil {
            let top = 1_143_000, availableWidth = Self.slideWidth - 2 * margin, availableHeight = Self.slideHeight - top - margin / 2
            let width = min(availableWidth, availableHeight * 16 / 9), height = width * 9 / 16
            shapes += #"<p:pic><p:nvPicPr><p:cNvPr id="4" name="Diagram"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"#
                + #"<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"#
                + #"<p:spPr><a:xfrm><a:off x="\#((Self.slideWidth - width) / 2)" y="\#(top)"/><a:ext cx="\#(width)" cy="\#(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#
        }
        if let table = slide.table {
            let rowHeight = 370_840, widths = [5_486_400, 2_743_200]
            let rows = table.map { row in
                #"<a:tr h="\#(rowHeight)">"# + row.map { cell in
                    #"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>\#(run(cell, size: 1600))</a:p></a:txBody><a:tcPr/></a:tc>"#
                }.joined() + "</a:tr>"
            }.joined()
            shapes += #"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Statistics"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"#
                + #"<p:xfrm><a:off x="\#(margin * 2)" y="1143000"/><a:ext cx="\#(widths.reduce(0, +))" cy="\#(rowHeight * table.count)"/></p:xfrm>"#
                + #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/>"#
                + "<a:tblGrid>" + widths.map { #"<a:gridCol w="\#($0)"/>"# }.joined() + "</a:tblGrid>" + rows
                + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
        }
        return OOXMLParts.declaration + "<p:sld \(OOXMLParts.namespaces)><p:cSld><p:spTree>" + OOXMLParts.emptyTree + shapes
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    private func notesXML(_ notes: String) -> String {
        let paragraphs = notes.split(separator: "\n", omittingEmptySubsequences: false).map { "<a:p>\(run(String($0), size: 1200))</a:p>" }.joined()
        return OOXMLParts.declaration + "<p:notes \(OOXMLParts.namespaces)><p:cSld><p:spTree>" + OOXMLParts.emptyTree
            + #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr>"#
            + "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" + paragraphs + "</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }
}
