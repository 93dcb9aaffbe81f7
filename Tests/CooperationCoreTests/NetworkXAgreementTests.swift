import TestFixtures
import CooperationCore
import CooperationFormats
import Foundation
import Testing

/// The statistics agree with an independent implementation on NetworkX, run on the same
/// multi-city CSV pair: partners per continent, country coverage and shared networks (the
/// weighted bipartite projection, with the networks behind each weight).
@Suite struct NetworkXAgreementTests {
    static let script = #"""
    import csv, json, sys
    import networkx as nx
    from networkx.algorithms import bipartite

    folder = sys.argv[1]
    G = nx.MultiGraph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"], **row)
    with open(folder + "/links.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_edge(row["source"], row["target"], kind=row["kind"])

    cities = [n for n, d in G.nodes(data=True) if d["kind"] == "city"]
    result = {"partners": {}, "coverage": {}, "shared": []}
    for city in cities:
        partners = {v for v in G.neighbors(city) if v != city and G.nodes[v]["kind"] == "city"
                    and any(e["kind"] == "partner" for e in G.get_edge_data(city, v).values())}
        per = {}
        for p in partners:
            per[G.nodes[p]["continent"]] = per.get(G.nodes[p]["continent"], 0) + 1
        result["partners"][city] = per
        home = G.nodes[city]["country"]
        result["coverage"][city] = sorted({G.nodes[v]["country"] for v in G.neighbors(city)
                                           if v != city and G.nodes[v]["country"] and G.nodes[v]["country"] != home})

    B = nx.Graph()
    for u, v, k in G.edges(data="kind"):
        if k == "member":
            if G.nodes[u]["kind"] == "network":
                u, v = v, u
            B.add_node(u, bipartite=0)
            B.add_node(v, bipartite=1)
            B.add_edge(u, v)
    members = [n for n, b in B.nodes(data="bipartite") if b == 0]
    P = bipartite.weighted_projected_graph(B, members)
    for u, v, w in P.edges(data="weight"):
        a, b = min(u, v), max(u, v)
        names = sorted(G.nodes[n]["name"] for n in set(B[a]) & set(B[b]))
        result["shared"].append({"a": a, "b": b, "weight": w, "networks": names})
    result["shared"].sort(key=lambda p: (-p["weight"], p["a"], p["b"]))
    print(json.dumps(result))
    """#

    struct Oracle: Decodable {
        struct Pair: Decodable {
            let a: String
            let b: String
            let weight: Int
            let networks: [String]
        }
        let partners: [String: [String: Int]]
        let coverage: [String: [String]]
        let shared: [Pair]
    }

    @Test func statisticsAgreeWithNetworkX() throws {
        let oracle = try JSONDecoder().decode(Oracle.self, from: Fixtures.python(Self.script, arguments: [Fixtures.multiCity]))
        let dataset = try DatasetLoader.load([Fixtures.multiCity])
        let cities = dataset.entities.filter { $0.kind == .city }
        #expect(cities.count == 12)
        #expect(Set(oracle.partners.keys) == Set(cities.map(\.id)))
        for city in cities {
            let ours = Dictionary(uniqueKeysWithValues: dataset.partnersPerContinent(of: city.id).map { ($0.key.code, $0.value) })
            #expect(ours == oracle.partners[city.id], "partners per continent of \(city.id)")
            #expect(dataset.countryCoverage(of: city.id).map(\.country) == oracle.coverage[city.id], "coverage of \(city.id)")
        }
        let shared = dataset.sharedNetworks()
        #expect(!shared.isEmpty)
        #expect(shared.map(\.a) == oracle.shared.map(\.a))
        #expect(shared.map(\.b) == oracle.shared.map(\.b))
        #expect(shared.map(\.networks.count) == oracle.shared.map(\.weight))
        #expect(shared.map(\.networks) == oracle.shared.map(\.networks))
    }

    @Test func emptyContinentIsTakenFromTheCountry() throws {
        let folder = try Fixtures.temporaryFolder()
        try "id,kind,name,country,continent\na,city,A,PL,\nb,city,B,JP,\nc,city,C,BR,\n"
            .write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "source,target,kind,year\na,b,partner,2000\na,c,partnership,2001\n"
            .write(to: folder.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        let dataset = try DatasetLoader.load([folder.path])
        #expect(dataset.partnersPerContinent(of: "a") == [.asia: 1, .southAmerica: 1])
    }
}
