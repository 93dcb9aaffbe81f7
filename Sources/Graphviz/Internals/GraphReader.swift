import CGraphviz
import DOT

/// Turns a graph parsed by cgraph into a ``DOTGraph`` that, written by ``DOTWriter`` and parsed
/// again, gives the same nodes, edges (multi-edges included), subgraphs and attribute values.
///
/// Every node is declared in the root body with the attributes that differ from the root's
/// defaults; subgraphs list their nodes by ID and carry their local defaults; each edge is
/// written once, in the deepest subgraph that holds it, with the attributes that differ from
/// that subgraph's defaults (cgraph applies a subgraph's defaults to the edges made in it).
struct GraphReader {
    let root: GraphPointer
    /// The defaults a graph has before its text declares any, by kind.
    let initialDefaults: [Int32: [String: String]]
    private var edgeScope: [UnsafeMutableRawPointer: GraphPointer] = [:]

    init(root: GraphPointer, initialDefaults: [Int32: [String: String]]) {
        self.root = root
        self.initialDefaults = initialDefaults
    }

    mutating func read() -> DOTGraph {
        assignEdges(to: root)
        var graph = DOTGraph(
            strict: agisstrict(root) != 0,
            directed: agisdirected(root) != 0,
            id: CGraph.subgraphName(root)
        )
        for symbol in CGraph.symbols(root, kind: AGRAPH) {
            let (text, isHTML) = CGraph.value(UnsafeMutableRawPointer(root), symbol)
            if !text.isEmpty || isHTML { graph.attributes[name(symbol)] = value(text, isHTML) }
        }
        graph.nodeDefaults = declaredDefaults(kind: AGNODE)
        graph.edgeDefaults = declaredDefaults(kind: AGEDGE)
        let nodeSymbols = CGraph.symbols(root, kind: AGNODE)
        for node in CGraph.nodes(root) {
            var attributes = DOTAttributes()
            for symbol in nodeSymbols {
                let current = CGraph.value(UnsafeMutableRawPointer(node), symbol)
                if current != CGraph.defaultValue(symbol) {
                    attributes[name(symbol)] = value(current.text, current.isHTML)
                }
            }
            graph.addNode(CGraph.name(node) ?? "", attributes)
        }
        for subgraph in CGraph.subgraphs(root) {
            graph.addSubgraph(readSubgraph(subgraph, parent: root))
        }
        appendEdges(of: root, to: &graph)
        return graph
    }

    /// Records, for every edge, the deepest subgraph holding it (first in creation order).
    private mutating func assignEdges(to graph: GraphPointer) {
        for subgraph in CGraph.subgraphs(graph) { assignEdges(to: subgraph) }
        for edge in CGraph.edges(graph) where edgeScope[UnsafeMutableRawPointer(edge)] == nil {
            edgeScope[UnsafeMutableRawPointer(edge)] = graph
        }
    }

    private func readSubgraph(_ subgraph: GraphPointer, parent: GraphPointer) -> DOTSubgraph {
        var result = DOTSubgraph(CGraph.subgraphName(subgraph))
        for symbol in CGraph.symbols(root, kind: AGRAPH) {
            let current = CGraph.value(UnsafeMutableRawPointer(subgraph), symbol)
            let inherited = CGraph.value(UnsafeMutableRawPointer(parent), symbol)
            if current != inherited { result.attributes[name(symbol)] = value(current.text, current.isHTML) }
        }
        result.nodeDefaults = localDefaults(subgraph, parent: parent, kind: AGNODE)
        result.edgeDefaults = localDefaults(subgraph, parent: parent, kind: AGEDGE)
        for node in CGraph.nodes(subgraph) {
            result.addNode(CGraph.name(node) ?? "")
        }
        for child in CGraph.subgraphs(subgraph) {
            result.addSubgraph(readSubgraph(child, parent: subgraph))
        }
        appendEdges(of: subgraph, to: &result)
        return result
    }

    private func appendEdges(of graph: GraphPointer, to body: inout some DOTStatementList) {
        let symbols = CGraph.symbols(root, kind: AGEDGE)
        // In a strict graph an edge can belong to sibling subgraphs (a repeated edge statement
        // adds membership instead of an edge), so it is written in every subgraph holding it.
        let strict = agisstrict(root) != 0
        for edge in CGraph.edges(graph) where edgeScope[UnsafeMutableRawPointer(edge)] == graph || (strict && graph != root) {
            var attributes = DOTAttributes()
            for symbol in symbols {
                let current = CGraph.value(UnsafeMutableRawPointer(edge), symbol)
                let scoped = CGraph.symbol(graph, kind: AGEDGE, name: symbol.pointee.name).map(CGraph.defaultValue)
                if current != (scoped ?? CGraph.defaultValue(symbol)) {
                    attributes[name(symbol)] = value(current.text, current.isHTML)
                }
            }
            let tail = CGraph.name(cg_tail(edge)) ?? ""
            let head = CGraph.name(cg_head(edge)) ?? ""
            body.addEdge(DOTEdge(tail, head, attributes: attributes))
        }
    }

    /// The root's defaults that differ from those every graph starts with (Graphviz's context
    /// declares some, such as a node `label` of `\N`, for all graphs it reads).
    private func declaredDefaults(kind: Int32) -> DOTAttributes {
        let initial = initialDefaults[kind] ?? [:]
        var result = DOTAttributes()
        for symbol in CGraph.symbols(root, kind: kind) {
            let (text, isHTML) = CGraph.defaultValue(symbol)
            let symbolName = name(symbol)
            if text != initial[symbolName, default: ""] || isHTML { result[symbolName] = value(text, isHTML) }
        }
        return result
    }

    private func localDefaults(_ subgraph: GraphPointer, parent: GraphPointer, kind: Int32) -> DOTAttributes {
        var result = DOTAttributes()
        for symbol in CGraph.symbols(root, kind: kind) {
            let here = CGraph.symbol(subgraph, kind: kind, name: symbol.pointee.name).map(CGraph.defaultValue)
            let above = CGraph.symbol(parent, kind: kind, name: symbol.pointee.name).map(CGraph.defaultValue)
            if let here, here != (above ?? CGraph.defaultValue(symbol)) {
                result[name(symbol)] = value(here.text, here.isHTML)
            }
        }
        return result
    }

    private func name(_ symbol: SymbolPointer) -> String {
        String(cString: symbol.pointee.name)
    }

    private func value(_ text: String, _ isHTML: Bool) -> DOTValue {
        isHTML ? .html(HTMLLabel(markup: text)) : .raw(text)
    }
}
