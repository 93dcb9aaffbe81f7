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

    /// The layout the view is drawn with: its default, or sfdp when it is large.
    public func layout(for view: DiagramView) -> String {
        selectLinks(view).count > largeGraphThreshold * 2 ? "sfdp" : view.defaultLayout
    }

    /// The diagram of one view.
    public func graph(_ view: DiagramView) -> DOTGraph {
        if view == .map || view == .coverage { return MapDiagram(self).graph(view) }
        let links = selectLinks(view)
        let center = view == .ego ? (egoCenter ?? focus) : focus
        var ids = [center]
        var seen: Set<String> = [center]
        for link in links {
            for id in [link.source, link.target] where seen.insert(id).inserted { ids.append(id) }
        }
        let large = ids.count > largeGraphThreshold
        var graph = DOTGraph(strict: false, directed: true, id: "\(focus)-\(view.rawValue)")
        graph.attributes = [
            "label": .html(title(view, large: large)), "labelloc": .raw("t"), "fontname": .raw(theme.fontName),
            "bgcolor": .raw(theme.background), "fontcolor": .raw(theme.foreground),
            "rankdir": .raw("LR"), "nodesep": .raw("0.25"), "ranksep": .raw("1.1"), "pad": .raw("0.3"),
            "overlap": .raw("false"), "splines": .raw(large ? "false" : "true"), "root": .text(center),
        ]
        graph.nodeDefaults = ["fontname": .raw(theme.fontName), "fontsize": .raw("11"), "penwidth": .raw("0.8")]
        graph.edgeDefaults = ["fontname": .raw(theme.fontName), "fontsize": .raw("9"), "arrowsize": .raw("0.7")]
        var byContinent: [String: [String]] = [:]
        for id in ids {
            guard let entity = dataset[id] else { continue }
            if view == .partners, id != focus, let continent = entity.resolvedContinent {
                byContinent[continent.name(in: language), default: []].append(id)
            } else {
                graph.addNode(id, nodeAttributes(entity, isFocus: id == center).merging(pageTags(entity: id, view: view)))
            }
        }
        for continent in byContinent.keys.sorted() {
            var cluster = DOTSubgraph.cluster(continent, attributes: [
                "label": .text(continent), "style": .raw("rounded,dashed"), "color": .raw(theme.muted),
                "fontname": .raw(theme.fontName), "fontcolor": .raw(theme.foreground),
            ])
            for id in byContinent[continent] ?? [] {
                if let entity = dataset[id] { cluster.addNode(id, nodeAttributes(entity, isFocus: false).merging(pageTags(entity: id, view: view))) }
            }
            graph.addSubgraph(cluster)
        }
        let linkIndex = linkIndices()
        for link in links {
            var attributes = theme.edge(link.kind).merging(pageTags(link: link, index: linkIndex[link], view: view))
            attributes["tooltip"] = .text(tooltip(link))
            if let year = link.year, view != .partners, !large { attributes["label"] = .text(String(year)) }
            if link.kind.isSymmetric { attributes["dir"] = .raw("none") }
            graph.addEdge(link.source, link.target, attributes)
        }
        graph.addSubgraph(legend(entityKinds: Set(ids.compactMap { dataset[$0]?.kind }), linkKinds: Set(links.map(\.kind))))
        return graph
    }

    /// The legend alone, as a small graph, for reports.
    public func legendGraph() -> DOTGraph {
        var graph = DOTGraph(id: "legend", attributes: ["bgcolor": .raw(theme.background), "pad": .raw("0.2")])
        graph.addSubgraph(legend(entityKinds: Set(EntityKind.allCases), linkKinds: Set(LinkKind.allCases)))
        return graph
    }

    private func selectLinks(_ view: DiagramView) -> [Link] {
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

    private func nodeAttributes(_ entity: Entity, isFocus: Bool) -> DOTAttributes {
        var attributes = theme.node(entity.kind)
        var label = HTMLLabel.bold(entity.name(in: language))
        if entity.kind == .city || entity.kind == .region || entity.kind == .institution || entity.kind == .event,
           let code = dataset.country(of: entity), let country = Geography.country(code: code) {
            label = label + HTMLLabel.lineBreak + HTMLLabel.font(["POINT-SIZE": "9"], HTMLLabel(text: country.name(in: language)))
        }
        attributes["label"] = .html(label)
        var tip = "\(entity.kind.rawValue): \(entity.name)"
        if let source = entity.source { tip += " — source: \(source)" }
        attributes["tooltip"] = .text(tip)
        if isFocus {
            attributes["penwidth"] = .raw("2.5")
            attributes["fontsize"] = .raw("14")
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
        var parts = [link.kind.rawValue]
        if let year = link.year { parts.append(String(year)) }
        if !link.areas.isEmpty { parts.append("areas: " + link.areas.joined(separator: ", ")) }
        if let note = link.note { parts.append(note) }
        if let source = link.sourceReference { parts.append("source: \(source)") }
        return parts.joined(separator: " — ")
    }

    private func title(_ view: DiagramView, large: Bool) -> HTMLLabel {
        let heading = dataset.title.isEmpty ? (dataset[focus]?.name(in: language) ?? focus) : dataset.title
        var caption = "View: \(view.rawValue)"
        if let year = dataset.year { caption += " · \(year)" }
        if let document = dataset.documents.first { caption += " · Source: \(document.title)" }
        if large { caption += " · large graph: drawn with sfdp, without edge labels" }
        return HTMLLabel.font(["POINT-SIZE": "18"], .bold(heading)) + HTMLLabel.lineBreak
            + HTMLLabel.font(["POINT-SIZE": "10", "COLOR": theme.muted], HTMLLabel(text: caption))
    }

    /// The legend: one node holding a line for each entity kind (a square in its fill) and each
    /// link kind (a stroke in its colour and style). One node keeps it together in every layout;
    /// it uses no HTML table, as Graphviz 2.43 leaks the layout of every table it sizes.
    private func legend(entityKinds: Set<EntityKind>, linkKinds: Set<LinkKind>) -> DOTSubgraph {
        let lineBreak = HTMLLabel(markup: "<BR ALIGN=\"LEFT\"/>")
        var label = HTMLLabel.font(["COLOR": theme.foreground], .bold("Legend")) + lineBreak
        for kind in entityKinds.sorted() {
            label = label + HTMLLabel.font(["COLOR": theme.entityFill[kind] ?? theme.foreground], HTMLLabel(text: "■■"))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: kind.rawValue)) + lineBreak
        }
        for kind in linkKinds.sorted() {
            let attributes = theme.edge(kind)
            let line = attributes["style"]?.rawValue ?? "solid"
            let stroke = line == "dashed" ? "╌╌" : line == "dotted" ? "┄┄" : "━━"
            label = label + HTMLLabel.font(["COLOR": attributes["color"]?.rawValue ?? theme.foreground], HTMLLabel(text: stroke))
                + " " + HTMLLabel.font(["COLOR": theme.foreground], HTMLLabel(text: kind.rawValue)) + lineBreak
        }
        var legend = DOTSubgraph.cluster("legend", attributes: ["label": "", "style": .raw("rounded"), "color": .raw(theme.muted)])
        legend.addNode("coopgraph-legend", [
            "shape": .raw("box"), "style": .raw("rounded"), "color": .raw(theme.muted), "label": .html(label),
            "fontsize": .raw("9"), "fontname": .raw(theme.fontName), "margin": .raw("0.15,0.1"),
        ])
        return legend
    }
}
