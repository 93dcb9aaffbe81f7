import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// The measures researchers of city networks report, compared with NetworkX on the same graph:
/// degree and attribute assortativity (on the multigraph and on the simple graph, which differ
/// where parallel links or self-links exist), clustering, transitivity, distances on the
/// largest component (exact and from sampled sources), core numbers, the modularity of our
/// Louvain partition and NetworkX's own Louvain, the disparity-filter backbone (against a short
/// implementation written here over NetworkX's projection) and the country and continent networks.
@Suite struct ResearchAgreementTests {
    static let script = #"""
    import csv, json, math, sys
    from collections import Counter, defaultdict
    import networkx as nx
    from networkx.algorithms import bipartite

    folder, sources_file, partitions_file, alpha = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    M = nx.MultiGraph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            M.add_node(row["id"], **{k: v for k, v in row.items() if v})
    with open(folder + "/links.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            M.add_edge(row["source"], row["target"], kind=row["kind"])
    S = nx.Graph(M)
    S.remove_edges_from(list(nx.selfloop_edges(S)))

    def number(x):
        return None if isinstance(x, float) and math.isnan(x) else x

    def attribute(G, name):
        return number(nx.attribute_assortativity_coefficient(G.subgraph([n for n, d in G.nodes(data=True) if name in d]), name))

    L = S.subgraph(max(nx.connected_components(S), key=len))
    sources = [line for line in open(sources_file).read().split("\n") if line]
    eccentricity = nx.eccentricity(L, v=sources)
    total = sum(sum(nx.single_source_shortest_path_length(L, s).values()) for s in sources)

    partitions = json.load(open(partitions_file))
    def communities(labels):
        groups = defaultdict(set)
        for node, label in labels.items():
            groups[label].add(node)
        return list(groups.values())

    B = nx.Graph()
    for u, v, k in M.edges(data="kind"):
        if k == "member" and M.nodes[v].get("kind") == "network" and u != v:
            B.add_node(u, bipartite=0)
            B.add_node(v, bipartite=1)
            B.add_edge(u, v)
    P = bipartite.weighted_projected_graph(B, [n for n, b in B.nodes(data="bipartite") if b == 0])
    strength = dict(P.degree(weight="weight"))
    backbone = []
    for u, v, w in P.edges(data="weight"):
        ends = [(1 - w / strength[x]) ** (P.degree(x) - 1) if P.degree(x) > 1 else 1.0 for x in (u, v)]
        if min(ends) < alpha:
            a, b = sorted((u, v))
            backbone.append({"a": a, "b": b, "weight": w, "alpha": min(ends),
                             "networks": sorted(M.nodes[n]["name"] for n in set(B[u]) & set(B[v]))})
    backbone.sort(key=lambda e: (-e["weight"], e["a"], e["b"]))

    countries = Counter()
    for u, v in M.edges():
        x, y = M.nodes[u].get("country"), M.nodes[v].get("country")
        if x and y:
            countries["|".join(sorted((x, y)))] += 1

    print(json.dumps({
        "degreeMulti": number(nx.degree_assortativity_coefficient(M)),
        "degreeSimple": number(nx.degree_assortativity_coefficient(S)),
        "continentMulti": attribute(M, "continent"),
        "continentSimple": attribute(S, "continent"),
        "countryMulti": attribute(M, "country"),
        "countrySimple": attribute(S, "country"),
        "triangles": nx.triangles(S),
        "averageClustering": nx.average_clustering(S),
        "transitivity": nx.transitivity(S),
        "componentSize": L.number_of_nodes(),
        "diameter": nx.diameter(L),
        "radius": nx.radius(L),
        "averageDistance": nx.average_shortest_path_length(L),
        "sampledDiameter": max(eccentricity.values()),
        "sampledRadius": min(eccentricity.values()),
        "sampledAverage": total / (len(sources) * (L.number_of_nodes() - 1)),
        "cores": nx.core_number(S),
        "mainCore": sorted(nx.k_core(S).nodes()),
        "modularityMulti": nx.community.modularity(M, communities(partitions["multigraph"])),
        "modularitySimple": nx.community.modularity(S, communities(partitions["simple"])),
        "louvainBest": max(nx.community.modularity(M, nx.community.louvain_communities(M, seed=s)) for s in range(5)),
        "backbone": backbone,
        "countries": countries,
    }))
    """#

    struct Oracle: Decodable {
        let degreeMulti, degreeSimple, continentMulti, continentSimple, countryMulti, countrySimple: Double?
        let triangles: [String: Int]
        let averageClustering, transitivity: Double
        let componentSize, diameter, radius: Int
        let averageDistance: Double
        let sampledDiameter, sampledRadius: Int
        let sampledAverage: Double
        let cores: [String: Int]
        let mainCore: [String]
        let modularityMulti, modularitySimple, louvainBest: Double
        let backbone: [DisparityBackbone.Edge]
        let countries: [String: Int]
    }

    /// Equal to 1e-9, NaN matching NetworkX's NaN (`nil` in its JSON).
    static func expectClose(_ ours: Double, _ theirs: Double?, _ what: String) {
        guard let theirs else {
            #expect(ours.isNaN, "\(what): NetworkX gives NaN, we give \(ours)")
            return
        }
        #expect(abs(ours - theirs) <= 1e-9, "\(what): ours \(ours), NetworkX \(theirs)")
    }

    /// Nodes with multi-links (a–b twice), a self-link (c), an isolated city (d), an entity
    /// with no country or continent (n), a triangle and a tail, in two countries and continents.
    static func smallFixture() throws -> String {
        let folder = try Fixtures.temporaryFolder()
        try """
        id,kind,name,country,continent
        a,city,A,PL,EU
        b,city,B,PL,EU
        c,city,C,DE,EU
        d,city,D,JP,AS
        e,city,E,JP,AS
        f,city,F,CN,AS
        n,network,N,,
        m,network,M,,

        """.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try """
        source,target,kind,year
        a,b,partner,2000
        a,b,partner,2001
        b,c,partner,2002
        a,c,partner,2003
        c,c,partner,2004
        c,e,partner,2005
        e,f,partner,2006
        a,n,member,2000
        b,n,member,2000
        c,n,member,2000
        e,n,member,2000
        a,m,member,2000
        b,m,member,2000
        f,m,member,2000

        """.write(to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test(arguments: ["world-small", "multi-city", "hand-made"])
    func measuresAgreeWithNetworkX(_ name: String) throws {
        let folder = name == "world-small" ? Fixtures.worldSmall : name == "multi-city" ? Fixtures.multiCity : try Self.smallFixture()
        let dataset = try DatasetLoader.load([folder])
        let graph = GraphIndex(dataset)
        let sampled = graph.distances(samples: max(2, graph.count / 40), seed: 7)
        let multi = Louvain.communities(dataset, counting: .multigraph, seed: 1)
        let simple = Louvain.communities(dataset, counting: .simple, seed: 1)
        let temporary = try Fixtures.temporaryFolder()
        let sourcesFile = temporary.appendingPathComponent("sources.txt"), partitionsFile = temporary.appendingPathComponent("partitions.json")
        try (sampled.sources ?? []).map { graph.ids[$0] }.joined(separator: "\n").write(to: sourcesFile, atomically: true, encoding: .utf8)
        let labels = { (partition: CommunityPartition) in Dictionary(uniqueKeysWithValues: graph.ids.enumerated().map { ($0.element, partition.membership[$0.offset]) }) }
        try JSONEncoder().encode(["multigraph": labels(multi), "simple": labels(simple)]).write(to: partitionsFile)
        let oracle = try JSONDecoder().decode(Oracle.self, from: Fixtures.python(Self.script, arguments: [folder, sourcesFile.path, partitionsFile.path, "0.3"]))

        Self.expectClose(dataset.degreeAssortativity(counting: .multigraph), oracle.degreeMulti, "degree assortativity, multigraph")
        Self.expectClose(dataset.degreeAssortativity(counting: .simple), oracle.degreeSimple, "degree assortativity, simple")
        Self.expectClose(dataset.continentAssortativity(counting: .multigraph), oracle.continentMulti, "continent assortativity, multigraph")
        Self.expectClose(dataset.continentAssortativity(counting: .simple), oracle.continentSimple, "continent assortativity, simple")
        Self.expectClose(dataset.countryAssortativity(counting: .multigraph), oracle.countryMulti, "country assortativity, multigraph")
        Self.expectClose(dataset.countryAssortativity(counting: .simple), oracle.countrySimple, "country assortativity, simple")
        if name != "world-small" {
            // Parallel links and self-links are there, and the two countings must see them.
            #expect(dataset.degreeAssortativity(counting: .multigraph) != dataset.degreeAssortativity(counting: .simple))
        }

        let triangles = graph.triangles()
        #expect(Dictionary(uniqueKeysWithValues: zip(graph.ids, triangles)) == oracle.triangles)
        Self.expectClose(graph.averageClustering(triangles: triangles), oracle.averageClustering, "average clustering")
        Self.expectClose(graph.transitivity(triangles: triangles), oracle.transitivity, "transitivity")

        let exact = graph.distances()
        #expect(exact.componentSize == oracle.componentSize)
        #expect(exact.diameter == oracle.diameter)
        #expect(exact.radius == oracle.radius)
        Self.expectClose(exact.averageDistance, oracle.averageDistance, "average distance")
        #expect(exact.sampleSize == nil)
        #expect(sampled.diameter == oracle.sampledDiameter)
        #expect(sampled.radius == oracle.sampledRadius)
        Self.expectClose(sampled.averageDistance, oracle.sampledAverage, "sampled average distance")

        let cores = graph.coreNumbers()
        #expect(Dictionary(uniqueKeysWithValues: zip(graph.ids, cores)) == oracle.cores)
        #expect(graph.mainCore(coreNumbers: cores).members.map { graph.ids[$0] }.sorted() == oracle.mainCore)

        Self.expectClose(multi.modularity, oracle.modularityMulti, "modularity of our partition, multigraph")
        Self.expectClose(simple.modularity, oracle.modularitySimple, "modularity of our partition, simple")
        #expect(multi.modularity >= oracle.louvainBest - 0.01, "Louvain: ours \(multi.modularity), NetworkX's best of 5 \(oracle.louvainBest)")

        let backbone = DisparityBackbone(dataset, alpha: 0.3)
        #expect(backbone.edges.map(\.a) == oracle.backbone.map(\.a))
        #expect(backbone.edges.map(\.b) == oracle.backbone.map(\.b))
        #expect(backbone.edges.map(\.weight) == oracle.backbone.map(\.weight))
        #expect(backbone.edges.map(\.networks) == oracle.backbone.map(\.networks))
        for (ours, theirs) in zip(backbone.edges, oracle.backbone) { Self.expectClose(ours.alpha, theirs.alpha, "disparity α of \(ours.a)–\(ours.b)") }

        let countries = AggregatedNetwork(dataset, level: .country)
        #expect(Dictionary(uniqueKeysWithValues: countries.edges.map { ("\($0.a)|\($0.b)", $0.weight) }) == oracle.countries)
    }
}
