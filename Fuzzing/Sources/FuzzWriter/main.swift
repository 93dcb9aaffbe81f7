// Fuzzes our DOT writer: graphs built from hostile strings (HostileGraph) are written as DOT,
// read by cgraph, and must come back with every ID, label, edge and cluster they were given.
// See ../Scripts/fuzz.sh.
import DOT
import FuzzSupport
import Graphviz

/// What cgraph 2.43 holds after reading a quoted value `raw` with no odd backslash run: its
/// lexer drops a line break with a `"`, a backslash or an end on both sides, and no quoted
/// form keeps it (IDs are written as HTML-like IDs then; values cannot be).
func keptByCgraph(_ raw: String) -> String {
    let scalars = Array(raw.unicodeScalars)
    func isEscapeOrEnd(_ index: Int) -> Bool {
        !scalars.indices.contains(index) || scalars[index] == "\"" || scalars[index] == "\\"
    }
    var kept = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() where !(scalar == "\n" && isEscapeOrEnd(index - 1) && isEscapeOrEnd(index + 1)) {
        kept.append(scalar)
    }
    return String(kept)
}

/// What cgraph 2.43 reads back as the ID `text` from our writer. It writes an ID that a quoted
/// string cannot hold as an HTML-like ID, which keeps it, when its angle brackets balance;
/// otherwise it gives an odd run of backslashes before a `"`, a line break or the end one
/// more backslash, and a lone line break is dropped as in values.
func expectedID(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var depth = 0, balanced = true
    for scalar in scalars {
        if scalar == "<" { depth += 1 }
        if scalar == ">" { depth -= 1; if depth < 0 { balanced = false } }
    }
    balanced = balanced && depth == 0
    var mended = String.UnicodeScalarView()
    var backslashes = 0
    for scalar in scalars {
        if scalar == "\\" { backslashes += 1; mended.append(scalar); continue }
        if backslashes % 2 == 1, scalar == "\"" || scalar == "\n" { mended.append("\\") }
        backslashes = 0
        mended.append(scalar)
    }
    if backslashes % 2 == 1 { mended.append("\\") }
    let read = keptByCgraph(String(mended))
    return read != text && balanced ? text : read
}

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
    let read = Dictionary(uniqueKeysWithValues: hostile.ids.map { ($0, expectedID($0)) })
    // Two IDs that read back the same (the documented lossy case) make one node.
    guard Set(read.values).count == hostile.ids.count else { return 0 }
    if Set(canonical.nodes.keys) != Set(read.values) {
        LibFuzzer.fail("node IDs \(hostile.ids.map(\.debugDescription)) read back as \(canonical.nodes.keys.map(\.debugDescription))")
    }
    // cgraph 2.43 keeps one copy of each string of a graph, with the HTML flag of its first
    // appearance. Our writer writes an ID with an HTML value's text HTML-like, so only plain
    // values (as cgraph reads them), attribute names and cgraph's own strings (`\N`, records
    // named `_AG_…`) can take an HTML value's flag.
    var plain: Set<String> = ["label", "xlabel", "\\N"]
    for text in hostile.ids + [hostile.clusterLabel, hostile.graphLabel] {
        plain.insert(keptByCgraph(DOTValue.text(text).rawValue))
    }
    for id in hostile.ids {
        let attributes = canonical.nodes[read[id] ?? id]
        if value(attributes, "label") != keptByCgraph(DOTValue.text(hostile.labels[id] ?? "").rawValue) {
            LibFuzzer.fail("the label of \(id.debugDescription) read back as \(value(attributes, "label").debugDescription), not \(keptByCgraph(DOTValue.text(hostile.labels[id] ?? "").rawValue).debugDescription), from:\n\(hostile.graph.dotText)")
        }
        let markup = HTMLLabel(text: id).markup
        if value(attributes, "xlabel") != markup || (!markup.isEmpty && !plain.contains(markup) && !markup.hasPrefix("_AG_") && attributes?["xlabel"]?.isHTML != true) {
            LibFuzzer.fail("the HTML xlabel of \(id.debugDescription) read back as \(String(describing: attributes?["xlabel"]))")
        }
    }
    let edges = canonical.edges.map { HostileGraph.Edge(tail: $0.tail, head: $0.head, label: value($0.attributes, "label")) }
    let expected = hostile.edges.map { HostileGraph.Edge(tail: read[$0.tail] ?? "", head: read[$0.head] ?? "", label: keptByCgraph(DOTValue.text($0.label).rawValue)) }
    if edges.count != expected.count || Set(edges) != Set(expected) {
        LibFuzzer.fail("edges \(expected) read back as \(edges)")
    }
    let cluster = canonical.subgraphs[expectedID(hostile.clusterName)]
    if cluster?.nodes != Set(hostile.clusterMembers.map { read[$0] ?? "" }) || value(cluster?.attributes, "label") != keptByCgraph(DOTValue.text(hostile.clusterLabel).rawValue) {
        LibFuzzer.fail("cluster \(hostile.clusterName.debugDescription) read back as \(String(describing: cluster)) from:\n\(hostile.graph.dotText)")
    }
    if value(canonical.attributes, "label") != keptByCgraph(DOTValue.text(hostile.graphLabel).rawValue) {
        LibFuzzer.fail("the graph label \(hostile.graphLabel.debugDescription) read back as \(value(canonical.attributes, "label").debugDescription)")
    }
    if canonical.isDirected != hostile.graph.isDirected || canonical.isStrict != hostile.graph.isStrict {
        LibFuzzer.fail("the graph's kind changed")
    }
    return 0
}
