import CooperationCore
import DOT
import Foundation

/// Builds diagrams of a dataset as ``DOT/DOTGraph`` values, ready for Graphviz: one view of
/// the data, entity kinds told apart by shape and colour, link kinds by colour and line style,
/// a legend and a title drawn in the diagram, tooltips with each fact's source.
public struct CooperationDiagram: Sendable {
    /// The data (already limited to ``year`` when one was given).
    public let dataset: Dataset
    /// The entity the views are centred on.
    public let focus: String
    /// The language of labels: `en` or `pl`.
    public var language: Language
    /// Colours, shapes and font.
    public var theme: DiagramTheme
    /// Only these link kinds, when given (any view).
    public var linkKinds: Set<LinkKind>?
    /// The centre of the ego view (default: the focus).
    public var egoCenter: String?
    /// The radius of the ego view, in links.
    public var egoRadius = 1
    /// The countries the coverage view marks when they are not reached (none by default).
    public var coverageTarget: CoverageTarget?
    /// Views with more entities than this are laid out with sfdp, which finishes on large
    /// graphs, and say so in their caption.
    public var largeGraphThreshold = 400

    /// A diagram builder for `focus` (default: the dataset's focus).
    ///
    /// - Parameters:
    ///   - year: Only the links of this year and standing links with no year.
    /// - Throws: ``FocusError`` when there is no focus or it is unknown.
    public init(dataset: Dataset, focus: String? = nil, language: Language = .english, theme: DiagramTheme = .light, year: Int? = nil) throws(FocusError) {
        guard let id = focus ?? dataset.focus else { throw .noFocus }
        guard dataset.contains(id) else { throw .unknownFocus(id) }
        self.dataset = year.map { dataset.filtered(year: $0) } ?? dataset
        self.focus = id
        self.language = language
        self.theme = theme
    }

    /// The longest line of an entity's name in a drawing made for a target, in ems of its size.
    static let nameLineEms = 15.0

    /// The layout the view is drawn with: its default, or sfdp when it is large.
    public func layout(for view: DiagramView) -> String {
        selectLinks(view).count > largeGraphThreshold * 2 ? "sfdp" : view.defaultLayout
    }

    /// The diagram of one view at its natural size, with its title.
    public func graph(_ view: DiagramView) -> DOTGraph {
        if view == .map || view == .coverage { return MapDiagram(self).graph(view) }
        return drawing(view, links: selectLinks(view), style: DrawingStyle(engine: layout(for: view)))
    }

    /// One drawing of `view` over `links` (the view's, or a part of them).
    ///
    /// - Parameters:
    ///   - legend: The kinds the legend lists, when the caller draws more than `links` (a
    ///     summary's nodes and edges); by default the kinds of the entities and links drawn.
    func drawing(_ view: DiagramView, links: [Link], style: DrawingStyle,
                 legend: (entityKinds: Set<EntityKind>, linkKinds: Set<LinkKind>)? = nil) -> DOTGraph {
        if view == .map || view == .coverage { return MapDiagram(self).graph(view) }
        let type = style.typography
        let center = view == .ego ? (egoCenter ?? focus) : focus
        var ids = [center]
        var seen: Set<String> = [center]
        for link in links {
            for id in [link.source, link.target] where seen.insert(id).inserted { ids.append(id) }
        }
        let large = ids.count > largeGraphThreshold
        let engine = style.engine
        var graph = DOTGraph(strict: false, directed: true, id: "\(focus)-\(view.rawValue)")
        graph.attributes = [
            "fontname": .raw(theme.fontName), "bgcolor": .raw(theme.background), "fontcolor": .raw(theme.foreground),
            "pad": .raw(String(DrawingStyle.pad)), "splines": .raw(large ? "false" : "true"), "root": .text(center),
        ]
        switch engine {
        case "dot":
            graph.attributes["rankdir"] = .raw(style.rankdir ?? "LR")
            graph.attributes["nodesep"] = .raw("0.2")
            graph.attributes["ranksep"] = .raw(view == .partners ? "0.5" : "0.8")
        case "twopi", "circo":
            graph.attributes["overlap"] = .raw("prism")
            graph.attributes["overlap_scaling"] = .raw("-1.05")
            graph.attributes["sep"] = .raw("+6")
            graph.attributes["ranksep"] = .raw("0.6")
            // Straight lines from a hub may run through a neighbour (Bologna's through Brno);
            // routed splines go round the nodes, and cost little below the large threshold.
            graph.attributes["splines"] = .raw(large ? "false" : "true")
        default:
            graph.attributes["overlap"] = .raw("false")
            graph.attributes["sep"] = .raw("+6")
        }
        if let target = style.target, style.fills {
            // Laid out at the text's own size, then only spread to fill the target.
            let (width, height) = target.inches
            graph.attributes["ratio"] = .raw("fill")
            // A hair inside the target, so rounding never makes the drawing larger than it.
            graph.attributes["size"] = .raw(String(format: "%.3f,%.3f!", width - 2 * DrawingStyle.pad - 0.03, height - 2 * DrawingStyle.pad - 0.03))
        }
        graph.nodeDefaults = ["fontname": .raw(theme.fontName), "fontsize": .raw(DiagramTypography.points(type.name)), "penwidth": .raw("0.8")]
        graph.edgeDefaults = ["fontname": .raw(theme.fontName), "fontsize": .raw(DiagramTypography.points(type.secondary)), "arrowsize": .raw("0.7")]
        // Years the edges cannot carry (only dot places edge labels clear of nodes) go on the
        // far end's node, when the link touches the centre.
        let labelsEdges = engine == "dot" && view != .partners && !large
        var yearsOnNode: [String: [Int]] = [:]
        if !labelsEdges {
            for link in links {
                guard let year = link.year, year != dataset.year, let other = link.otherEnd(from: center), other != center else { continue }
                if !(yearsOnNode[other]?.contains(year) ?? false) { yearsOnNode[other, default: []].append(year) }
            }
        }
        var byContinent: [Continent: [String]] = [:]
        for id in ids {
            guard let entity = dataset[id] else { continue }
            if view == .partners, id != center, let continent = entity.resolvedContinent {
                byContinent[continent, default: []].append(id)
            }
            graph.addNode(id, nodeAttributes(entity, isFocus: id == center, typography: type, wraps: style.target != nil, years: yearsOnNode[id]?.sorted() ?? []).merging(pageTags(entity: id, view: view)))
        }
        // Partners hang from one node per continent, which keeps each continent together in
        // every layout and says how many partners it holds.
        var hubOf: [String: String] = [:]
        for continent in byContinent.keys.sorted(by: { $0.name(in: language) < $1.name(in: language) }) {
            let members = byContinent[continent] ?? []
            let hub = "coopgraph-continent-\(continent.rawValue)"
            graph.addNode(hub, [
                "shape": .raw("box"), "style": .raw("rounded,dashed"), "color": .raw(theme.muted), "fontcolor": .raw(theme.foreground),
                "label": .html(HTMLLabel.bold(continent.name(in: language)) + HTMLLabel.lineBreak
                    + HTMLLabel.font(["POINT-SIZE": DiagramTypography.points(type.secondary)], HTMLLabel(text: DiagramWords.partners(members.count, language: language)))),
                "tooltip": .text(continent.name(in: language)),
            ])
            graph.addEdge(center, hub, ["color": .raw(theme.muted), "penwidth": .raw("1.2"), "dir": .raw("none"), "style": .raw("dashed")])
            for id in members { hubOf[id] = hub }
        }
        let linkIndex = linkIndices()
        for link in links {
            var attributes = theme.edge(link.kind).merging(pageTags(link: link, index: linkIndex[link], view: view))
            attributes["tooltip"] = .text(tooltip(link))
            if let year = link.year, year != dataset.year, labelsEdges { attributes["label"] = .text(String(year)) }
            if link.kind.isSymmetric { attributes["dir"] = .raw("none") }
            if view == .partners, let other = link.otherEnd(from: center), let hub = hubOf[other] {
                graph.addEdge(hub, other, attributes)
            } else {
                graph.addEdge(link.source, link.target, attributes)
            }
        }
        let (label, location) = heading(view, style: style, large: large,
                                        entityKinds: legend?.entityKinds ?? Set(ids.compactMap { dataset[$0]?.kind }),
                                        linkKinds: legend?.linkKinds ?? Set(links.map(\.kind)))
        graph.attributes["label"] = .html(label)
        graph.attributes["labelloc"] = .raw(location)
        graph.attributes["labeljust"] = .raw(style.onSlide ? "r" : "l")
        return graph
    }

    /// The legend alone, as a small graph, for reports.
    public func legendGraph() -> DOTGraph {
        var graph = DOTGraph(id: "legend", attributes: ["bgcolor": .raw(theme.background), "pad": .raw("0.2")])
        graph.addSubgraph(legend(entityKinds: Set(EntityKind.allCases), linkKinds: Set(LinkKind.allCases)))
        return graph
    }

    func selectLinks(_ view: DiagramView) -> [Link] {
        let links: [Link]
        switch view {
        case .full:
            links = dataset.links.filter { dataset.contains($0.source) && dataset.contains($0.target) }
        case .partners, .diplomacy:
            links = dataset.links(of: focus).filter { view.linkKinds?.contains($0.kind) ?? true }
        case .networks:
            let networks = Set(dataset.networks(of: focus).map(\.id))
            let events = Set(dataset.links.filter { $0.kind == .partOf && networks.contains($0.target) }.map(\.source))
            links = dataset.links.filter { link in
                (link.kind == .membership && link.source == focus && networks.contains(link.target))
                    || (link.kind == .partOf && events.contains(link.source) && networks.contains(link.target))
                    || (link.kind == .participation && link.source == focus && events.contains(link.target))
            }
        case .map:
            links = MapDiagram(self).places().links.map(\.link)
        case .coverage:
            links = dataset.links(of: focus)
        case .ego:
            let graph = GraphIndex(dataset, kinds: linkKinds)
            let center = egoCenter ?? focus
            guard let index = dataset.index(of: center) else { return [] }
            let members = Set(graph.ego(of: index, radius: egoRadius).map { graph.ids[$0.vertex] })
            links = dataset.links.filter { members.contains($0.source) && members.contains($0.target) && $0.source != $0.target }
        }
        guard let linkKinds else { return links }
        return links.filter { linkKinds.contains($0.kind) }
    }

    private func nodeAttributes(_ entity: Entity, isFocus: Bool, typography: DiagramTypography, wraps: Bool = false, years: [Int] = []) -> DOTAttributes {
        var attributes = theme.node(entity.kind)
        // Made for a target, a long name ("International Congress and Convention Association")
        // takes several lines: on one it makes its node wider than a page, and fitting then
        // shrinks every text of the drawing.
        let name = entity.name(in: language)
        let nameLines = wraps ? DejaVuWidths.lines(of: name, fontSize: typography.name, bold: true, width: typography.name * Self.nameLineEms) : [name]
        var label = HTMLLabel.bold(nameLines.first ?? name)
        for line in nameLines.dropFirst() { label = label + HTMLLabel.lineBreak + HTMLLabel.bold(line) }
        var second: [String] = []
        if entity.kind == .city || entity.kind == .region || entity.kind == .institution || entity.kind == .event,
           let code = dataset.country(of: entity), let country = Geography.country(code: code) {
            second.append(country.name(in: language))
        }
        if !years.isEmpty { second.append(years.map(String.init).joined(separator: ", ")) }
        if !second.isEmpty {
            label = label + HTMLLabel.lineBreak
                + HTMLLabel.font(["POINT-SIZE": DiagramTypography.points(typography.secondary)], HTMLLabel(text: second.joined(separator: " · ")))
        }
        attributes["label"] = .html(label)
        var tip = "\(DiagramWords.kind(entity.kind, language: language)): \(entity.name(in: language))"
        if let source = entity.source { tip += " — " + DiagramWords.sourceTooltip(source.description, language: language) }
        attributes["tooltip"] = .text(tip)
        if isFocus {
            attributes["penwidth"] = .raw("2.5")
            attributes["fontsize"] = .raw(DiagramTypography.points(typography.focusName))
        }
        return attributes
    }

    /// The `id` and `class` Graphviz writes into the SVG of a node, so the report page's script
    /// finds its entity: `VIEW-node-N` (N its index in ``dataset``; unique among the page's
    /// diagrams, and free of the entity's own text) and `entity KIND`.
    func pageTags(entity id: String, view: DiagramView) -> DOTAttributes {
        guard let index = dataset.index(of: id), let kind = dataset[id]?.kind else { return [:] }
        return ["id": .raw("\(view.rawValue)-node-\(index)"), "class": .raw("entity \(kind.rawValue)")]
    }

    /// The `id` (`VIEW-link-N`, N the link's index in ``dataset``) and `class` (`link KIND`) of
    /// an edge's SVG, for the report page's script.
    func pageTags(link: Link, index: Int?, view: DiagramView) -> DOTAttributes {
        guard let index else { return [:] }
        return ["id": .raw("\(view.rawValue)-link-\(index)"), "class": .raw("link \(link.kind.rawValue)")]
    }

    /// Each link's first index in ``dataset``.
    func linkIndices() -> [Link: Int] {
        var indices: [Link: Int] = [:]
        for (index, link) in dataset.links.enumerated() where indices[link] == nil { indices[link] = index }
        return indices
    }

    func tooltip(_ link: Link) -> String {
        var parts = [DiagramWords.link(link.kind, language: language)]
        if let year = link.year { parts.append(String(year)) }
        if !link.areas.isEmpty { parts.append(DiagramWords.areasTooltip(link.areas.joined(separator: ", "), language: language)) }
        if let note = link.note { parts.append(note) }
        if let source = link.sourceReference { parts.append(DiagramWords.sourceTooltip(source.description, language: language)) }
        return parts.joined(separator: " — ")
    }

    /// The graph's label: alone, the title, a caption (with the part's subtitle) and the
    /// legend at the top left; on a slide (which has the title) only the legend, in the bottom
    /// right corner. The legend is a line or two of keys, out of the graph's flow.
    private func heading(_ view: DiagramView, style: DrawingStyle, large: Bool, entityKinds: Set<EntityKind>, linkKinds: Set<LinkKind>) -> (HTMLLabel, String) {
        let type = style.typography
        let secondary = DiagramTypography.points(type.secondary)
        var label = HTMLLabel(markup: "")
        if !style.onSlide {
            let title = StringTable.of(language).title(of: dataset), heading = title.isEmpty ? (dataset[focus]?.name(in: language) ?? focus) : title
            var caption = DiagramWords.view(view, language: language)
            if let year = dataset.year { caption += " · \(year)" }
            if let subtitle = style.subtitle { caption += " · " + subtitle }
            if let document = dataset.documents.first, style.target == nil { caption += " · " + DiagramWords.source(language) + document.title }
            if large { caption += " · " + DiagramWords.large(language) }
            // Title and caption broken into lines the target's width holds: a long caption
            // (the names of a part's networks) would otherwise widen the drawing, and fitting
            // would shrink every text with it.
            let width = style.target.map { ($0.inches.width - 2 * DrawingStyle.pad) * 72 * 0.96 } ?? type.secondary * 90
            let leftBreak = HTMLLabel(markup: "<BR ALIGN=\"LEFT\"/>")
            for line in DejaVuWidths.lines(of: heading, fontSize: type.title, bold: true, width: width) {
                label = label + HTMLLabel.font(["POINT-SIZE": DiagramTypography.points(type.title)], .bold(line)) + leftBreak
            }
            for line in DejaVuWidths.lines(of: caption, fontSize: type.secondary, bold: false, width: width) {
                label = label + HTMLLabel.font(["POINT-SIZE": secondary, "COLOR": theme.muted], HTMLLabel(text: line)) + leftBreak
            }
        }
        let size = type.secondary
        let legendWord = DiagramWords.legend(language) + ":"
        var keys = [HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: legendWord))]
        var widths = [DejaVuWidths.width(of: legendWord + "   ", fontSize: size, bold: false)]
        for kind in entityKinds.sorted() {
            keys.append(HTMLLabel.font(["COLOR": theme.entityFill[kind] ?? theme.foreground], HTMLLabel(text: "■"))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: DiagramWords.kind(kind, language: language))))
            widths.append(DejaVuWidths.width(of: "■ " + DiagramWords.kind(kind, language: language) + "   ", fontSize: size, bold: false))
        }
        for kind in linkKinds.sorted() {
            let attributes = theme.edge(kind)
            let line = attributes["style"]?.rawValue ?? "solid"
            let stroke = line == "dashed" ? "╌╌" : line == "dotted" ? "┄┄" : "━━"
            keys.append(HTMLLabel.font(["COLOR": attributes["color"]?.rawValue ?? theme.foreground], HTMLLabel(text: stroke))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: DiagramWords.link(kind, language: language))))
            widths.append(DejaVuWidths.width(of: "━━ " + DiagramWords.link(kind, language: language) + "   ", fontSize: size, bold: false))
        }
        // Lines of keys no wider than about half the target (or 60 em), so the legend stays
        // in its corner.
        let available = style.target.map { $0.inches.width * 72 * 0.55 } ?? size * 60
        var line = HTMLLabel(markup: ""), lineWidth = 0.0, lines: [HTMLLabel] = []
        for (key, width) in zip(keys, widths) {
            if lineWidth > 0, lineWidth + width > available {
                lines.append(line)
                line = HTMLLabel(markup: "")
                lineWidth = 0
            }
            line = lineWidth > 0 ? line + "   " + key : key
            lineWidth += width
        }
        if lineWidth > 0 { lines.append(line) }
        let breakTag = HTMLLabel(markup: style.onSlide ? "<BR ALIGN=\"RIGHT\"/>" : "<BR ALIGN=\"LEFT\"/>")
        for key in lines { label = label + HTMLLabel.font(["POINT-SIZE": secondary], key) + breakTag }
        return (label, style.onSlide ? "b" : "t")
    }

    /// The legend: one node holding a line for each entity kind (a square in its fill) and each
    /// link kind (a stroke in its colour and style). One node keeps it together in every layout;
    /// it uses no HTML table, as Graphviz 2.43 leaks the layout of every table it sizes.
    private func legend(entityKinds: Set<EntityKind>, linkKinds: Set<LinkKind>) -> DOTSubgraph {
        let lineBreak = HTMLLabel(markup: "<BR ALIGN=\"LEFT\"/>")
        var label = HTMLLabel.font(["COLOR": theme.foreground], .bold(DiagramWords.legend(language))) + lineBreak
        for kind in entityKinds.sorted() {
            label = label + HTMLLabel.font(["COLOR": theme.entityFill[kind] ?? theme.foreground], HTMLLabel(text: "■■"))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: DiagramWords.kind(kind, language: language))) + lineBreak
        }
        for kind in linkKinds.sorted() {
            let attributes = theme.edge(kind)
            let line = attributes["style"]?.rawValue ?? "solid"
            let stroke = line == "dashed" ? "╌╌" : line == "dotted" ? "┄┄" : "━━"
            label = label + HTMLLabel.font(["COLOR": attributes["color"]?.rawValue ?? theme.foreground], HTMLLabel(text: stroke))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: DiagramWords.link(kind, language: language))) + lineBreak
        }
        var legend = DOTSubgraph.cluster("legend", attributes: ["label": "", "style": .raw("rounded"), "color": .raw(theme.muted)])
        legend.addNode("coopgraph-legend", [
            "shape": .raw("box"), "style": .raw("rounded"), "color": .raw(theme.muted), "label": .html(label),
            "fontsize": .raw("9"), "fontname": .raw(theme.fontName), "margin": .raw("0.15,0.1"),
        ])
        return legend
    }
}
