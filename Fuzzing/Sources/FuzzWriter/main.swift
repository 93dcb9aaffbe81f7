// Fuzzes our DOT writer: graphs built from hostile strings (HostileGraph) are written as DOT,
// read by cgraph, and must come back with every ID, label, edge and cluster they were given.
// See ../Scripts/fuzz.sh.
import DOT
import FuzzSupport
import Graphviz

LibFuzzer.run { start, count in
    guard let start, let hostile = HostileGraph(UnsafeBufferPointer(start: start, count: count)) else { return 0 }
    let canonical: CanonicalGraph
    do {
        canonical = try Graphviz.canonicalForm(of: hostile.graph.dotText)
    } catch {
        LibFuzzer.fail("cgraph cannot read our DOT of IDs \(hostile.ids.map(\.debugDescription)): \(error)")
    }
    func value(_ attributes: [String: CanonicalGraph.Value]?, _ name: String) -> String {
        attributes?[name]?.text ?? ""
    }
    if Set(canonical.nodes.keys) != Set(hostile.ids) {
        LibFuzzer.fail("node IDs \(hostile.ids.map(\.debugDescription)) read back as \(canonical.nodes.keys.map(\.debugDescription))")
    }
    // cgraph 2.43 keeps one copy of each string of a graph: an HTML-like value whose text is
    // also a plain string of the graph (a name, another value) shares that string's flag.
    var plain: Set<String> = ["label", "xlabel", "\\N", hostile.clusterName]
    for text in hostile.ids + [hostile.clusterLabel, hostile.graphLabel] {
        plain.insert(text)
        plain.insert(DOTValue.text(text).rawValue)
    }
    for id in hostile.ids {
        let attributes = canonical.nodes[id]
        if value(attributes, "label") != DOTValue.text(hostile.labels[id] ?? "").rawValue {
            LibFuzzer.fail("the label of \(id.debugDescription) read back as \(value(attributes, "label").debugDescription)")
        }
        let markup = HTMLLabel(text: id).markup
        if value(attributes, "xlabel") != markup || (!markup.isEmpty && !plain.contains(markup) && attributes?["xlabel"]?.isHTML != true) {
            LibFuzzer.fail("the HTML xlabel of \(id.debugDescription) read back as \(String(describing: attributes?["xlabel"]))")
        }
    }
    let edges = canonical.edges.map { HostileGraph.Edge(tail: $0.tail, head: $0.head, label: value($0.attributes, "label")) }
    let expected = hostile.edges.map { HostileGraph.Edge(tail: $0.tail, head: $0.head, label: DOTValue.text($0.label).rawValue) }
    if edges.count != expected.count || Set(edges) != Set(expected) {
        LibFuzzer.fail("edges \(expected) read back as \(edges)")
    }
    let cluster = canonical.subgraphs[hostile.clusterName]
    if cluster?.nodes != hostile.clusterMembers || value(cluster?.attributes, "label") != DOTValue.text(hostile.clusterLabel).rawValue {
        LibFuzzer.fail("cluster \(hostile.clusterName.debugDescription) read back as \(String(describing: cluster))")
    }
    if value(canonical.attributes, "label") != DOTValue.text(hostile.graphLabel).rawValue {
        LibFuzzer.fail("the graph label \(hostile.graphLabel.debugDescription) read back as \(value(canonical.attributes, "label").debugDescription)")
    }
    if canonical.isDirected != hostile.graph.isDirected || canonical.isStrict != hostile.graph.isStrict {
        LibFuzzer.fail("the graph's kind changed")
    }
    return 0
}
