import DOT

/// Builds diagrams of a dataset as ``DOT/DOTGraph`` values, ready for Graphviz: one view of
/// the data, entity kinds told apart by shape and colour, link kinds by colour and line style,
/// a legend and a title drawn in the diagram, tooltips with each fact's source.
public struct CooperationDiagram: Sendable {
    /// The data.
    public let dataset: Dataset
    /// The entity the view is centred on.
    public let focus: String
    /// The language of labels: `en` or `pl`.
    public var language: String
    /// Shapes and colours.
    public var style = DiagramStyle()

    /// A diagram builder for `focus` (default: the dataset's focus).
    ///
    /// - Throws: ``StatisticsError`` when there is no focus or it is unknown.
    public init(dataset: Dataset, focus: String? = nil, language: String = "en") throws(StatisticsError) {
        guard let id = focus ?? dataset.focus else { throw .noFocus }
        guard dataset.contains(id) else { throw .unknownFocus(id) }
        self.dataset = dataset
        self.focus = id
        self.language = language
    }

    /// The diagram of one view.
    public func graph(_ view: DiagramView) -> DOTGraph {
        let links = selectLinks(view)
        var ids = [focus]
        var seen: Set<String> = [focus]
        for link in links {
            for id in [link.source, link.target] where seen.insert(id).inserted { ids.append(id) }
        }
        var graph = DOTGraph(strict: false, directed: true, id: "\(focus)-\(view.rawValue)")
        graph.attributes = [
            "label": .html(title(view)), "labelloc": .raw("t"), "fontname": .raw(style.fontName),
            "bgcolor": .raw(style.background), "fontcolor": .raw(style.foreground),
            "rankdir": .raw("LR"), "nodesep": .raw("0.25"), "ranksep": .raw("1.1"), "pad": .raw("0.3"),
        ]
        graph.nodeDefaults = ["fontname": .raw(style.fontName), "fontsize": .raw("11"), "fontcolor": .raw(style.foreground), "penwidth": .raw("0.8")]
        graph.edgeDefaults = ["fontname": .raw(style.fontName), "fontsize": .raw("9"), "arrowsize": .raw("0.7")]
        var byContinent: [String: [String]] = [:]
        for id in ids {
            guard let entity = dataset[id] else { continue }
            if view == .partners, id != focus, let continent = entity.resolvedContinent {
                byContinent[continent.name(in: language), default: []].append(id)
            } else {
                graph.addNode(id, nodeAttributes(entity, isFocus: id == focus))
            }
        }
        for continent in byContinent.keys.sorted() {
            var cluster = DOTSubgraph.cluster(continent, attributes: [
                "label": .text(continent), "style": .raw("rounded,dashed"), "color": .raw("#999999"),
                "fontname": .raw(style.fontName), "fontcolor": .raw(style.foreground),
            ])
            for id in byContinent[continent] ?? [] {
                if let entity = dataset[id] { cluster.addNode(id, nodeAttributes(entity, isFocus: false)) }
            }
            graph.addSubgraph(cluster)
        }
        for link in links {
            var attributes = style.edge(link.kind)
            attributes["tooltip"] = .text(tooltip(link))
            if let year = link.year, view != .partners { attributes["label"] = .text(String(year)) }
            if link.kind.isSymmetric { attributes["dir"] = .raw("none") }
            graph.addEdge(link.source, link.target, attributes)
        }
        graph.addSubgraph(legend(entityKinds: Set(ids.compactMap { dataset[$0]?.kind }), linkKinds: Set(links.map(\.kind))))
        return graph
    }

    private func selectLinks(_ view: DiagramView) -> [Link] {
        switch view {
        case .full:
            return dataset.links.filter { dataset.contains($0.source) && dataset.contains($0.target) }
        case .partners, .diplomacy:
            return dataset.links(of: focus).filter { view.linkKinds?.contains($0.kind) ?? true }
        case .networks:
            let networks = Set(dataset.networks(of: focus).map(\.id))
            let events = Set(dataset.links.filter { $0.kind == .partOf && networks.contains($0.target) }.map(\.source))
            return dataset.links.filter { link in
                (link.kind == .membership && link.source == focus && networks.contains(link.target))
                    || (link.kind == .partOf && events.contains(link.source) && networks.contains(link.target))
                    || (link.kind == .participation && link.source == focus && events.contains(link.target))
            }
        }
    }

    private func nodeAttributes(_ entity: Entity, isFocus: Bool) -> DOTAttributes {
        var attributes = style.node(entity.kind)
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

    private func tooltip(_ link: Link) -> String {
        var parts = [link.kind.rawValue]
        if let year = link.year { parts.append(String(year)) }
        if !link.areas.isEmpty { parts.append("areas: " + link.areas.joined(separator: ", ")) }
        if let note = link.note { parts.append(note) }
        if let source = link.sourceReference { parts.append("source: \(source)") }
        return parts.joined(separator: " — ")
    }

    private func title(_ view: DiagramView) -> HTMLLabel {
        let heading = dataset.title.isEmpty ? (dataset[focus]?.name(in: language) ?? focus) : dataset.title
        var caption = "View: \(view.rawValue)"
        if let document = dataset.documents.first { caption += " · Source: \(document.title)" }
        return HTMLLabel.font(["POINT-SIZE": "18"], .bold(heading)) + HTMLLabel.lineBreak
            + HTMLLabel.font(["POINT-SIZE": "10", "COLOR": "#555555"], HTMLLabel(text: caption))
    }

    private func legend(entityKinds: Set<EntityKind>, linkKinds: Set<LinkKind>) -> DOTSubgraph {
        var rows = ""
        for kind in entityKinds.sorted() {
            let fill = style.node(kind)["fillcolor"]?.rawValue ?? "white"
            rows += "<TR><TD BGCOLOR=\"\(HTMLLabel.escaping(fill))\" WIDTH=\"18\"></TD><TD ALIGN=\"LEFT\">\(HTMLLabel.escaping(kind.rawValue))</TD></TR>"
        }
        for kind in linkKinds.sorted() {
            let color = style.edge(kind)["color"]?.rawValue ?? "black"
            let line = style.edge(kind)["style"]?.rawValue ?? "solid"
            let stroke = line == "dashed" ? "╌╌" : line == "dotted" ? "┄┄" : "━━"
            rows += "<TR><TD><FONT COLOR=\"\(HTMLLabel.escaping(color))\">\(stroke)</FONT></TD><TD ALIGN=\"LEFT\">\(HTMLLabel.escaping(kind.rawValue))</TD></TR>"
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>\(rows)</TABLE>"
        var legend = DOTSubgraph.cluster("legend", attributes: ["label": "", "style": .raw("rounded"), "color": .raw("#CCCCCC")])
        legend.addNode("coopgraph-legend", ["shape": .raw("plaintext"), "style": .raw(""), "label": .html(HTMLLabel(markup: table)), "fontsize": .raw("9")])
        return legend
    }
}
