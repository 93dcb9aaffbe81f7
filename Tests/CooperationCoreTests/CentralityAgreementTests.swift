import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// Every analysis NetworkX also has, compared with NetworkX on the same graph: degree,
/// betweenness (exact, and from given sources), closeness, components, ego graph and the
/// weighted bipartite projection. Values agree to 1e-9.
@Suite struct CentralityAgreementTests {
    static let script = #"""
    import csv, json, sys
    import networkx as nx
    from networkx.algorithms import bipartite

    folder, sources_file, center = sys.argv[1], sys.argv[2], sys.argv[3]
    G = nx.MultiGraph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"], kind=row["kind"])
    with open(folder + "/links.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_edge(row["source"], row["target"], kind=row["kind"])
    sources = [line for line in open(sources_file).read().split("\n") if line]

    # NetworkX samples its own sources; to use ours, run its Brandes loop on them.
    from networkx.algorithms.centrality.betweenness import _single_source_shortest_path_basic, _accumulate_basic, _rescale
    sampled = dict.fromkeys(G, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(G, s)
        sampled, _ = _accumulate_basic(sampled, S, P, sigma, s)
    sampled = _rescale(sampled, len(G), normalized=True, directed=False, endpoints=False, sampled_nodes=sources)

    B = nx.Graph()
    for u, v, k in G.edges(data="kind"):
        if k in ("member", "membership"):
            if G.nodes[u]["kind"] == "network":
                u, v = v, u
            B.add_node(u, bipartite=0)
            B.add_node(v, bipartite=1)
            B.add_edge(u, v)
    P = bipartite.weighted_projected_graph(B, [n for n, b in B.nodes(data="bipartite") if b == 0])

    print(json.dumps({
        "degree": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G),
        "sampled": sampled,
        "closeness": nx.closeness_centrality(G),
        "components": sorted(sorted(c) for c in nx.connected_components(G)),
        "ego": sorted(nx.ego_graph(G, center, radius=2).nodes()),
        "projection": sorted([min(u, v), max(u, v), w] for u, v, w in P.edges(data="weight")),
    }))
    """#

    struct Oracle: Decodable {
        let degree: [String: Double]
        let betweenness: [String: Double]
        let sampled: [String: Double]
        let closeness: [String: Double]
        let components: [[String]]
        let ego: [String]
        let projection: [[Projected]]
    }

    enum Projected: Decodable, Equatable {
        case id(String), weight(Int)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .weight(number) } else { self = .id(try container.decode(String.self)) }
        }
    }

    static func expectClose(_ ours: [Double], _ theirs: [String: Double], ids: [String], _ what: String) {
        #expect(theirs.count == ids.count, "\(what): NetworkX has \(theirs.count) values, we have \(ids.count)")
        var worst = 0.0
        for (index, id) in ids.enumerated() {
            worst = max(worst, abs(ours[index] - (theirs[id] ?? .infinity)))
        }
        #expect(worst <= 1e-9, "\(what): largest difference \(worst)")
    }

    @Test(arguments: [(Fixtures.worldSmall, "city_1796236"), (Fixtures.multiCity, "krakow")])
    func analysesAgreeWithNetworkX(_ folder: String, _ center: String) throws {
        let dataset = try DatasetLoader.load([folder])
        let graph = GraphIndex(dataset)
        let sources = SourceFixture.sources(graph, count: 25)
        let sourcesFile = try Fixtures.temporaryFolder().appendingPathComponent("sources.txt")
        try sources.map { graph.ids[$0] }.joined(separator: "\n").write(to: sourcesFile, atomically: true, encoding: .utf8)
        let oracle = try JSONDecoder().decode(Oracle.self, from: Fixtures.python(Self.script, arguments: [folder, sourcesFile.path, center]))

        Self.expectClose(graph.degreeCentrality(), oracle.degree, ids: graph.ids, "degree")
        Self.expectClose(graph.betweenness(), oracle.betweenness, ids: graph.ids, "betweenness")
        Self.expectClose(graph.betweenness(sources: sources), oracle.sampled, ids: graph.ids, "betweenness from sources")
        Self.expectClose(graph.closeness(), oracle.closeness, ids: graph.ids, "closeness")

        let components = graph.components().map { $0.map { graph.ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(components == oracle.components)

        let centerIndex = try #require(dataset.index(of: center))
        #expect(graph.ego(of: centerIndex, radius: 2).map { graph.ids[$0.vertex] }.sorted() == oracle.ego)

        let projection = NetworkProjection(dataset)
        let ours = projection.pairs.map { [Projected.id(projection.ids[$0.a]), .id(projection.ids[$0.b]), .weight($0.weight)] }
        let sortedOurs = ours.sorted { "\($0)" < "\($1)" }, sortedTheirs = oracle.projection.sorted { "\($0)" < "\($1)" }
        #expect(sortedOurs == sortedTheirs)
    }

    @Test func topPairsAreHeaviestFirstWithTiesByIds() throws {
        let projection = NetworkProjection(try DatasetLoader.load([Fixtures.worldSmall]))
        let all = projection.sortedPairs()
        #expect(projection.top(10) == Array(all.prefix(10)))
        for (first, second) in zip(all, all.dropFirst()) {
            let ordered = first.weight > second.weight || (first.weight == second.weight
                && (projection.ids[first.a], projection.ids[first.b]) < (projection.ids[second.a], projection.ids[second.b]))
            #expect(ordered)
            if !ordered { break }
        }
        #expect(all.allSatisfy { projection.ids[$0.a] < projection.ids[$0.b] && projection.networks(of: $0).count == $0.weight })
    }

    @Test func betweennessIsTheSameOnEveryRun() throws {
        let graph = GraphIndex(try DatasetLoader.load([Fixtures.worldSmall]))
        #expect(graph.betweenness() == graph.betweenness())
    }
}

/// A fixed spread of source vertices.
enum SourceFixture {
    static func sources(_ graph: GraphIndex, count: Int) -> [Int] {
        Array(stride(from: 0, to: graph.count, by: max(1, graph.count / count)).prefix(count))
    }
}
