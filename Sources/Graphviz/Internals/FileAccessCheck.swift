import CGraphviz

/// Refuses a parsed graph whose attributes would make Graphviz read files outside the
/// folders a ``FileAccess`` allows. Callers hold ``GraphvizContext``'s lock.
enum FileAccessCheck {
    static func check(_ root: GraphPointer, _ access: FileAccess) throws(GraphvizError) {
        let kinds: [Int32] = [AGRAPH, AGNODE, AGEDGE]
        for kind in kinds {
            for symbol in CGraph.symbols(root, kind: kind) {
                let name = String(cString: symbol.pointee.name)
                try checkValue(CGraph.defaultValue(symbol), name, access)
                switch kind {
                case AGRAPH: try checkGraphs(root, symbol, name, access)
                case AGNODE:
                    for node in CGraph.nodes(root) { try checkValue(CGraph.value(UnsafeMutableRawPointer(node), symbol), name, access) }
                default:
                    for edge in CGraph.edges(root) { try checkValue(CGraph.value(UnsafeMutableRawPointer(edge), symbol), name, access) }
                }
            }
        }
    }

    private static func checkGraphs(_ graph: GraphPointer, _ symbol: SymbolPointer, _ name: String, _ access: FileAccess) throws(GraphvizError) {
        try checkValue(CGraph.value(UnsafeMutableRawPointer(graph), symbol), name, access)
        for subgraph in CGraph.subgraphs(graph) { try checkGraphs(subgraph, symbol, name, access) }
    }

    private static func checkValue(_ value: (text: String, isHTML: Bool), _ name: String, _ access: FileAccess) throws(GraphvizError) {
        if name == "fontnames", !["", "svg", "ps", "gd"].contains(value.text) {
            throw .forbiddenFileAccess(attribute: name, path: value.text)
        }
        for path in FileAccess.paths(in: value.text, attribute: name, isHTML: value.isHTML) where !access.allows(path) {
            throw .forbiddenFileAccess(attribute: name, path: path)
        }
    }
}
