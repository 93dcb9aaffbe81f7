import CGraphviz

/// Refuses a parsed graph whose attributes would make Graphviz read files outside the
/// folders a ``FileAccess`` allows, or put links that run scripts into its output unless a
/// ``LinkPolicy`` allows them. One pass over every attribute value. Callers hold
/// ``GraphvizContext``'s lock.
enum UntrustedAttributeCheck {
    static func check(_ root: GraphPointer, _ access: FileAccess, _ links: LinkPolicy) throws(GraphvizError) {
        let kinds: [Int32] = [AGRAPH, AGNODE, AGEDGE]
        for kind in kinds {
            for symbol in CGraph.symbols(root, kind: kind) {
                let name = String(cString: symbol.pointee.name)
                try checkValue(CGraph.defaultValue(symbol), name, access, links)
                switch kind {
                case AGRAPH: try checkGraphs(root, symbol, name, access, links)
                case AGNODE:
                    for node in CGraph.nodes(root) { try checkValue(CGraph.value(UnsafeMutableRawPointer(node), symbol), name, access, links) }
                default:
                    for edge in CGraph.edges(root) { try checkValue(CGraph.value(UnsafeMutableRawPointer(edge), symbol), name, access, links) }
                }
            }
        }
    }

    private static func checkGraphs(_ graph: GraphPointer, _ symbol: SymbolPointer, _ name: String, _ access: FileAccess,
                                    _ links: LinkPolicy) throws(GraphvizError) {
        try checkValue(CGraph.value(UnsafeMutableRawPointer(graph), symbol), name, access, links)
        for subgraph in CGraph.subgraphs(graph) { try checkGraphs(subgraph, symbol, name, access, links) }
    }

    private static func checkValue(_ value: (text: String, isHTML: Bool), _ name: String, _ access: FileAccess,
                                   _ links: LinkPolicy) throws(GraphvizError) {
        if let link = links.forbiddenLink(in: value.text, attribute: name, isHTML: value.isHTML) {
            throw .forbiddenLink(attribute: value.isHTML ? "HREF" : name, value: link)
        }
        if name == "fontnames", !["", "svg", "ps", "gd"].contains(value.text) {
            throw .forbiddenFileAccess(attribute: name, path: value.text)
        }
        for path in FileAccess.paths(in: value.text, attribute: name, isHTML: value.isHTML) where !access.allows(path) {
            throw .forbiddenFileAccess(attribute: name, path: path)
        }
    }
}
