import CooperationCore
import DOT

extension Dataset {
    /// The whole dataset as a plain DOT graph, for other tools and for converting back: one
    /// node per entity and one edge per link, in dataset order, carrying every field as an
    /// attribute (`kind`, `label`, `country`, `year`, `note`, `source`…), and the dataset's own
    /// fields as graph attributes. ``DatasetLoader`` reads it back to the same dataset. For
    /// drawing, use ``CooperationDiagram``.
    ///
    /// - Complexity: O(*n* + *m*).
    public func dotGraph() -> DOTGraph {
        var graph = DOTGraph(strict: false, directed: false)
        for (name, value) in InterchangeSchema.attributes(of: self) { graph.attributes[name] = Self.dotValue(value) }
        graph.statements.reserveCapacity(entities.count + links.count)
        for entity in entities {
            let fields = InterchangeSchema.attributes(of: entity)
            var attributes = DOTAttributes()
            attributes.reserveCapacity(fields.count)
            for (name, value) in fields { attributes[name] = Self.dotValue(value) }
            graph.statements.append(.node(DOTNode(entity.id, attributes: attributes)))
        }
        for link in links {
            let fields = InterchangeSchema.attributes(of: link)
            var attributes = DOTAttributes()
            attributes.reserveCapacity(fields.count)
            for (name, value) in fields { attributes[name] = Self.dotValue(value) }
            graph.statements.append(.edge(DOTEdge(link.source, link.target, attributes: attributes)))
        }
        return graph
    }

    private static func dotValue(_ value: AttributeValue) -> DOTValue {
        switch value {
        case .string(let text): .text(text)
        case .int, .double: .raw(value.text)
        }
    }
}
