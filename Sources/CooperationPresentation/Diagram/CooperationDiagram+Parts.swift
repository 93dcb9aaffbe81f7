import CooperationCore
import DOT
import Foundation
import Graphviz

extension CooperationDiagram {
    /// The largest factor text is set above the floors when a view has room to spare.
    static let largestTextScale = 1.5
    /// The largest factor for a part of fewer than ``fewEntities`` entities, which would
    /// otherwise be a few small nodes on a large target.
    static let largestTextScaleOfFew = 2.0
    /// How many entities make a part small.
    static let fewEntities = 8
    /// How far above the floors text must land once fitted (2 %), so rounding in any viewer
    /// never takes it under.
    static let floorMargin = 1.02
    /// How many times a part is drawn again with larger text when fitting took it under a floor.
    static let fittingAttempts = 3
    /// The separations (`sep`, and `esep` below it, as Graphviz needs) a part is laid out with
    /// again, in order, when a routed edge of it runs through a node.
    static let routingRooms = [("+12", "+9"), ("+20", "+16")]

    /// The drawings of `view` made for `size`: laid out with text at the floors of
    /// ``DiagramTypography`` (larger when there is room), in the layout that suits the target's
    /// aspect, and spread to fill it. A view that cannot fit at the floors becomes several
    /// parts by a rule its subtitle states: partners one per continent, networks one per
    /// network, the other views one per link kind; small groups share a part, and a group too
    /// large alone is cut into equal pieces. The centre is drawn on every part.
    ///
    /// - Parameters:
    ///   - onSlide: The drawing goes on a slide that carries the title, so it has none of its
    ///     own and its legend sits in the bottom right corner.
    ///   - limits: The time and memory each Graphviz layout may take.
    /// - Throws: ``Graphviz/GraphvizError`` when a layout fails.
    public func parts(_ view: DiagramView, size: DiagramSize, onSlide: Bool, limits: RenderLimits = .none) throws(GraphvizError) -> [DiagramPart] {
        if view == .map || view == .coverage {
            return [DiagramPart(graph: MapDiagram(self).graph(view, size: size, onSlide: onSlide), layout: view.defaultLayout, number: 1, count: 1, subtitle: nil)]
        }
        let links = selectLinks(view)
        let candidates = candidates(view, size: size, links: links)
        func style(_ candidate: (engine: String, rankdir: String?), scale: Double = 1, subtitle: String?) -> DrawingStyle {
            DrawingStyle(typography: DiagramTypography(scale: scale), engine: candidate.engine, rankdir: candidate.rankdir,
                         onSlide: onSlide, subtitle: subtitle, target: size, fills: false)
        }
        // The room a drawing has: the target less its white space, in points.
        let (inchesWide, inchesHigh) = size.inches
        let room = ((inchesWide - 2 * DrawingStyle.pad) * 72, (inchesHigh - 2 * DrawingStyle.pad) * 72)
        /// How much the drawing of `links` could grow and still fit (below 1: it does not fit).
        func headroom(_ links: [Link], _ candidate: (engine: String, rankdir: String?), scale: Double, subtitle: String?) throws(GraphvizError) -> Double {
            let box = try boundingBox(drawing(view, links: links, style: style(candidate, scale: scale, subtitle: subtitle)), engine: candidate.engine)
            guard box.count == 4 else { return 0 }
            return min(room.0 / max(box[2] - box[0], 1), room.1 / max(box[3] - box[1], 1))
        }
        /// The bounding box of `graph` laid out by `engine` (minimum x, minimum y, maximum x,
        /// maximum y), or no numbers, with its edges drawn straight by every engine but dot.
        /// Those engines place the nodes (and the graph's label) before they route the edges, so
        /// the box is the same, while routing round the nodes (`splines=true`) costs most of
        /// their layout (0.8 s of a 70-node twopi drawing, 0.03 s with straight lines). Dot's
        /// own routing is cheap, and its curves can widen the box.
        func boundingBox(_ graph: DOTGraph, engine: String) throws(GraphvizError) -> [Double] {
            var probe = graph
            if engine != Layout.dot.rawValue, probe.attributes["splines"] == .raw("true") { probe.attributes["splines"] = .raw("false") }
            let box = try Graphviz.boundingBox(probe, layout: Layout(rawValue: engine), limits: limits)
            return [box.minimum.x, box.minimum.y, box.maximum.x, box.maximum.y]
        }
        /// The first candidate layout whose drawing fits, with the text scale it leaves room for.
        func fitting(_ links: [Link], subtitle: String?) throws(GraphvizError) -> (engine: String, rankdir: String?, scale: Double)? {
            for candidate in candidates {
                let room = try headroom(links, candidate, scale: 1, subtitle: subtitle)
                guard room >= 1 else { continue }
                // Text grows by less than the drawing (separations stay), so this still fits;
                // it is checked again below.
                let entities = Set(links.flatMap { [$0.source, $0.target] }).count
                let largest = entities < Self.fewEntities ? Self.largestTextScaleOfFew : Self.largestTextScale
                var scale = min(largest, (room * 0.97 * 100).rounded(.down) / 100)
                if scale > 1, try headroom(links, candidate, scale: scale, subtitle: subtitle) < 1 { scale = 1 }
                return (candidate.engine, candidate.rankdir, scale)
            }
            return nil
        }
        func part(_ links: [Link], _ choice: (engine: String, rankdir: String?, scale: Double), number: Int, count: Int, subtitle: String?,
                  summary: Bool = false) throws(GraphvizError) -> DiagramPart {
            var scale = choice.scale
            var attempt = 0
            var best: (part: DiagramPart, shortfall: Double)?
            while true {
                var chosen = style((choice.engine, choice.rankdir), scale: scale, subtitle: subtitle)
                chosen.fills = true
                // Filling spreads the nodes to the target, but some engines add the graph's label
                // (the legend) after spreading; the target is shrunk by what the label added.
                var graph = summary ? summaryDrawing(links: links, style: chosen) : drawing(view, links: links, style: chosen)
                let box = try boundingBox(graph, engine: choice.engine)
                if box.count == 4, box[2] - box[0] > room.0 + 0.5 || box[3] - box[1] > room.1 + 0.5 {
                    let width = (room.0 - max(0, box[2] - box[0] - room.0)) / 72, height = (room.1 - max(0, box[3] - box[1] - room.1)) / 72
                    graph.attributes["size"] = .raw(String(format: "%.3f,%.3f!", width, height))
                }
                let made = DiagramPart(graph: graph, layout: choice.engine, number: number, count: count, subtitle: subtitle)
                // Fitting scales the whole drawing, text too, by a factor known only once it is
                // drawn: the text is measured as a reader gets it, and when it lands under a floor
                // (or within a hair of it) it is set larger by what fitting took, and drawn again.
                let svg = try DiagramRenderer.render(graph, layout: choice.engine, format: .svg, size: size, limits: limits)
                guard let metrics = try? DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: size) else { return made }
                let shortfall = min((metrics.smallestName ?? metrics.nameFloor) / metrics.nameFloor,
                                    (metrics.smallestSecondary ?? metrics.secondaryFloor) / metrics.secondaryFloor)
                guard shortfall < Self.floorMargin else { return try filled(made, metrics: metrics) }
                // Larger text that fitting shrinks all the more (a drawing as wide as its
                // widest label) is no better: the best drawing so far is kept.
                if let previous = best, previous.shortfall >= shortfall { return previous.part }
                best = (made, shortfall)
                guard attempt < Self.fittingAttempts else { return made }
                attempt += 1
                scale = max(scale, 1) * Self.floorMargin * 1.01 / max(shortfall, 0.2)
            }
        }
        /// `made` (measured as `metrics`), or a better drawing of it: `next` makes one from the
        /// best so far and the attempt's number (`nil` when it has none), which is rendered,
        /// measured and taken as the best when `keeps(tried, best)`, until `done(best)` or
        /// `attempts` are spent. The one "draw again, measure, keep if better" that more
        /// routing room, spreading and moving nodes off the lines share.
        func improved(_ made: DiagramPart, metrics: DiagramMetrics, attempts: Int,
                      next: (DiagramPart, Int) throws(GraphvizError) -> (graph: DOTGraph, layout: String)?,
                      keeps: (DiagramMetrics, DiagramMetrics) -> Bool, done: (DiagramMetrics) -> Bool) throws(GraphvizError) -> (DiagramPart, DiagramMetrics) {
            var best = (made, metrics)
            for attempt in 0..<attempts {
                guard !done(best.1), let (graph, layout) = try next(best.0, attempt) else { break }
                let svg = try DiagramRenderer.render(graph, layout: layout, format: .svg, size: size, limits: limits)
                guard let tried = try? DiagramMetrics(svg: String(decoding: svg, as: UTF8.self), size: size), keeps(tried, best.1) else { continue }
                best = (DiagramPart(graph: graph, layout: layout, number: made.number, count: made.count, subtitle: made.subtitle), tried)
            }
            return best
        }
        /// The problems of `metrics` but edges through nodes.
        func others(_ metrics: DiagramMetrics) -> Int { metrics.problems.count - (metrics.edgesCrossingNodes > 0 ? 1 : 0) }
        /// `drawn`, made better by ``improved(_:metrics:attempts:next:keeps:done:)`` three ways in
        /// turn, each kept only when it breaks nothing the drawing held:
        /// - when a routed edge runs through a node (the router sees an ellipse as the polygon
        ///   inside it, and lines graze the rest), the same drawing with more room round the
        ///   nodes for the router (``routingRooms``), the first that runs none, or the fewest;
        /// - when it leaves too much of the target empty (a few nodes, or a line of them), the
        ///   drawing spread to the room by ``spread(_:engine:room:limits:)``, if that fills more;
        /// - when an edge still runs through a node, the nodes it crosses moved off its line
        ///   and every node pinned, by ``clearing(_:engine:attempt:limits:)``, while that crosses fewer.
        func filled(_ drawn: DiagramPart, metrics measured: DiagramMetrics) throws(GraphvizError) -> DiagramPart {
            let routed = drawn.graph.attributes["splines"] == .raw("true")
            var (made, metrics) = try improved(drawn, metrics: measured, attempts: routed ? Self.routingRooms.count : 0, next: { _, attempt in
                var graph = drawn.graph
                (graph.attributes["sep"], graph.attributes["esep"]) = (.raw(Self.routingRooms[attempt].0), .raw(Self.routingRooms[attempt].1))
                return (graph, drawn.layout)
            }, keeps: { tried, best in tried.edgesCrossingNodes < best.edgesCrossingNodes && others(tried) <= others(measured) },
               done: { $0.edgesCrossingNodes == 0 })
            (made, metrics) = try improved(made, metrics: metrics, attempts: 1, next: { (made, _) throws(GraphvizError) in
                try Self.spread(made.graph, engine: made.layout, room: room, limits: limits).map { ($0, "neato") }
            }, keeps: { spread, metrics in
                spread.fill > metrics.fill && spread.problems.count <= metrics.problems.count && spread.overlappingTexts == 0 && spread.labelsCrossingNodes == 0
            }, done: { $0.fill >= DiagramMetrics.fillFloor })
            (made, metrics) = try improved(made, metrics: metrics, attempts: Self.clearingAttempts, next: { (made, attempt) throws(GraphvizError) in
                try Self.clearing(made.graph, engine: made.layout, attempt: attempt, limits: limits).map { ($0, "neato") }
            }, keeps: { tried, best in tried.edgesCrossingNodes < best.edgesCrossingNodes && others(tried) <= others(best) },
               done: { $0.edgesCrossingNodes == 0 })
            return made
        }
        if let choice = try fitting(links, subtitle: nil) {
            return [try part(links, choice, number: 1, count: 1, subtitle: nil)]
        }
        let entityCount = Set(links.flatMap { [$0.source, $0.target] }).count
        if view == .full {
            // Everything at once is the view whose parts would be many: it is summarised, each
            // link kind one node with its counts.
            let subtitle = DiagramWords.summary(entities: entityCount, language: language)
            return [try part(links, ("twopi", nil, 1), number: 1, count: 1, subtitle: subtitle, summary: true)]
        }
        // Too much for one target: split by the view's rule, packing small groups together.
        let rule = DiagramWords.rule(view, entities: entityCount, language: language)
        let probe = "\(DiagramWords.part(9, of: 9, language: language)) · \(rule)"
        var packed: [(names: [String], links: [Link], choice: (engine: String, rankdir: String?, scale: Double))] = []
        var current: (names: [String], links: [Link], choice: (engine: String, rankdir: String?, scale: Double))?
        let allGroups = groups(view, links: links)
        for group in allGroups {
            if let open = current, let choice = try fitting(open.links + group.links, subtitle: probe) {
                current = (open.names + [group.name], open.links + group.links, choice)
                continue
            }
            if let open = current { packed.append(open) }
            current = nil
            if let choice = try fitting(group.links, subtitle: probe) {
                current = ([group.name], group.links, choice)
                continue
            }
            // A group too large alone: equal pieces, as many as it takes.
            var pieces = 2
            while pieces < group.links.count {
                let size = (group.links.count + pieces - 1) / pieces
                let chunks = stride(from: 0, to: group.links.count, by: size).map { Array(group.links[$0..<min($0 + size, group.links.count)]) }
                var choices: [(engine: String, rankdir: String?, scale: Double)] = []
                for chunk in chunks {
                    guard let choice = try fitting(chunk, subtitle: probe) else { break }
                    choices.append(choice)
                }
                if choices.count == chunks.count {
                    for (index, chunk) in chunks.enumerated() {
                        packed.append(([group.name + " (\(index + 1)/\(chunks.count))"], chunk, choices[index]))
                    }
                    break
                }
                pieces += 1
            }
            if pieces >= group.links.count {
                // One link per part still does not fit: draw each at the floors all the same.
                for link in group.links { packed.append(([group.name], [link], (candidates[0].engine, candidates[0].rankdir, 1))) }
            }
        }
        if let open = current { packed.append(open) }
        // Packing in order can leave a last part with one small group (a page holding a single
        // partner); when every part is made of whole groups, the same number of parts evened
        // out (the largest as small as it can be) is taken instead, if each of them fits.
        if packed.count > 1, packed.map(\.names.count).reduce(0, +) == allGroups.count {
            var even: [(names: [String], links: [Link], choice: (engine: String, rankdir: String?, scale: Double))] = []
            for run in Self.evenRuns(allGroups.map(\.links.count), parts: packed.count) {
                let members = allGroups[run]
                guard let choice = try fitting(members.flatMap(\.links), subtitle: probe) else { break }
                even.append((members.map(\.name), members.flatMap(\.links), choice))
            }
            if even.count == packed.count, even.map(\.links.count).max() ?? 0 < packed.map(\.links.count).max() ?? 0 { packed = even }
        }
        return try packed.enumerated().map { (index, entry) throws(GraphvizError) -> DiagramPart in
            let subtitle = "\(DiagramWords.part(index + 1, of: packed.count, language: language)) · \(entry.names.joined(separator: ", ")) · \(rule)"
            return try part(entry.links, entry.choice, number: index + 1, count: packed.count, subtitle: subtitle)
        }
    }

    /// `sizes` cut into `parts` runs in order, the largest run's total as small as it can be
    /// (the linear partition problem, by dynamic programming over the cut points).
    ///
    /// - Complexity: O(`parts` × n²) for n sizes.
    static func evenRuns(_ sizes: [Int], parts: Int) -> [Range<Int>] {
        let n = sizes.count
        guard parts > 1, n > parts else { return (0..<n).map { $0..<($0 + 1) } }
        var prefix = [0]
        for size in sizes { prefix.append(prefix[prefix.count - 1] + size) }
        // best[k][i]: the smallest largest run when the first i sizes make k runs; cut[k][i]: where the last run starts.
        var best = Array(repeating: Array(repeating: Int.max, count: n + 1), count: parts + 1)
        var cut = Array(repeating: Array(repeating: 0, count: n + 1), count: parts + 1)
        best[0][0] = 0
        for k in 1...parts {
            for i in k...n {
                for j in (k - 1)..<i where best[k - 1][j] != Int.max {
                    let largest = max(best[k - 1][j], prefix[i] - prefix[j])
                    if largest < best[k][i] { (best[k][i], cut[k][i]) = (largest, j) }
                }
            }
        }
        var runs: [Range<Int>] = [], end = n
        for k in stride(from: parts, through: 1, by: -1) {
            runs.insert(cut[k][end]..<end, at: 0)
            end = cut[k][end]
        }
        return runs
    }

    /// The layouts tried for a view on a target, best first: on a wide target the partners sit
    /// around the focus (continents side by side), on an upright one they are stacked in a
    /// column by continent; the other views prefer layers across the target's long side.
    private func candidates(_ view: DiagramView, size: DiagramSize, links: [Link]) -> [(engine: String, rankdir: String?)] {
        let (width, height) = size.inches
        let wide = width >= height
        let layers: (engine: String, rankdir: String?) = ("dot", wide ? "LR" : "TB")
        switch view {
        case .partners: return wide ? [("twopi", nil), ("dot", "LR")] : [("dot", "LR"), ("twopi", nil)]
        case .networks: return [layers, ("twopi", nil), ("dot", wide ? "TB" : "LR")]
        case .diplomacy, .ego: return [("twopi", nil), layers]
        case .full: return [("twopi", nil), layers]
        case .map, .coverage: return [("neato", nil)]
        }
    }

    /// The groups a view splits into, in a fixed order: continents, networks or link kinds.
    private func groups(_ view: DiagramView, links: [Link]) -> [(name: String, links: [Link])] {
        let center = view == .ego ? (egoCenter ?? focus) : focus
        var order: [String] = []
        var byGroup: [String: [Link]] = [:]
        func add(_ key: String, _ link: Link) {
            if byGroup[key] == nil { order.append(key) }
            byGroup[key, default: []].append(link)
        }
        switch view {
        case .partners:
            for link in links {
                let other = link.otherEnd(from: center).flatMap { dataset[$0] }
                add(other?.resolvedContinent?.name(in: language) ?? "—", link)
            }
            order.sort()
        case .networks:
            // Each event's links go with the network it is part of; the focus's membership
            // with the network itself.
            var networkOfEvent: [String: String] = [:]
            for link in links where link.kind == .partOf { networkOfEvent[link.source] = networkOfEvent[link.source] ?? link.target }
            for link in links {
                let network = link.kind == .membership ? link.target : link.kind == .partOf ? link.target : (networkOfEvent[link.target] ?? link.target)
                add(dataset[network]?.name(in: language) ?? network, link)
            }
        default:
            for link in links { add(DiagramWords.link(link.kind, language: language), link) }
        }
        return order.map { ($0, byGroup[$0] ?? []) }
    }

    /// The summary of a view: the centre and one node per link kind, with how many links and
    /// entities it holds.
    func summaryDrawing(links: [Link], style: DrawingStyle) -> DOTGraph {
        var order: [LinkKind] = []
        var ends: [LinkKind: Set<String>] = [:]
        var counts: [LinkKind: Int] = [:]
        for link in links {
            if counts[link.kind] == nil { order.append(link.kind) }
            counts[link.kind, default: 0] += 1
            ends[link.kind, default: []].formUnion([link.source, link.target].filter { $0 != focus })
        }
        // What the summary draws: the centre, and an edge in each link kind's line to its node.
        let drawn = (entityKinds: Set([dataset[focus]?.kind].compactMap { $0 }), linkKinds: Set(order))
        var graph = drawing(.full, links: [], style: style, legend: drawn)
        let secondary = DiagramTypography.points(style.typography.secondary)
        for kind in order.sorted() {
            let id = "coopgraph-kind-\(kind.rawValue)"
            graph.addNode(id, [
                "shape": .raw("box"), "style": .raw("rounded,filled"), "fillcolor": .raw(theme.background), "color": .raw(theme.edge(kind)["color"]?.rawValue ?? theme.foreground),
                "penwidth": .raw("2"), "fontcolor": .raw(theme.foreground),
                "label": .html(HTMLLabel.bold(DiagramWords.link(kind, language: language)) + HTMLLabel.lineBreak
                    + HTMLLabel.font(["POINT-SIZE": secondary], HTMLLabel(text: DiagramWords.counts(links: counts[kind] ?? 0, entities: ends[kind]?.count ?? 0, language: language)))),
            ])
            var attributes = theme.edge(kind)
            attributes["dir"] = .raw("none")
            attributes["class"] = .raw("link \(kind.rawValue)")
            graph.addEdge(focus, id, attributes)
        }
        return graph
    }
}
