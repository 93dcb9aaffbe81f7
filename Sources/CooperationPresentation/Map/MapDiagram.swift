import CooperationCore
import DOT
import Foundation

/// The two map views of a ``CooperationDiagram``: ``DiagramView/map`` (the focus's places and
/// links on a map of the countries) and ``DiagramView/coverage`` (the countries filled by the
/// number of relations that reach them).
///
/// Both are drawn on a canvas of 1920×1080 points, so a 16:9 slide shows them at about a pixel
/// a point: names 26 pt, the legend 24 pt, other text 21 pt, the title 44 pt (at least 24, 18
/// and 40 pixels on a 1920×1080 slide, where the canvas is drawn at 0.955). The countries are the graph's
/// `_background` (an xdot drawing, see ``Basemap``); places are nodes pinned at their projected
/// positions (`pos="x,y!"`, neato; an invisible node at the origin keeps neato from moving the drawing); labels are nodes placed so that none
/// overlaps another (``MapLabelPlacer``); the frame follows ``MapFrame``'s rule.
public struct MapDiagram: Sendable {
    /// The diagram whose data, focus, language, theme and link kinds the map uses.
    public let diagram: CooperationDiagram

    /// The canvas of a map drawn alone at its natural size, in points (a map made for a target
    /// has the target's aspect, see ``graph(_:size:onSlide:)``).
    public static let canvasSize = MapPage.standard.size
    /// Text sizes on the canvas: on a 16:9 slide a canvas point is a pixel, so names are 28 px,
    /// the legend 28, other text 22 and the title 46 (floors 24, 18 and 40, with room for the
    /// margin the renderer keeps around a picture).
    static let nameSize = 28.0, secondarySize = 22.0, legendSize = 28.0, titleSize = 46.0

    /// The focus's places, found once: a name the gazetteer lacks is looked up by edit
    /// distance over the country's places, which is slow to repeat for every part of a drawing.
    private let located: (places: [String: Coordinates], links: [(link: Link, place: String)], unplaced: Int)

    /// The map views of `diagram`.
    public init(_ diagram: CooperationDiagram) {
        self.diagram = diagram
        located = Self.locate(diagram)
    }

    private var focus: String { diagram.focus }
    private var dataset: Dataset { diagram.dataset }
    private var text: MapText { MapText(language: diagram.language) }

    /// The focus's links that reach a place with coordinates: a city directly, or the venue of
    /// an event; and how many links reach none.
    func places() -> (places: [String: Coordinates], links: [(link: Link, place: String)], unplaced: Int) { located }

    private static func locate(_ diagram: CooperationDiagram) -> (places: [String: Coordinates], links: [(link: Link, place: String)], unplaced: Int) {
        let dataset = diagram.dataset, focus = diagram.focus
        var places: [String: Coordinates] = [:]
        if let home = dataset[focus].flatMap(Gazetteer.coordinates(of:)) { places[focus] = home }
        var links: [(Link, String)] = []
        var unplaced = 0
        for link in dataset.links(of: focus) where diagram.linkKinds?.contains(link.kind) ?? true {
            guard let otherID = link.otherEnd(from: focus), otherID != focus, var other = dataset[otherID] else { continue }
            if other.kind == .event, let venue = other.venue.flatMap({ dataset[$0] }) { other = venue }
            guard other.id != focus, let point = Gazetteer.coordinates(of: other) else {
                unplaced += 1
                continue
            }
            places[other.id] = point
            links.append((link, other.id))
        }
        return (places, links, unplaced)
    }

    /// The number of the focus's relations (of the diagram's link kinds) with each foreign country.
    public func relationsPerCountry() -> [String: Int] {
        var counts: [String: Int] = [:]
        for covered in dataset.countryCoverage(of: focus) {
            let count = covered.relations.filter { diagram.linkKinds?.contains($0.kind) ?? true }.count
            if count > 0 { counts[covered.country] = count }
        }
        return counts
    }

    /// The focus's own country.
    public var homeCountry: String? { dataset[focus].flatMap { dataset.country(of: $0) } }

    /// The target's countries with no relation, the home country left out.
    public func missingTargetCountries() -> [String] {
        guard let target = diagram.coverageTarget else { return [] }
        let counts = relationsPerCountry()
        return target.codes.filter { counts[$0] == nil && $0 != homeCountry }
    }

    /// The frame of a view on the canvas: chosen from the places shown (the map view), or from
    /// the home country, the countries reached and the target's (the coverage view).
    public func canvas(_ view: DiagramView) -> MapCanvas { canvas(view, page: .standard) }

    func canvas(_ view: DiagramView, page: MapPage) -> MapCanvas {
        var points: [(id: String, longitude: Double, latitude: Double)] = []
        if view == .coverage {
            var codes = [homeCountry].compactMap { $0 }
            codes += relationsPerCountry().keys.sorted() + missingTargetCountries()
            var seen: Set<String> = []
            for code in codes where seen.insert(code).inserted {
                if let shape = CountryShapes.all[code] { points.append((code, shape.anchor.longitude, shape.anchor.latitude)) }
            }
        } else {
            let places = places().places
            // The focus first: it wins a tie between groups.
            for id in [focus] + places.keys.sorted().filter({ $0 != focus }) {
                if let point = places[id] { points.append((id, point.longitude, point.latitude)) }
            }
        }
        let aspect = (page.mapUpperRight.x - page.mapLowerLeft.x) / (page.mapUpperRight.y - page.mapLowerLeft.y)
        let frame = MapFrame.choose(for: points, aspect: aspect)
        // A world map is wider than a region: on a wide target it takes the whole width, its
        // legend in the south Pacific.
        if frame.kind == .world, page.upright {
            // On an upright page the world keeps its own shape, right under the heading, and
            // the legend follows under it.
            let world = MapFrame.choose(for: points, aspect: MapFrame.worldAspect)
            let width = page.mapUpperRight.x - page.mapLowerLeft.x
            let height = min(width / MapFrame.worldAspect, page.mapUpperRight.y - page.mapLowerLeft.y)
            return MapCanvas(frame: world, within: MapPoint(x: page.mapLowerLeft.x, y: page.mapUpperRight.y - height), page.mapUpperRight)
        }
        guard frame.kind == .world, !page.upright else { return MapCanvas(frame: frame, within: page.mapLowerLeft, page.mapUpperRight) }
        let wide = MapPoint(x: page.size.x - page.mapLowerLeft.x, y: page.mapUpperRight.y)
        return MapCanvas(frame: MapFrame.choose(for: points, aspect: (wide.x - page.mapLowerLeft.x) / (wide.y - page.mapLowerLeft.y)), within: page.mapLowerLeft, wide)
    }

    /// The diagram of the map or coverage view, drawn alone on the standard 16:9 canvas.
    public func graph(_ view: DiagramView) -> DOTGraph { graph(view, size: nil, onSlide: false) }

    /// The diagram of the map or coverage view made for `size`: a canvas of its aspect, and on
    /// a slide (`onSlide`, the slide has the title) no title of its own.
    public func graph(_ view: DiagramView, size: DiagramSize?, onSlide: Bool) -> DOTGraph {
        let datasetTitle = StringTable.of(diagram.language).title(of: dataset)
        let heading = datasetTitle.isEmpty ? (dataset[focus]?.name(in: diagram.language) ?? focus) : datasetTitle
        let title = (view == .coverage ? text.coverageTitle : text.mapTitle) + ": " + heading
        // Title and subtitle are broken into lines the canvas holds (an A4 page is narrower
        // than a slide); the subtitle, known only once the map is drawn, gets two lines there.
        let width = MapPage(target: size, onSlide: onSlide).textWidth
        let titleLines = DejaVuWidths.lines(of: title, fontSize: Self.titleSize, bold: true, width: width)
        let theme = diagram.theme, scale = CoverageScale(theme: theme)
        let counts = view == .coverage ? relationsPerCountry() : [:]
        let (legend, legendLines) = view == .coverage ? coverageLegend(scale: scale, counts: counts) : mapLegend()
        let creditLines = view == .coverage ? [text.bordersCredit] : text.credits.components(separatedBy: " · ")
        var credits = HTMLLabel(text: creditLines.first ?? "")
        for line in creditLines.dropFirst() { credits = credits + HTMLLabel.lineBreak + HTMLLabel(text: line) }
        let legendSize = MapLabelPlacer.size(of: legendLines.max { $0.count < $1.count } ?? "", fontSize: Self.legendSize)
        let legendHeight = Double(legendLines.count) * Self.legendSize * 1.2 + 10
        let creditSize = MapLabelPlacer.size(of: creditLines.max { $0.count < $1.count } ?? "", fontSize: Self.secondarySize)
        let creditHeight = Double(creditLines.count) * Self.secondarySize * 1.2 + 6
        let page = MapPage(target: size, onSlide: onSlide, titleLines: titleLines.count, subtitleLines: width < 1700 ? 2 : 1,
                           band: max(legendHeight, creditHeight) + 60)
        let canvas = canvas(view, page: page)
        let missing = Set(view == .coverage ? missingTargetCountries() : [])
        let home = homeCountry
        let basemap = Basemap(canvas: canvas, shapes: CountryShapes.codes.compactMap { CountryShapes.all[$0] }, sea: scale.sea, edge: theme.muted, lineWidth: 0.8) { code in
            if view == .coverage, code == home { return .init(fill: scale.home, stroke: scale.border) }
            if missing.contains(code) { return .init(fill: scale.missing, stroke: scale.missingOutline, dashed: true) }
            return .init(fill: view == .coverage ? scale.fill(for: counts[code] ?? 0) : scale.land, stroke: scale.border)
        }
        var graph = DOTGraph(strict: false, directed: true, id: "\(focus)-\(view.rawValue)")
        graph.attributes = [
            "bgcolor": .raw(theme.background), "fontname": .raw(theme.fontName),
            "splines": .raw("false"), "overlap": .raw("true"), "outputorder": .raw("edgesfirst"), "pad": .raw("0"),
            "_background": .raw(basemap.xdot), CountryShapeSVG.planAttribute: .text(view.rawValue + "-|" + plan(basemap, counts: counts, missing: missing)),
        ]
        graph.nodeDefaults = ["fontname": .raw(theme.fontName), "fontcolor": .raw(theme.foreground), "fontsize": .raw(number(Self.nameSize))]
        graph.edgeDefaults = ["arrowsize": .raw("1.2")]
        for (id, point) in [("coopgraph-corner-sw", MapPoint(x: 0, y: 0)), ("coopgraph-corner-ne", page.size)] {
            graph.addNode(id, ["shape": .raw("point"), "style": .raw("invis"), "width": .raw("0"), "pos": pin(point)])
        }
        if let titleY = page.titleY {
            var lines = HTMLLabel.bold(titleLines.first ?? title)
            for line in titleLines.dropFirst() { lines = lines + HTMLLabel.lineBreak + HTMLLabel.bold(line) }
            var node = label(lines, size: Self.titleSize, at: MapPoint(x: page.size.x / 2, y: titleY))
            // The metrics find a drawing's title by this class (it is a node here, pinned above the map).
            node["class"] = .raw(SVGDrawing.titleClass)
            graph.addNode("coopgraph-title", node)
        }
        var placer = MapLabelPlacer(lowerLeft: canvas.lowerLeft, upperRight: canvas.upperRight)
        var legendCentre: MapPoint, creditCentre: MapPoint
        var legendScale = 1.0
        if page.upright, canvas.frame.kind == .world, view == .coverage, let columns = countryColumns(counts: counts, legend: legendLines, page: page, canvas: canvas, credits: creditHeight) {
            // A world map is twice as wide as it is high: on an upright page the credits go
            // under its right edge, and the legend and the countries reached, by continent,
            // take the page under it in columns, set as large as the page lets them.
            creditCentre = MapPoint(x: page.mapUpperRight.x - 8 - creditSize.width / 2, y: canvas.lowerLeft.y - 16 - creditHeight / 2)
            legendCentre = columns.legend.centre
            legendScale = columns.scale
            for (index, column) in columns.list.enumerated() where !column.lines.isEmpty {
                graph.addNode("coopgraph-countries-\(index + 1)", label(columns.markup(column, colour: theme.foreground), size: Self.secondarySize, at: column.centre))
            }
        } else if page.upright {
            // Under the map, the legend at its left and the credits at its right.
            let top = canvas.lowerLeft.y - 24
            legendCentre = MapPoint(x: page.mapLowerLeft.x + 8 + legendSize.width / 2, y: top - legendHeight / 2)
            creditCentre = MapPoint(x: page.mapUpperRight.x - 8 - creditSize.width / 2, y: top - creditHeight / 2)
        } else if canvas.frame.kind == .world {
            // Inside the Equal Earth outline, in the south Pacific off South America.
            let mapWidth = canvas.upperRight.x - canvas.lowerLeft.x, mapHeight = canvas.upperRight.y - canvas.lowerLeft.y
            legendCentre = MapPoint(x: canvas.lowerLeft.x + 0.11 * mapWidth + legendSize.width / 2, y: canvas.lowerLeft.y + 0.1 * mapHeight + legendHeight / 2)
            creditCentre = MapPoint(x: canvas.upperRight.x - 8 - creditSize.width / 2, y: canvas.lowerLeft.y + 8 + creditHeight / 2)
            placer.occupy(.init(centre: legendCentre, width: legendSize.width, height: legendHeight))
            placer.occupy(.init(centre: creditCentre, width: creditSize.width, height: creditHeight))
        } else {
            legendCentre = MapPoint(x: page.legendCentreX, y: page.mapUpperRight.y - 20 - legendHeight / 2)
            creditCentre = MapPoint(x: page.legendCentreX, y: page.mapLowerLeft.y + 10 + creditHeight / 2)
        }
        let subtitle: String
        if view == .coverage {
            drawCoverage(into: &graph, canvas: canvas, placer: &placer, counts: counts)
            subtitle = coverageSubtitle(counts: counts, missing: missing.count)
        } else {
            let (placed, beyond, unplaced) = drawMap(into: &graph, canvas: canvas, placer: &placer)
            subtitle = text.mapSubtitle(focus: dataset[focus]?.name(in: diagram.language) ?? focus, places: placed, beyond: beyond, unplaced: unplaced)
        }
        let subtitleLines = DejaVuWidths.lines(of: subtitle, fontSize: Self.secondarySize, bold: false, width: width)
        var subtitleLabel = HTMLLabel(text: subtitleLines.first ?? subtitle)
        for line in subtitleLines.dropFirst() { subtitleLabel = subtitleLabel + HTMLLabel.lineBreak + HTMLLabel(text: line) }
        graph.addNode("coopgraph-subtitle", label(subtitleLabel, size: Self.secondarySize, at: MapPoint(x: page.size.x / 2, y: page.subtitleY), colour: theme.muted))
        graph.addNode("coopgraph-legend", label(legend, size: Self.legendSize * legendScale, at: legendCentre))
        graph.addNode("coopgraph-credits", label(credits, size: Self.secondarySize, at: creditCentre, colour: theme.muted))
        return graph
    }

    // MARK: The map view

    private func drawMap(into graph: inout DOTGraph, canvas: MapCanvas, placer: inout MapLabelPlacer) -> (placed: Int, beyond: Int, unplaced: Int) {
        let (places, links, unplaced) = places()
        let theme = diagram.theme
        let beyond = Set(canvas.frame.beyond)
        var dots: [(id: String, point: MapPoint, radius: Double)] = []
        for id in places.keys.sorted() where !beyond.contains(id) {
            guard let place = places[id], let point = canvas.point(longitude: place.longitude, latitude: place.latitude) else { continue }
            dots.append((id, point, id == focus ? 10 : 7))
        }
        for dot in dots { placer.occupy(.init(centre: dot.point, width: dot.radius * 2, height: dot.radius * 2)) }
        for dot in dots {
            guard let entity = dataset[dot.id] else { continue }
            graph.addNode(dot.id, [
                "shape": .raw("circle"), "fixedsize": .raw("true"), "width": .raw(number(dot.radius * 2 / 72)), "label": "",
                "style": .raw("filled"), "fillcolor": .raw(dot.id == focus ? theme.foreground : theme.entityFill[.city] ?? theme.foreground),
                "color": .raw(dot.id == focus ? theme.background : theme.foreground), "penwidth": .raw(dot.id == focus ? "3" : "1.2"),
                "pos": pin(dot.point), "tooltip": .text(entity.name + (entity.source.map { " — " + text.sourceTooltip($0.description) } ?? "")),
            ])
        }
        // The most crowded places are labelled first, while there is still room next to them;
        // when some label then finds no free place, the labels are placed again in other orders
        // (west to east, east to west, north to south, south to north), and the first order
        // that leaves none without one, or else the one that leaves fewest, is kept.
        let crowding = Dictionary(uniqueKeysWithValues: dots.map { dot in
            (dot.id, dots.filter { hypot($0.point.x - dot.point.x, $0.point.y - dot.point.y) < 160 }.count)
        })
        /// The dots, the focus first, then by `before` (`nil` when it cannot tell), then by id.
        func ordered(_ before: (MapPoint, MapPoint) -> Bool?) -> [(id: String, point: MapPoint, radius: Double)] {
            dots.sorted { a, b in
                if (a.id == focus) != (b.id == focus) { return a.id == focus }
                if let first = before(a.point, b.point) { return first }
                return a.id < b.id
            }
        }
        let orders = [
            dots.sorted { a, b in
                if (a.id == focus) != (b.id == focus) { return a.id == focus }
                if crowding[a.id] != crowding[b.id] { return (crowding[a.id] ?? 0) > (crowding[b.id] ?? 0) }
                return a.id < b.id
            },
            ordered { a, b in a.x == b.x ? nil : a.x < b.x }, ordered { a, b in a.x == b.x ? nil : a.x > b.x },
            ordered { a, b in a.y == b.y ? nil : a.y > b.y }, ordered { a, b in a.y == b.y ? nil : a.y < b.y },
        ]
        var best: (placer: MapLabelPlacer, labels: [(dot: (id: String, point: MapPoint, radius: Double), name: String, centre: MapPoint, leader: Bool)])?
        for order in orders {
            var trial = placer
            var labels: [(dot: (id: String, point: MapPoint, radius: Double), name: String, centre: MapPoint, leader: Bool)] = []
            for dot in order {
                guard let entity = dataset[dot.id] else { continue }
                let name = entity.name(in: diagram.language)
                let size = MapLabelPlacer.size(of: name, fontSize: Self.nameSize, bold: dot.id == focus)
                let (centre, leader) = trial.place(size: size, candidates: MapLabelPlacer.candidates(around: dot.point, radius: dot.radius, size: size), from: dot.point)
                labels.append((dot, name, centre, leader))
            }
            if best.map({ trial.fallbacks < $0.placer.fallbacks }) ?? true { best = (trial, labels) }
            if trial.fallbacks == placer.fallbacks { break }
        }
        if let best {
            placer = best.placer
            for (dot, name, centre, leader) in best.labels {
                graph.addNode("label:" + dot.id, label(dot.id == focus ? .bold(name) : HTMLLabel(text: name), size: Self.nameSize, at: centre, boxed: true))
                if leader { graph.addEdge(dot.id, "label:" + dot.id, ["dir": .raw("none"), "color": .raw(theme.muted), "penwidth": .raw("1.5")]) }
            }
        }
        for id in canvas.frame.beyond {
            guard let entity = dataset[id], let place = places[id] else { continue }
            addEdgeArrow(into: &graph, id: id, name: entity.name(in: diagram.language), longitude: place.longitude, latitude: place.latitude,
                         canvas: canvas, placer: &placer)
        }
        for (link, place) in links {
            var attributes = theme.edge(link.kind)
            attributes["tooltip"] = .text(diagram.tooltip(link))
            attributes["dir"] = .raw(link.kind.isSymmetric ? "none" : "forward")
            attributes["class"] = .raw(SVGDrawing.geographicClass)
            graph.addEdge(focus, beyond.contains(place) ? "label:" + place : place, attributes)
        }
        return (dots.count - (places[focus] == nil ? 0 : 1), beyond.count, unplaced)
    }

    private func mapLegend() -> (HTMLLabel, [String]) {
        let kinds = Set(places().links.map(\.link.kind)).sorted()
        var legend = HTMLLabel.bold(text.links) + Self.leftBreak
        var lines = [text.links] + kinds.map { "━━━ " + text.linkKindName($0) }
        for kind in kinds {
            let attributes = diagram.theme.edge(kind)
            let line = attributes["style"]?.rawValue ?? "solid"
            let stroke = line == "dashed" ? "╌╌╌" : line == "dotted" ? "┄┄┄" : "━━━"
            legend = legend + HTMLLabel.font(["COLOR": attributes["color"]?.rawValue ?? diagram.theme.foreground], HTMLLabel(text: stroke))
                + " " + HTMLLabel(text: text.linkKindName(kind)) + Self.leftBreak
        }
        lines.sort { $0.count > $1.count }
        return (legend, lines)
    }

    // MARK: The coverage view

    private func drawCoverage(into graph: inout DOTGraph, canvas: MapCanvas, placer: inout MapLabelPlacer, counts: [String: Int]) {
        let theme = diagram.theme
        if let entity = dataset[focus], let place = Gazetteer.coordinates(of: entity), let point = canvas.point(longitude: place.longitude, latitude: place.latitude),
           canvas.contains(point) {
            placer.occupy(.init(centre: point, width: 14, height: 14))
            graph.addNode(focus, [
                "shape": .raw("circle"), "fixedsize": .raw("true"), "width": .raw(number(14.0 / 72)), "label": "", "style": .raw("filled"),
                "fillcolor": .raw(theme.foreground), "color": .raw(theme.background), "penwidth": .raw("3"), "pos": pin(point),
                "tooltip": .text(entity.name),
            ])
            let name = entity.name(in: diagram.language)
            let size = MapLabelPlacer.size(of: name, fontSize: Self.nameSize, bold: true)
            // Away from the dot, on a leader line, so the home country stays in sight.
            let candidates = MapLabelPlacer.candidates(around: point, radius: 7, size: size).filter(\.leader)
            let (centre, leader) = placer.place(size: size, candidates: candidates, from: point)
            graph.addNode("label:" + focus, label(.bold(name), size: Self.nameSize, at: centre, boxed: true))
            if leader { graph.addEdge(focus, "label:" + focus, ["dir": .raw("none"), "color": .raw(theme.muted), "penwidth": .raw("1.5")]) }
        }
        for code in canvas.frame.beyond {
            guard let shape = CountryShapes.all[code], let count = counts[code] else { continue }
            let name = (Geography.country(code: code)?.name(in: diagram.language) ?? code) + " (\(count))"
            addEdgeArrow(into: &graph, id: "country:" + code, name: name, longitude: shape.anchor.longitude, latitude: shape.anchor.latitude,
                         canvas: canvas, placer: &placer)
        }
    }

    /// The legend and the countries reached under an upright page's world map: each
    /// continent's name and number of countries, then its countries with their relations, most
    /// first; when they do not fit, the continents alone; `nil` when even those do not.
    private func countryColumns(counts: [String: Int], legend: [String], page: MapPage, canvas: MapCanvas, credits: Double) -> MapColumns? {
        let language = diagram.language
        var byContinent: [String: [(name: String, count: Int)]] = [:]
        for (code, count) in counts {
            let country = Geography.country(code: code)
            byContinent[country?.continent.name(in: language) ?? "—", default: []].append((country?.name(in: language) ?? code, count))
        }
        var full: [MapColumns.Line] = [], continents: [MapColumns.Line] = []
        for continent in byContinent.keys.sorted() {
            let countries = (byContinent[continent] ?? []).sorted { ($1.count, $0.name) < ($0.count, $1.name) }
            let heading = MapColumns.Line(text: text.continentHeading(continent, countries: countries.count), size: Self.nameSize, bold: true)
            full.append(heading)
            continents.append(heading)
            full += countries.map { MapColumns.Line(text: "\($0.name) (\($0.count))", size: Self.secondarySize, bold: false) }
        }
        let lowerLeft = MapPoint(x: page.mapLowerLeft.x + 8, y: 24), upperRight = MapPoint(x: page.mapUpperRight.x - 8, y: canvas.lowerLeft.y - 24 - credits - 8)
        return MapColumns(legend: legend, legendSize: Self.legendSize, list: full, within: lowerLeft, upperRight)
            ?? MapColumns(legend: legend, legendSize: Self.legendSize, list: continents, within: lowerLeft, upperRight)
    }

    private func coverageSubtitle(counts: [String: Int], missing: Int) -> String {
        let focusName = dataset[focus]?.name(in: diagram.language) ?? focus
        guard let target = diagram.coverageTarget else {
            return text.coverageSubtitle(focus: focusName, reached: counts.count, target: nil, missing: 0, of: 0)
        }
        let total = target.codes.filter { $0 != homeCountry }.count
        return text.coverageSubtitle(focus: focusName, reached: counts.count, target: text.target(target, language: diagram.language), missing: missing, of: total)
    }

    private func coverageLegend(scale: CoverageScale, counts: [String: Int]) -> (HTMLLabel, [String]) {
        var legend = HTMLLabel.bold(text.relations) + Self.leftBreak
        var lines = [text.relations, "■■ " + text.noRelation]
        let top = CoverageScale.classIndex(of: counts.values.max() ?? 1) ?? 0
        for index in 0...top {
            legend = legend + HTMLLabel.font(["COLOR": scale.classes[index]], HTMLLabel(text: "■■")) + " " + HTMLLabel(text: CoverageScale.label(ofClass: index)) + Self.leftBreak
            lines.append("■■ " + CoverageScale.label(ofClass: index))
        }
        legend = legend + HTMLLabel.font(["COLOR": scale.land], HTMLLabel(text: "■■")) + " " + HTMLLabel(text: text.noRelation) + Self.leftBreak
        if let home = homeCountry {
            let name = Geography.country(code: home)?.name(in: diagram.language) ?? home
            legend = legend + HTMLLabel.font(["COLOR": scale.home], HTMLLabel(text: "■■")) + " " + HTMLLabel(text: text.home(name)) + Self.leftBreak
            lines.append("■■ " + text.home(name))
        }
        if let target = diagram.coverageTarget {
            legend = legend + HTMLLabel.font(["COLOR": scale.missing], HTMLLabel(text: "■")) + HTMLLabel.font(["COLOR": scale.missingOutline], HTMLLabel(text: "┅")) + " "
                + HTMLLabel(text: text.notReached(text.target(target, language: diagram.language))) + Self.leftBreak
            lines.append("■┅ " + text.notReached(text.target(target, language: diagram.language)))
        }
        return (legend, lines)
    }

    // MARK: Shared

    /// A label at the frame's edge, pointing towards a place beyond it, with the place's name.
    private func addEdgeArrow(into graph: inout DOTGraph, id: String, name: String, longitude: Double, latitude: Double,
                              canvas: MapCanvas, placer: inout MapLabelPlacer) {
        let centre = MapPoint(x: (canvas.lowerLeft.x + canvas.upperRight.x) / 2, y: (canvas.lowerLeft.y + canvas.upperRight.y) / 2)
        guard let target = canvas.point(longitude: longitude, latitude: latitude) else { return }
        let length = hypot(target.x - centre.x, target.y - centre.y)
        guard length > 0 else { return }
        let direction = MapPoint(x: (target.x - centre.x) / length, y: (target.y - centre.y) / length)
        let arrows = ["→", "↗", "↑", "↖", "←", "↙", "↓", "↘"]
        let sector = Int(((atan2(direction.y, direction.x) / (.pi / 4)).rounded() + 8).truncatingRemainder(dividingBy: 8))
        let text = direction.x >= 0 ? name + " " + arrows[sector] : arrows[sector] + " " + name
        let size = MapLabelPlacer.size(of: text, fontSize: Self.nameSize)
        // Where the ray from the centre meets the frame, less half the label and a margin.
        let halfWidth = (canvas.upperRight.x - canvas.lowerLeft.x) / 2 - size.width / 2 - 8
        let halfHeight = (canvas.upperRight.y - canvas.lowerLeft.y) / 2 - size.height / 2 - 8
        let t = min(direction.x == 0 ? .infinity : halfWidth / abs(direction.x), direction.y == 0 ? .infinity : halfHeight / abs(direction.y))
        let edge = MapPoint(x: centre.x + direction.x * t, y: centre.y + direction.y * t)
        // Slide along the edge in small steps, then try a row further in.
        let alongY = abs(direction.x) * halfHeight >= abs(direction.y) * halfWidth
        let inward = MapPoint(x: alongY ? (direction.x > 0 ? -1 : 1) * (size.width + 8) : 0, y: alongY ? 0 : (direction.y > 0 ? -1 : 1) * (size.height + 8))
        var candidates: [(MapPoint, leader: Bool)] = []
        for row in 0..<3 {
            for step in 0...40 {
                for sign in step == 0 ? [1.0] : [-1.0, 1.0] {
                    let shift = sign * Double(step) * 20
                    let x = edge.x + Double(row) * inward.x + (alongY ? 0 : shift), y = edge.y + Double(row) * inward.y + (alongY ? shift : 0)
                    candidates.append((MapPoint(x: x, y: y), false))
                }
            }
        }
        let (position, _) = placer.place(size: size, candidates: candidates)
        graph.addNode("label:" + id.replacingOccurrences(of: "country:", with: ""), label(HTMLLabel(text: text), size: Self.nameSize, at: position, boxed: true))
    }

    private static let leftBreak = HTMLLabel(markup: "<BR ALIGN=\"LEFT\"/>")

    /// A text node pinned at `point`: plain, or on a box of the background's colour that keeps
    /// it readable over borders and links.
    private func label(_ content: HTMLLabel, size: Double, at point: MapPoint, colour: String? = nil, boxed: Bool = false) -> DOTAttributes {
        [
            "shape": .raw(boxed ? "box" : "plaintext"), "style": .raw(boxed ? "filled,rounded" : "solid"),
            "fillcolor": .raw((diagram.theme.background.hasPrefix("#") ? diagram.theme.background : "#FFFFFF") + "D9"),
            "penwidth": .raw("0"), "margin": .raw("0.05,0.02"), "width": .raw("0"), "height": .raw("0"),
            "label": .html(HTMLLabel.font(["POINT-SIZE": number(size), "COLOR": colour ?? diagram.theme.foreground], content)),
            "pos": pin(point),
        ]
    }

    private func pin(_ point: MapPoint) -> DOTValue {
        .raw(number(point.x / 72, digits: 4) + "," + number(point.y / 72, digits: 4) + "!")
    }

    private func number(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// What ``CountryShapeSVG`` needs: for each country drawn, its code, its number of polygons
    /// and the tooltip a reader sees on it.
    private func plan(_ basemap: Basemap, counts: [String: Int], missing: Set<String>) -> String {
        basemap.drawn.map { entry in
            var tip = Geography.country(code: entry.code)?.name(in: diagram.language) ?? entry.code
            if let count = counts[entry.code] { tip += ": " + text.relationCount(count) }
            if missing.contains(entry.code) { tip += ": " + text.notReachedTip }
            return "\(entry.code),\(entry.polygons),\(tip)"
        }.joined(separator: "|")
    }
}
