import CGraphviz

/// Reads a ``LaidOutGraph`` from a graph whose layout attributes are attached (after
/// `gvLayout` and `attach_attrs`, or parsed from Graphviz's `dot` output). Callers hold
/// ``GraphvizContext``'s lock.
enum LayoutReader {
    static func read(_ root: GraphPointer) -> LaidOutGraph {
        let graphSymbols = CGraph.symbols(root, kind: AGRAPH)
        let nodeSymbols = CGraph.symbols(root, kind: AGNODE)
        let edgeSymbols = CGraph.symbols(root, kind: AGEDGE)
        let attributes = values(UnsafeMutableRawPointer(root), graphSymbols)
        let origin = LaidOutGraph.Point(x: 0, y: 0)
        let nodes = CGraph.nodes(root).map { node in
            let values = values(UnsafeMutableRawPointer(node), nodeSymbols)
            return LaidOutGraph.Node(
                name: CGraph.name(node) ?? "",
                center: values["pos"].flatMap { LaidOutGraph.point($0.text[...]) } ?? origin,
                width: (values["width"].flatMap { Double($0.text) } ?? 0) * 72,
                height: (values["height"].flatMap { Double($0.text) } ?? 0) * 72,
                externalLabelPosition: values["xlp"].flatMap { LaidOutGraph.point($0.text[...]) },
                attributes: values
            )
        }
        let edges = CGraph.edges(root).map { edge in
            let values = values(UnsafeMutableRawPointer(edge), edgeSymbols)
            let spline = LaidOutGraph.spline(values["pos"]?.text ?? "")
            return LaidOutGraph.Edge(
                tail: CGraph.name(cg_tail(edge)) ?? "", head: CGraph.name(cg_head(edge)) ?? "",
                points: spline.points, tailArrowTip: spline.start, headArrowTip: spline.end,
                labelPosition: values["lp"].flatMap { LaidOutGraph.point($0.text[...]) },
                attributes: values
            )
        }
        let box = attributes["bb"].flatMap { LaidOutGraph.rectangle($0.text) } ?? LaidOutGraph.Rectangle(minimum: origin, maximum: origin)
        return LaidOutGraph(boundingBox: box, attributes: attributes, nodes: nodes, edges: edges,
                            clusters: clusters(in: root, graphSymbols: graphSymbols))
    }

    /// The names of a graph's nodes and the ends of its edges, in creation order.
    static func order(of root: GraphPointer) -> (nodes: [String], edges: [String]) {
        (CGraph.nodes(root).map { CGraph.name($0) ?? "" },
         CGraph.edges(root).map { "\(CGraph.name(cg_tail($0)) ?? "")\u{0}\(CGraph.name(cg_head($0)) ?? "")" })
    }

    /// The clusters below `graph`, looking through subgraphs that are not clusters.
    private static func clusters(in graph: GraphPointer, graphSymbols: [SymbolPointer]) -> [LaidOutGraph.Cluster] {
        var result: [LaidOutGraph.Cluster] = []
        for subgraph in CGraph.subgraphs(graph) {
            guard let name = CGraph.subgraphName(subgraph), name.hasPrefix("cluster") else {
                result += clusters(in: subgraph, graphSymbols: graphSymbols)
                continue
            }
            let values = values(UnsafeMutableRawPointer(subgraph), graphSymbols)
            guard let bounds = values["bb"].flatMap({ LaidOutGraph.rectangle($0.text) }) else { continue }
            result.append(LaidOutGraph.Cluster(
                name: name, bounds: bounds, labelPosition: values["lp"].flatMap { LaidOutGraph.point($0.text[...]) },
                attributes: values, nodes: CGraph.nodes(subgraph).map { CGraph.name($0) ?? "" },
                clusters: clusters(in: subgraph, graphSymbols: graphSymbols)
            ))
        }
        return result
    }

    private static func values(_ object: UnsafeMutableRawPointer, _ symbols: [SymbolPointer]) -> [String: CanonicalGraph.Value] {
        var result: [String: CanonicalGraph.Value] = [:]
        for symbol in symbols {
            let (text, isHTML) = CGraph.value(object, symbol)
            if !text.isEmpty || isHTML {
                result[String(cString: symbol.pointee.name)] = CanonicalGraph.Value(text: text, isHTML: isHTML)
            }
        }
        return result
    }
}
