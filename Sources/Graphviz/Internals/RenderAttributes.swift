import CGraphviz
#if canImport(Glibc)
import Glibc
#endif

/// Sets graph attributes on a graph already laid out, for one render, and puts them back.
/// Most are read by every render (`pad`, `margin`, `viewport`); `dpi`, `resolution` and `size`
/// were read into the drawing record by the layout, which is filled from them again
/// (`cg_reread_drawing_fields`). Callers hold ``GraphvizContext``'s lock.
enum RenderAttributes {
    /// What a graph had before ``set(_:on:)``: each attribute's symbol and value, and the
    /// drawing record's fields.
    struct Saved {
        fileprivate let values: [(symbol: SymbolPointer, value: String)]
        fileprivate let fields: cg_drawing_fields
        fileprivate let rereads: Bool
    }

    /// Sets `attributes` on the root graph of a laid-out graph (declaring those it lacks, with
    /// an empty default) and fills the drawing record from them.
    static func set(_ attributes: [String: String], on graph: GraphPointer) -> Saved {
        let fields = cg_drawing_fields_of(graph)
        var values: [(SymbolPointer, String)] = []
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            guard let symbol = declared(name, on: graph) else { continue }
            values.append((symbol, CGraph.value(UnsafeMutableRawPointer(graph), symbol).text))
            assign(value, symbol, graph)
        }
        let rereads = attributes.keys.contains { ["dpi", "resolution", "size"].contains($0) }
        if rereads { cg_reread_drawing_fields(graph) }
        return Saved(values: values, fields: fields, rereads: rereads)
    }

    /// Sets `attributes` on the root graph of a graph not laid out yet, whose layout reads them.
    static func setBeforeLayout(_ attributes: [String: String], on graph: GraphPointer) {
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if let symbol = declared(name, on: graph) { assign(value, symbol, graph) }
        }
    }

    /// Puts back what ``set(_:on:)`` changed.
    static func restore(_ saved: Saved, on graph: GraphPointer) {
        for (symbol, value) in saved.values.reversed() { assign(value, symbol, graph) }
        if saved.rereads { cg_set_drawing_fields(graph, saved.fields) }
    }

    /// The root graph's symbol for `name` (`agattr`), declared with an empty default when missing.
    private static func declared(_ name: String, on graph: GraphPointer) -> SymbolPointer? {
        guard let cName = strdup(name) else { return nil }
        defer { free(cName) }
        if let symbol = agattr(graph, AGRAPH, cName, nil) { return symbol }
        guard let empty = strdup("") else { return nil }
        defer { free(empty) }
        return agattr(graph, AGRAPH, cName, empty)
    }

    /// `agxset` of a copy of `value` (cgraph keeps its own copy).
    private static func assign(_ value: String, _ symbol: SymbolPointer, _ graph: GraphPointer) {
        guard let copy = strdup(value) else { return }
        defer { free(copy) }
        agxset(UnsafeMutableRawPointer(graph), symbol, copy)
    }
}
