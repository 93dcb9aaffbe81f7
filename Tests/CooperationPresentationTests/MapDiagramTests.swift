import CooperationCore
import CooperationFormats
import CooperationPresentation
import DOT
import Foundation
import FoundationXML
import Graphviz
import TestFixtures
import Testing

/// The map and coverage views: projections against PROJ, the frame rule, country shapes named in
/// the SVG, colours where the countries are in the PNG, legible labels that do not overlap.
@Suite struct MapDiagramTests {
    static let dataset: Dataset? = try? DatasetLoader.load([Fixtures.poznanYAML])

    static func diagram(theme: DiagramTheme = .light, target: CoverageTarget? = nil) throws -> CooperationDiagram {
        var diagram = try CooperationDiagram(dataset: try #require(dataset), theme: theme)
        diagram.coverageTarget = target
        return diagram
    }

    // MARK: Projections

    /// PROJ 9 through pyproj 3.7.2: `Transformer.from_crs("EPSG:4326", "+proj=eqearth +R=6371008.8")`.
    @Test(arguments: [
        (16.93, 52.41, 1_311_161.882, 6_237_152.568), (139.69, 35.69, 12_165_023.706, 4_446_032.482),
        (-46.63, -23.55, -4_288_321.037, -2_994_201.227), (180, 0, 17_243_963.444, 0),
    ])
    func equalEarthAgreesWithPROJ(_ longitude: Double, _ latitude: Double, _ x: Double, _ y: Double) throws {
        let point = try #require(EqualEarth().project(longitude: longitude, latitude: latitude))
        #expect(abs(point.x * 6_371_008.8 - x) < 1 && abs(point.y * 6_371_008.8 - y) < 1)
    }

    /// The paper's extent (Šavrič et al. 2018, table 1): 2.70663 R wide at the equator on each side,
    /// 1.31736 R from the equator to the pole.
    @Test func equalEarthHasThePublishedExtent() throws {
        let east = try #require(EqualEarth().project(longitude: 180, latitude: 0))
        let pole = try #require(EqualEarth().project(longitude: 0, latitude: 90))
        #expect(abs(east.x - 2.70663) < 1e-5 && abs(pole.y - 1.31736) < 1e-5)
    }

    /// pyproj 3.7.2: `+proj=laea +R=6371008.8 +lat_0=50 +lon_0=10`.
    @Test(arguments: [
        (16.93, 52.41, 469_355.115, 289_922.961), (-9.14, 38.72, -1_649_304.703, -1_048_098.201),
        (139.69, 35.69, 5_336_388.963, 6_594_567.947),
    ])
    func lambertAzimuthalAgreesWithPROJ(_ longitude: Double, _ latitude: Double, _ x: Double, _ y: Double) throws {
        let projection = LambertAzimuthalEqualArea(centerLongitude: 10, centerLatitude: 50)
        let point = try #require(projection.project(longitude: longitude, latitude: latitude))
        #expect(abs(point.x * 6_371_008.8 - x) < 1 && abs(point.y * 6_371_008.8 - y) < 1)
    }

    // MARK: Frames

    @Test func poznanPartnersGetAEuropeFrameWithTheFarOnesAtItsEdge() throws {
        let canvas = MapDiagram(try Self.diagram()).canvas(.map)
        #expect(canvas.frame.kind == .regional)
        #expect(Set(canvas.frame.beyond) == ["changwon", "shenzhen", "takasaki", "toledo"])
        #expect(Set(["berlin", "hanover", "bamberg", "frankfurt", "rennes", "kutaisi", "jyvaskyla"]).isSubset(of: Set(canvas.frame.inside)))
        let graph = MapDiagram(try Self.diagram()).graph(.map)
        for id in canvas.frame.beyond { #expect(graph.nodes.contains { $0.id == "label:" + id }) }
    }

    @Test func latinAmericanPartnersGetALatinAmericaFrame() {
        // Bogotá, Lima, Buenos Aires, São Paulo, Mexico City, Santiago: 4,700 km is the farthest from Bogotá.
        let places = [("bogota", -74.07, 4.71), ("lima", -77.04, -12.05), ("buenos-aires", -58.38, -34.60),
                      ("sao-paulo", -46.63, -23.55), ("mexico-city", -99.13, 19.43), ("santiago", -70.67, -33.45)]
        let frame = MapFrame.choose(for: places.map { (id: $0.0, longitude: $0.1, latitude: $0.2) }, aspect: 1.6)
        #expect(frame.kind == .regional)
        #expect(frame.beyond.isEmpty && frame.inside.count == 6)
        let projection = try? #require(frame.projection as? LambertAzimuthalEqualArea)
        #expect((-90.0 ... -50).contains(projection?.centerLongitude ?? 0) && (-25.0...5).contains(projection?.centerLatitude ?? 99))
    }

    @Test func partnersOnEveryContinentGetTheWorld() {
        let places = [("poznan", 16.93, 52.41), ("toledo", -83.54, 41.66), ("sydney", 151.21, -33.87),
                      ("nairobi", 36.82, -1.29), ("lima", -77.04, -12.05), ("osaka", 135.50, 34.69)]
        let frame = MapFrame.choose(for: places.map { (id: $0.0, longitude: $0.1, latitude: $0.2) }, aspect: 2)
        #expect(frame.kind == .world && frame.beyond.isEmpty)
        #expect(frame.projection is EqualEarth)
    }

    @Test func poznanCoverageIsAWorldMap() throws {
        // Six of the 26 countries (PL and the 25 reached) are beyond 5,000 km: AU, CN, JP, KR, MX, US.
        #expect(MapDiagram(try Self.diagram()).canvas(.coverage).frame.kind == .world)
    }

    // MARK: The SVG names every country

    @Test func svgHasOneGroupPerCountryDrawnCarryingItsCode() throws {
        // The world map (Poznań's coverage with no target): every country but Antarctica.
        let graph = try Self.diagram().graph(.coverage)
        let svg = try DiagramRenderer.render(graph, layout: "neato", format: .svg, size: nil)
        let document = try XMLDocument(data: svg)
        let groups = try document.nodes(forXPath: "//*[local-name()='g'][starts-with(@class, 'country ')]").compactMap { $0 as? XMLElement }
        func value(_ element: XMLElement, _ name: String) -> String? { element.attributes?.first { $0.name == name }?.stringValue }
        let codes = groups.compactMap { value($0, "data-code") }
        #expect(codes.count == Set(codes).count)
        #expect(codes.count == CountryShapes.all.count - 1 && !codes.contains("AQ"))
        for code in ["DE", "PL", "BR", "US", "JP", "FR", "NO", "XK"] { #expect(codes.contains(code), "\(code)") }
        for group in groups {
            let code = value(group, "data-code") ?? "?"
            #expect(value(group, "id") == "coverage-country-" + code && value(group, "class") == "country country-" + code)
        }
        // Every background polygon but the page and the sea is in exactly one country's group.
        let all = try document.nodes(forXPath: "//*[local-name()='g'][@id='graph0']/*[local-name()='polygon']").count
        let grouped = try document.nodes(forXPath: "//*[local-name()='g'][starts-with(@class, 'country ')]/*[local-name()='polygon']").count
        #expect(grouped > 0 && all == 2)
        // Germany's polygons have the scale's colour for its 7 relations (Berlin, Hanover, Bamberg,
        // Frankfurt and the meetings and delegation of the coverage table): the 5–9 class.
        let germany = try #require(groups.first { value($0, "data-code") == "DE" })
        let fills = try germany.nodes(forXPath: "*[local-name()='polygon']").compactMap { ($0 as? XMLElement).flatMap { value($0, "fill")?.uppercased() } }
        #expect(!fills.isEmpty && fills.allSatisfy { $0 == CoverageScale(theme: .light).classes[3] })
        #expect(try germany.nodes(forXPath: "*[local-name()='title']").first?.stringValue == "Germany: 7 relations")
    }

    // MARK: The PNG has the colours where the countries are

    /// Reads pixels of a PNG (8-bit RGB or RGBA) with Python's zlib: `x,y` pairs in, `#RRGGBB` out.
    static let pixelProbe = #"""
    import struct, sys, zlib
    data = open(sys.argv[1], "rb").read()
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR": width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT": idat += body
        pos += 12 + length
    n = {2: 3, 6: 4}[colour]
    raw, stride, rows, prev, i = zlib.decompress(idat), width * n, [], bytearray(width * n), 0
    for _ in range(height):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - n] if x >= n else 0; b = prev[x]; c = prev[x - n] if x >= n else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line); prev = line
    for pair in sys.argv[2:]:
        x, y = map(int, pair.split(","))
        print("#%02X%02X%02X" % tuple(rows[y][x * n:x * n + 3]))
    """#

    @Test(arguments: DiagramTheme.all.map(\.name))
    func pngHasTheScaleColourAtEachCountry(_ themeName: String) throws {
        let theme = try #require(DiagramTheme.named(themeName))
        let maps = MapDiagram(try Self.diagram(theme: theme))
        let canvas = maps.canvas(.coverage)
        let size = DiagramSize.pixels(width: 960, height: 540)
        let png = try DiagramRenderer.render(maps.graph(.coverage), layout: "neato", format: .png, size: size)
        // DiagramRenderer's viewport: the 1920×1080 canvas zoomed to fit within a 4 % margin, centred.
        let zoom = min((960 - 2 * 0.04 * 540) / 1920, (540 - 2 * 0.04 * 540) / 1080)
        var probes: [String] = []
        for code in ["DE", "BR", "PL", "US"] {
            let anchor = try #require(CountryShapes.all[code]?.anchor)
            let point = try #require(canvas.point(longitude: anchor.longitude, latitude: anchor.latitude))
            probes.append("\(Int(480 + (point.x - 960) * zoom)),\(Int(270 - (point.y - 540) * zoom))")
        }
        let file = try Fixtures.temporaryFolder().appendingPathComponent("coverage.png")
        try png.write(to: file)
        let colours = String(decoding: try Fixtures.python(Self.pixelProbe, arguments: [file.path] + probes), as: UTF8.self).split(separator: "\n").map(String.init)
        let scale = CoverageScale(theme: theme)
        // Germany 7 relations (5–9), the United States 2 (Toledo, a diplomatic meeting), Brazil none, Poland home.
        #expect(colours == [scale.classes[3], scale.land, scale.home, scale.classes[1]])
    }

    // MARK: Legible, not overlapping, the same every time

    /// Node boxes and label sizes as Graphviz laid them out.
    static func laidOutLabels(_ graph: DOTGraph) throws -> [(id: String, box: (x: Double, y: Double, w: Double, h: Double), fontSizes: [Double])] {
        let laidOut = String(decoding: try Graphviz.render(graph, layout: .neato, format: .dot).data, as: UTF8.self)
        let canonical = try Graphviz.canonicalForm(of: laidOut)
        var result: [(String, (Double, Double, Double, Double), [Double])] = []
        for (id, attributes) in canonical.nodes where attributes["style"]?.text != "invis" {
            let pos = (attributes["pos"]?.text ?? "").split(separator: ",").compactMap { Double($0) }
            guard pos.count == 2, let w = attributes["width"].flatMap({ Double($0.text) }), let h = attributes["height"].flatMap({ Double($0.text) }) else { continue }
            let label = attributes["label"]?.text ?? ""
            let sizes = label.components(separatedBy: "POINT-SIZE=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
            result.append((id, (pos[0], pos[1], w * 72, h * 72), sizes))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    @Test(arguments: [DiagramView.map, .coverage])
    func labelsDoNotOverlapAndMeetTheSlideFloors(_ view: DiagramView) throws {
        let graph = MapDiagram(try Self.diagram(target: .euMembers)).graph(view)
        let nodes = try Self.laidOutLabels(graph)
        // At 1920×1080 the 1920×1080-point canvas is drawn at this zoom (a 43-pixel margin).
        let zoom = (1920 - 2 * 0.04 * 1080) / 1920
        let labels = nodes.filter { $0.id.hasPrefix("label:") || $0.id.hasPrefix("coopgraph-") }
        if view == .map {
            for id in ["berlin", "hanover", "bamberg", "frankfurt"] { #expect(labels.contains { $0.id == "label:" + id }) }
        }
        for label in labels {
            let floor = label.id == "coopgraph-title" ? 40.0 : label.id.hasPrefix("label:") ? 24 : 18
            #expect(label.fontSizes.allSatisfy { $0 * zoom >= floor }, "\(label.id)")
        }
        // Labels against labels and dots: no two boxes share a point.
        for (i, a) in nodes.enumerated() {
            for b in nodes[(i + 1)...] where a.id.hasPrefix("label:") || b.id.hasPrefix("label:") || a.id.hasPrefix("coopgraph-") && b.id.hasPrefix("coopgraph-") {
                let apart = abs(a.box.x - b.box.x) * 2 >= a.box.w + b.box.w || abs(a.box.y - b.box.y) * 2 >= a.box.h + b.box.h
                #expect(apart, "\(a.id) overlaps \(b.id)")
            }
        }
    }

    @Test func drawingFillsTheSlide() throws {
        let graph = MapDiagram(try Self.diagram()).graph(.map)
        let laidOut = String(decoding: try Graphviz.render(graph, layout: .neato, format: .dot).data, as: UTF8.self)
        let box = try Graphviz.canonicalForm(of: laidOut).attributes["bb"]?.text.split(separator: ",").compactMap { Double($0) } ?? []
        let zoom = (1920 - 2 * 0.04 * 1080) / 1920
        #expect(box.count == 4 && (box[2] - box[0]) * (box[3] - box[1]) * zoom * zoom / (1920 * 1080) >= 0.7)
    }

    @Test(arguments: [DiagramView.map, .coverage])
    func outputIsByteIdenticalAcrossRuns(_ view: DiagramView) throws {
        let first = MapDiagram(try Self.diagram(target: .euMembers)).graph(view)
        let second = MapDiagram(try Self.diagram(target: .euMembers)).graph(view)
        #expect(first.dotText == second.dotText)
        for format in [OutputFormat.svg, .png] {
            let a = try DiagramRenderer.render(first, layout: "neato", format: format, size: .slide16x9)
            let b = try DiagramRenderer.render(second, layout: "neato", format: format, size: .slide16x9)
            #expect(a == b)
        }
    }

    @Test func polishMapSpeaksPolish() throws {
        var diagram = try Self.diagram(target: .euMembers)
        diagram.language = "pl"
        let text = MapDiagram(diagram).graph(.coverage).dotText
        #expect(text.contains("Zasięg krajów") && text.contains("państwa UE") && text.contains("Polska: kraj własny"))
        #expect(!text.contains("Relations") && !text.contains("not reached"))
    }

    @Test func naturalEarthCodesAreISO() {
        // Natural Earth gives Kosovo -99; France and Norway are keyed by their own codes, not -99.
        #expect(CountryShapes.all["XK"] != nil && CountryShapes.all["FR"] != nil && CountryShapes.all["NO"] != nil)
        #expect(CountryShapes.all.keys.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isUppercase) })
        // Metropolitan France is France's largest part: its anchor is in France, not French Guiana.
        let france = CountryShapes.all["FR"]?.anchor
        #expect((42.0...51).contains(france?.latitude ?? 0) && (-5.0...8).contains(france?.longitude ?? 99))
    }
}
