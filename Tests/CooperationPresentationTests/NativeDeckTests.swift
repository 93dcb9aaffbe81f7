import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import DOT
import Graphviz
import Foundation
import Testing

/// The deck's diagrams as native shapes, read back by python-pptx (an independent reader of
/// the format) and drawn by LibreOffice Impress.
@Suite(.serialized) struct NativeDeckTests {
    /// Every slide's shapes as python-pptx reads them: id, name, text, preset, position, and a
    /// connector's glued ends (python-pptx has no reader for `a:stCxn`, so its XML is read).
    static let reader = """
    import json, sys
    from pptx import Presentation
    from pptx.util import Emu
    A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    deck = Presentation(sys.argv[1])
    slides = []
    for slide in deck.slides:
        shapes = []
        for shape in slide.shapes:
            entry = {'id': shape.shape_id, 'name': shape.name, 'x': shape.left, 'y': shape.top, 'w': shape.width, 'h': shape.height}
            tag = shape._element.tag.split('}')[1]
            entry['tag'] = tag
            if tag == 'sp':
                entry['text'] = shape.text_frame.text if shape.has_text_frame else None
                geometry = shape._element.find('.//' + A + 'prstGeom')
                entry['preset'] = geometry.get('prst') if geometry is not None else None
            if tag == 'cxnSp':
                start = shape._element.find('.//' + A + 'stCxn')
                end = shape._element.find('.//' + A + 'endCxn')
                entry['begin'] = int(start.get('id')) if start is not None else None
                entry['end'] = int(end.get('id')) if end is not None else None
            if tag == 'graphicFrame':
                entry['chart'] = shape.has_chart
                entry['table'] = shape.has_table
                if shape.has_chart:
                    entry['values'] = list(shape.chart.plots[0].series[0].values)
            shapes.append(entry)
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ''
        slides.append({'shapes': shapes, 'notes': notes})
    print(json.dumps(slides))
    """

    struct Shape: Decodable {
        let id: Int
        let name: String
        let x: Int, y: Int, w: Int, h: Int
        let tag: String
        let text: String?
        let preset: String?
        let begin: Int?
        let end: Int?
        let chart: Bool?
        let table: Bool?
        let values: [Double]?
    }

    struct Slide: Decodable {
        let shapes: [Shape]
        let notes: String
        var title: String { shapes.first { $0.name == "Title" }?.text ?? "" }
    }

    static func read(_ deck: Data) throws -> [Slide] {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("deck.pptx")
        try deck.write(to: file)
        return try JSONDecoder().decode([Slide].self, from: Fixtures.python(reader, arguments: [file.path]))
    }

    static let pack: ReportPack = {
        // The dataset is in the repository; a failure here fails every test that reads it.
        (try? DatasetLoader.load([Fixtures.poznanYAML])).flatMap { try? ReportPack(dataset: $0) }!
    }()

    /// Every part of every view the deck shows, one slide each, in the pack's order.
    static let parts: [(view: DiagramView, part: DiagramPart)] = ReportPack.views.flatMap { view in
        ((try? pack.diagram.parts(view, size: .slide16x9, onSlide: true, limits: pack.limits)) ?? []).map { (view, $0) }
    }

    /// The view slides, in the pack's order, after the title slide, with the part each shows.
    static func viewSlides(_ slides: [Slide]) -> [(DiagramView, Slide)] {
        Array(zip(parts.map(\.view), slides.dropFirst()))
    }

    /// The part each view slide shows.
    static func partSlides(_ slides: [Slide]) -> [(DiagramView, DiagramPart, Slide)] {
        zip(parts, slides.dropFirst()).map { ($0.0.view, $0.0.part, $0.1) }
    }

    @Test func everyNodeIsAShapeWithItsLabelAndEveryEdgeAGluedConnector() throws {
        let slides = try Self.read(try SlideDeck(pack: Self.pack).data())
        #expect(Self.parts.count >= ReportPack.views.count)
        #expect(slides.count == 1 + Self.parts.count + 2)
        let dataset = Self.pack.diagram.dataset
        for (view, part, slide) in Self.partSlides(slides) {
            if view == .map || view == .coverage {
                #expect(slide.shapes.contains { $0.tag == "pic" }, "\(view): the map is Graphviz's picture, basemap and all")
                continue
            }
            let graph = try Graphviz.canonicalForm(of: part.graph.dotText)
            let nodes = graph.nodes.keys.filter { $0 != "coopgraph-legend" }
            let shapes = slide.shapes.filter { $0.tag == "sp" }
            let byID = Dictionary(slide.shapes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for id in nodes {
                let matching = shapes.filter { $0.name == id }
                #expect(matching.count == 1, "\(view): \(matching.count) shapes for \(id)")
                guard let shape = matching.first, let entity = dataset[id] else { continue }
                if view == .map || view == .coverage {
                    // On a map a place is a dot; its name is the pinned label node beside it.
                    if view == .map, shape.text?.isEmpty ?? true, nodes.contains("label:\(id)") {
                        #expect(shapes.contains { $0.name == "label:\(id)" && $0.text == entity.name(in: "en") }, "\(view): label of \(id)")
                    }
                } else {
                    // A long name is broken into lines to fit the slide: its first lines read as the name.
                    #expect(shape.text?.replacingOccurrences(of: "\n", with: " ").hasPrefix(entity.name(in: "en")) == true, "\(view): \(id) reads \(shape.text ?? "nothing")")
                }
            }
            let connectors = slide.shapes.filter { $0.tag == "cxnSp" && !$0.name.hasPrefix("legend") }
            #expect(connectors.count == graph.edges.count, "\(view): \(connectors.count) connectors for \(graph.edges.count) edges")
            var ends: [String] = []
            for connector in connectors {
                let begin = connector.begin.flatMap { byID[$0] }, end = connector.end.flatMap { byID[$0] }
                #expect(begin?.tag == "sp" && end?.tag == "sp", "\(view): \(connector.name) is not glued to two shapes")
                ends.append("\(begin?.name ?? "?")->\(end?.name ?? "?")")
            }
            #expect(ends.sorted() == graph.edges.map { "\($0.tail)->\($0.head)" }.sorted(), "\(view)")
        }
    }

    @Test func nodeShapesFollowTheirDOTShapes() throws {
        let slides = try Self.read(try SlideDeck(pack: Self.pack).data())
        let expected: [EntityKind: String] = [.city: "ellipse", .region: "roundRect", .country: "cube", .network: "hexagon",
                                              .institution: "flowChartPredefinedProcess", .event: "foldedCorner"]
        var seen = Set<EntityKind>(), drawn = Set<EntityKind>()
        for (view, part, _) in Self.partSlides(slides) where view != .map && view != .coverage {
            for id in try Graphviz.canonicalForm(of: part.graph.dotText).nodes.keys { if let kind = Self.pack.diagram.dataset[id]?.kind { drawn.insert(kind) } }
        }
        for (view, slide) in Self.viewSlides(slides) where view != .map && view != .coverage {
            for shape in slide.shapes where shape.tag == "sp" {
                guard let kind = Self.pack.diagram.dataset[shape.name]?.kind else { continue }
                seen.insert(kind)
                #expect(shape.preset == expected[kind], "\(shape.name) is a \(shape.preset ?? "?")")
            }
        }
        #expect(seen == drawn, "every kind the diagrams draw is a shape")
        #expect(seen.count >= 5)
    }

    @Test func statisticsAreATableAndCoverageABarChart() throws {
        let slides = try Self.read(try SlideDeck(pack: Self.pack).data())
        #expect(slides.contains { $0.shapes.contains { $0.table == true } })
        let chart = try #require(slides.last?.shapes.first { $0.chart == true })
        // Poznań reaches 25 foreign countries; the bars add up to its links to foreign countries.
        let dataset = Self.pack.diagram.dataset
        #expect(chart.values?.count == 25)
        #expect(Int(chart.values?.reduce(0, +) ?? 0) == dataset.countryCoverage(of: "poznan").map(\.relations.count).reduce(0, +))
    }

    /// The statistics table as python-pptx reads its cells: both columns have a heading in the
    /// deck's language, every row a name and a number. Poznań's report counts 14 partner cities
    /// and a partner county (report lines 40–55).
    @Test(arguments: Language.allCases)
    func statisticsTableHeadsBothColumns(_ language: Language) throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("deck-\(language.rawValue).pptx")
        try SlideDeck(pack: ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML]), language: language)).data().write(to: file)
        let script = """
        import json, sys
        from pptx import Presentation
        tables = [[[cell.text for cell in row.cells] for row in shape.table.rows]
                  for slide in Presentation(sys.argv[1]).slides for shape in slide.shapes if shape.has_table]
        print(json.dumps(tables))
        """
        let tables = try JSONDecoder().decode([[[String]]].self, from: Fixtures.python(script, arguments: [file.path]))
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.first == (language == .english ? ["Measure", "Count"] : ["Wskaźnik", "Liczba"]))
        for row in table.dropFirst() {
            #expect(row.count == 2 && !row[0].isEmpty && Int(row[1]) != nil, "\(row)")
        }
        let cities = StringTable.of(language)[.partnerCitiesRow]
        #expect(table.first { $0.first == cities }?.last == "14")
        #expect(table.first { $0.first == StringTable.of(language)[.partnerRegionsRow] }?.last == "1")
    }

    /// The map and coverage slides as python-pptx reads them: the picture covers at least 70 %
    /// of the content area under the title (the slide's width, from the content's top to the
    /// bottom), its PNG has one pixel per pixel of a 1920-pixel-wide slide (12,192,000 EMU), and
    /// the same drawing made for the picture's size, measured from its SVG, fills it and holds
    /// the slide's text floors (names 24 px, secondary text 18 px) with no overlaps.
    @Test(arguments: Language.allCases)
    func mapSlidesFillTheirContentAreaAtTheSlidesTextFloors(_ language: Language) throws {
        let pack = try ReportPack(dataset: try DatasetLoader.load([Fixtures.poznanYAML]), language: language)
        let file = try Fixtures.temporaryFolder().appendingPathComponent("deck-\(language.rawValue).pptx")
        try SlideDeck(pack: pack).data().write(to: file)
        let script = """
        import json, sys
        from pptx import Presentation
        deck = Presentation(sys.argv[1])
        found = []
        for slide in deck.slides:
            title = next(shape for shape in slide.shapes if shape.name == 'Title')
            for shape in slide.shapes:
                if shape.shape_type == 13:
                    found.append({'title': title.text_frame.text, 'titleBottom': title.top + title.height, 'x': shape.left, 'y': shape.top, 'w': shape.width, 'h': shape.height,
                                  'pixels': list(shape.image.size), 'slide': [deck.slide_width, deck.slide_height]})
        print(json.dumps(found))
        """
        struct Picture: Decodable { let title: String; let titleBottom: Int; let x: Int, y: Int, w: Int, h: Int; let pixels: [Int]; let slide: [Int] }
        let pictures = try JSONDecoder().decode([Picture].self, from: Fixtures.python(script, arguments: [file.path]))
        let words = StringTable.of(language)
        let titles: [(DiagramView, String)] = [(.map, words[.mapSlideTitle]), (.coverage, words.format(.coverageSlideTitle, pack.statistics.focusName))]
        for (view, title) in titles {
            let picture = try #require(pictures.first { $0.title == title }, "\(view): no picture under “\(title)”")
            // The content area: the slide's width under the title's box.
            let contentTop = picture.titleBottom
            let area = Double(picture.slide[0]) * Double(picture.slide[1] - contentTop)
            #expect(picture.y >= contentTop && picture.y + picture.h <= picture.slide[1])
            #expect(Double(picture.w) * Double(picture.h) >= 0.7 * area, "\(view): the picture covers \(Double(picture.w * picture.h) / area)")
            let emuPerPixel = Double(picture.slide[0]) / 1920
            let size = DiagramSize.pixels(width: Int((Double(picture.w) / emuPerPixel).rounded()), height: Int((Double(picture.h) / emuPerPixel).rounded()))
            #expect(picture.pixels == [size.pixels.width, size.pixels.height], "\(view): \(picture.pixels) pixels in a box of \(size.name) slide pixels")
            let part = try #require(try pack.diagram.parts(view, size: size, onSlide: true).first)
            let svg = try DiagramRenderer.render(part.graph, layout: part.layout, format: .svg, size: size)
            let metrics = try DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: size)
            #expect(metrics.nameFloor == 24 && metrics.secondaryFloor == 18)
            #expect(metrics.problems.isEmpty, "\(view): \(metrics.problems) \(metrics.offenders)")
        }
    }

    @Test func buildUpStepsKeepEveryShapeWhereItWas() throws {
        var deck = SlideDeck(pack: Self.pack)
        deck.buildUp = true
        let slides = try Self.read(try deck.data())
        let dataset = Self.pack.diagram.dataset
        // The partners: Asia, Europe, North America (the continents of Poznań's 14 partner cities and 1 region).
        let partners = slides.filter { $0.title.hasPrefix("Partner cities and regions by continent: ") }
        #expect(Set(partners.map { $0.title.replacingOccurrences(of: "Partner cities and regions by continent: ", with: "") }) == ["Asia", "Europe", "North America"])
        // A view split into parts for legibility shows its parts, one slide each, instead of steps.
        let networks = slides.filter { $0.title.hasPrefix("Networks Poznań belongs to: ") }
        let networkParts = Self.parts.filter { $0.view == .networks }.count
        #expect(networks.count == (networkParts == 1 ? dataset.networks(of: "poznan").count : 0))
        for steps in [partners, networks, slides.filter { $0.title.hasPrefix("Diplomatic meetings") }] where !steps.isEmpty || networkParts == 1 {
            #expect(steps.count > 1)
            for (earlier, later) in zip(steps, steps.dropFirst()) {
                let before = Dictionary(earlier.shapes.filter { $0.tag == "sp" && dataset.contains($0.name) }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
                let after = Dictionary(later.shapes.filter { $0.tag == "sp" && dataset.contains($0.name) }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
                #expect(after.count > before.count, "\(later.title) adds nothing")
                for (name, shape) in before {
                    let kept = try #require(after[name], "\(name) vanished on \(later.title)")
                    #expect(kept.x == shape.x && kept.y == shape.y && kept.w == shape.w && kept.h == shape.h, "\(name) moved on \(later.title)")
                    #expect(kept.id == shape.id)
                }
                let added = Set(after.keys).subtracting(before.keys)
                for name in added {
                    let entity = try #require(dataset[name])
                    #expect(later.notes.contains(entity.name(in: "en")), "\(later.title): notes do not name \(entity.name)")
                }
                #expect(later.notes.contains("Sources:"))
            }
        }
        // The last partners step shows the whole view: Poznań, 14 partner cities and 1 region.
        #expect(partners.last?.shapes.filter { $0.tag == "sp" && dataset[$0.name]?.kind != nil }.count == 16)
    }

    @Test func libreOfficeDrawsEveryLabelAsTextAndEveryTitleOnOneLine() throws {
        var deck = SlideDeck(pack: Self.pack)
        deck.buildUp = true
        let data = try deck.data()
        let slides = try Self.read(data)
        let folder = try Fixtures.temporaryFolder()
        try data.write(to: folder.appendingPathComponent("deck.pptx"))
        let converted = try OpenedByOtherProgramsTests.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder.path,
                                                           folder.appendingPathComponent("deck.pptx").path], in: folder)
        #expect(converted.status == 0, "soffice: \(converted.errors.suffix(500))")
        let pdf = folder.appendingPathComponent("deck.pdf").path
        let info = try OpenedByOtherProgramsTests.run(["pdfinfo", pdf], in: folder)
        #expect(info.output.contains("Pages:           \(slides.count)\n"), "\(info.output)")
        let normalise = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for (index, slide) in slides.enumerated() {
            let page = try OpenedByOtherProgramsTests.run(["pdftotext", "-f", "\(index + 1)", "-l", "\(index + 1)", pdf, "-"], in: folder).output
            let lines = page.split(separator: "\n").map { normalise(String($0)) }.filter { !$0.isEmpty }
            #expect(lines.contains(normalise(slide.title)), "page \(index + 1): the title '\(slide.title)' is not one line of \(lines.prefix(3))")
            let text = normalise(page)
            for shape in slide.shapes where shape.tag == "sp" && Self.pack.diagram.dataset.contains(shape.name) {
                guard let label = shape.text?.split(separator: "\n").first.map(String.init), !label.isEmpty else { continue }
                if text.contains(normalise(label)) { continue }
                // Where labels sit close, the page's reading order can interleave them; then read
                // only the shape's own box (a slide is 960 × 540 points; at 72 dpi a point is a pixel).
                let box = [shape.x, shape.y, shape.w, shape.h].map { String(Int((Double($0) / 12_700).rounded()) + 0) }
                let inside = try OpenedByOtherProgramsTests.run(["pdftotext", "-f", "\(index + 1)", "-l", "\(index + 1)", "-r", "72",
                                                                "-x", box[0], "-y", box[1], "-W", String((Int(box[2]) ?? 0) + 2),
                                                                "-H", String((Int(box[3]) ?? 0) + 2), pdf, "-"], in: folder).output
                #expect(normalise(inside).contains(normalise(label)), "page \(index + 1): \(label) reads \(normalise(inside))")
            }
        }
    }

    @Test func buildUpDeckIsTheSameOnEveryRun() throws {
        var deck = SlideDeck(pack: Self.pack)
        deck.buildUp = true
        #expect(try deck.data() == deck.data())
    }
}
