import CGraphviz

/// Builds a ``CanonicalGraph`` from a graph parsed by cgraph.
enum CanonicalReader {
    static func read(_ root: GraphPointer) -> CanonicalGraph {
        let nodeSymbols = CGraph.symbols(root, kind: AGNODE)
        let edgeSymbols = CGraph.symbols(root, kind: AGEDGE)
        var nodes: [String: [String: CanonicalGraph.Value]] = [:]
        for node in CGraph.nodes(root) {
            nodes[CGraph.name(node) ?? "", default: [:]] = values(UnsafeMutableRawPointer(node), nodeSymbols)
        }
        let edges = CGraph.edges(root).map { edge in
            CanonicalGraph.Edge(
                tail: CGraph.name(cg_tail(edge)) ?? "",
                head: CGraph.name(cg_head(edge)) ?? "",
                attributes: values(UnsafeMutableRawPointer(edge), edgeSymbols)
            )
        }.sorted()
        return CanonicalGraph(
            isStrict: agisstrict(root) != 0,
            isDirected: agisdirected(root) != 0,
            attributes: values(UnsafeMutableRawPointer(root), CGraph.symbols(root, kind: AGRAPH)),
            nodes: nodes,
            edges: edges,
            subgraphs: subgraphs(of: root, graphSymbols: CGraph.symbols(root, kind: AGRAPH))
        )
    }

    private static func subgraphs(of graph: GraphPointer, graphSymbols: [SymbolPointer]) -> [String: CanonicalGraph.Subgraph] {
        var result: [String: CanonicalGraph.Subgraph] = [:]
        var anonymous = 0
        for subgraph in CGraph.subgraphs(graph) {
            let key: String
            if let name = CGraph.subgraphName(subgraph) {
                key = name
            } else {
                anonymous += 1
                key = "{anonymous \(anonymous)}"
            }
            result[key] = CanonicalGraph.Subgraph(
                attributes: values(UnsafeMutableRawPointer(subgraph), graphSymbols),
                nodes: Set(CGraph.nodes(subgraph).map { CGraph.name($0) ?? "" }),
                edges: CGraph.edges(subgraph).map {
                    "\(CGraph.name(cg_tail($0)) ?? "") -> \(CGraph.name(cg_head($0)) ?? "")"
                }.sorted(),
                subgraphs: subgraphs(of: subgraph, graphSymbols: graphSymbols)
            )
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
