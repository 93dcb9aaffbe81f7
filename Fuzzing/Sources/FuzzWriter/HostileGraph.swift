import DOT

/// A graph built from fuzzer bytes, and what cgraph must read from our DOT of it.
///
/// The first byte says directed (bit 0) and strict (bit 1); the rest, split at 0xFF, are the
/// node IDs (as UTF-8, however malformed). Every node gets the next ID as its plain-text
/// label and its own ID as an HTML-like `xlabel`; edges join each node to the one three
/// places on; a cluster holds the nodes at odd places; the graph's label is the middle ID.
struct HostileGraph {
    struct Edge: Hashable {
        let tail: String, head: String, label: String
    }

    let graph: DOTGraph
    let ids: [String]
    let labels: [String: String]
    let edges: [Edge]
    let clusterName: String
    let clusterMembers: Set<String>
    let clusterLabel: String
    let graphLabel: String

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let flags = bytes.first else { return nil }
        var seen = Set<String>()
        // cgraph renames every ID that starts with "%" (its prefix for anonymous objects), and
        // DOT cannot hold U+0000, which the writer drops.
        ids = bytes.dropFirst().split(separator: 0xFF, omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView(String(decoding: $0, as: UTF8.self).unicodeScalars.filter { $0 != "\u{0}" })) }
            .filter { $0.utf8.first != UInt8(ascii: "%") && seen.insert($0).inserted }
        guard !ids.isEmpty else { return nil }
        let count = ids.count
        var graph = DOTGraph(strict: flags & 2 != 0, directed: flags & 1 != 0)
        var labels: [String: String] = [:]
        for (index, id) in ids.enumerated() {
            labels[id] = ids[(index + 1) % count]
            graph.addNode(id, ["label": .text(ids[(index + 1) % count]), "xlabel": .html(HTMLLabel(text: id))])
        }
        var cluster = DOTSubgraph.cluster(ids[0], attributes: ["label": .text(ids[count - 1])])
        clusterName = cluster.id ?? ""
        clusterLabel = ids[count - 1]
        clusterMembers = Set(ids.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        for member in ids.enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) { cluster.addNode(member) }
        graph.addSubgraph(cluster)
        var edges: [Edge] = []
        var joined = Set<[String]>()
        for (index, id) in ids.enumerated() {
            let head = ids[(index * 3 + 1) % count]
            // One edge a pair, so strict and plain graphs hold the same edges.
            guard joined.insert(graph.isDirected ? [id, head] : [id, head].sorted()).inserted else { continue }
            graph.addEdge(id, head, ["label": .text(id)])
            edges.append(Edge(tail: id, head: head, label: id))
        }
        graphLabel = ids[count / 2]
        graph.attributes["label"] = .text(graphLabel)
        self.graph = graph
        self.labels = labels
        self.edges = edges
    }
}
