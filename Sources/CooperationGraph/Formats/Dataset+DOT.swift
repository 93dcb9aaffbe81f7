import DOT

extension Dataset {
    /// The whole dataset as a plain DOT graph, for other tools: one node per entity with
    /// `kind`, `label`, `country` and `continent` attributes, one edge per link with `kind` and
    /// `year` (and `note`, `source` where set), in dataset order. For drawing, use
    /// ``CooperationDiagram``.
    ///
    /// - Complexity: O(*n* + *m*).
    public func dotGraph() -> DOTGraph {
        var graph = DOTGraph(strict: false, directed: false, id: title.isEmpty ? nil : title)
        graph.statements.reserveCapacity(entities.count + links.count)
        for entity in entities {
            var attributes: DOTAttributes = ["kind": .raw(entity.kind.rawValue), "label": .text(entity.name)]
            if let country = entity.country { attributes["country"] = .raw(country) }
            if let continent = entity.resolvedContinent { attributes["continent"] = .raw(continent.code) }
            graph.statements.append(.node(DOTNode(entity.id, attributes: attributes)))
        }
        for link in links {
            var attributes: DOTAttributes = ["kind": .raw(link.kind.rawValue)]
            if let year = link.year { attributes["year"] = .raw(String(year)) }
            if let note = link.note { attributes["note"] = .text(note) }
            if let source = link.sourceReference { attributes["source"] = .text(source.description) }
            graph.statements.append(.edge(DOTEdge(link.source, link.target, attributes: attributes)))
        }
        return graph
    }
}
