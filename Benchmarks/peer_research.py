#!/usr/bin/env python3
"""NetworkX, igraph and networkit beside coopgraph-bench --research: the measures of
city-network research on one bench world (nodes.csv and links.csv from make_world.py).

Usage: peer_research.py FOLDER SOURCES_FILE REPEAT [--networkx-distances] [--threads T]

Each task is timed with time.perf_counter() on a graph built beforehand (building is its own
task), best of REPEAT runs (the all-pairs distances once). Prints one JSON object:
{"tasks": {name: {"igraph": s, "networkx": s, "networkit": s}}, "results": {name: {...}}}.
networkit runs on --threads threads (default: every core), the others on one.

  assortativity   degree assortativity of the multigraph, continent assortativity on the
                  entities with a continent (every link counts)
  clustering      average clustering (isolated as 0) and transitivity, simple graph
  distances       diameter, radius, average shortest-path length of the largest component
                  (igraph: the three calls added)
  distances_k200  eccentricity and mean distance from the given 200 sources
                  (NetworkX runs both distance tasks only with --networkx-distances)
  cores           core number of every entity, simple graph
  louvain         igraph community_multilevel / NetworkX louvain_communities (seed 0) /
                  networkit PLM (its Louvain, parallel, no refinement) on the graph weighted
                  by link counts, modularity of the result on the multigraph

networkit has no induced-subgraph assortativity of its own: like igraph's, its subgraph of
the entities with a continent is made before the timing. Its degree assortativity gives
another value than NetworkX's on the same multigraph, so it is reported, not compared.
Its average clustering is the mean of LocalClusteringCoefficient (isolated as 0), its
transitivity ClusteringCoefficient.exactGlobal.
"""
import csv
import json
import os
import sys
import time

import igraph as ig
import networkx as nx

folder, sources_file, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
nx_distances = "--networkx-distances" in sys.argv
threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else os.cpu_count()

with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
with open(folder + "/links.csv", newline="", encoding="utf-8") as f:
    links = [(r["source"], r["target"]) for r in csv.DictReader(f)]
ids = [r["id"] for r in rows]
index = {n: i for i, n in enumerate(ids)}
continent = {r["id"]: r["continent"] for r in rows if r["continent"]}
sources = [line for line in open(sources_file).read().split("\n") if line]

tasks, results = {}, {}


def best(function, times=repeat):
    elapsed, value = [], None
    for _ in range(times):
        start = time.perf_counter()
        value = function()
        elapsed.append(time.perf_counter() - start)
    return min(elapsed), value


def record(task, peer, seconds):
    tasks.setdefault(task, {})[peer] = seconds


# Building the graphs.
edges = [(index[a], index[b]) for a, b in links]
seconds, G = best(lambda: ig.Graph(n=len(ids), edges=edges, directed=False))
record("index", "igraph", seconds)


def _nx():
    graph = nx.MultiGraph()
    graph.add_nodes_from(ids)
    graph.add_edges_from(links)
    return graph


seconds, M = best(_nx)
record("index", "networkx", seconds)
simple = G.copy()
simple.simplify(multiple=True, loops=True)
S = nx.Graph(M)
S.remove_edges_from(list(nx.selfloop_edges(S)))

# Assortativity.
with_continent = [v for v in range(len(ids)) if ids[v] in continent]
codes = sorted(set(continent.values()))
sub = G.induced_subgraph(with_continent)
types = [codes.index(continent[ids[v]]) for v in with_continent]
seconds, value = best(lambda: (G.assortativity_degree(directed=False), sub.assortativity_nominal(types, directed=False)))
record("assortativity", "igraph", seconds)
results["assortativity"] = {"igraph": list(value)}
nx.set_node_attributes(M, continent, "continent")
MC = M.subgraph([n for n in ids if n in continent])
seconds, value = best(lambda: (nx.degree_assortativity_coefficient(M), nx.attribute_assortativity_coefficient(MC, "continent")), 1)
record("assortativity", "networkx", seconds)
results["assortativity"]["networkx"] = list(value)

# Clustering.
seconds, value = best(lambda: (simple.transitivity_avglocal_undirected(mode="zero"), simple.transitivity_undirected()))
record("clustering", "igraph", seconds)
results["clustering"] = {"igraph": list(value)}
seconds, value = best(lambda: (nx.average_clustering(S), nx.transitivity(S)), 1)
record("clustering", "networkx", seconds)
results["clustering"]["networkx"] = list(value)

# Distances on the largest component.
giant = simple.connected_components().giant()
seconds, value = best(lambda: (giant.diameter(directed=False), giant.radius(), giant.average_path_length(directed=False)), 1)
record("distances", "igraph", seconds)
results["distances"] = {"igraph": list(value), "size": giant.vcount()}
if nx_distances:
    L = S.subgraph(max(nx.connected_components(S), key=len))
    seconds, value = best(lambda: (nx.diameter(L), nx.radius(L), nx.average_shortest_path_length(L)), 1)
    record("distances", "networkx", seconds)
    results["distances"]["networkx"] = list(value)

# Distances from the sampled sources (ids of the largest component).
component = simple.connected_components()
largest = max(range(len(component)), key=lambda c: (len(component[c]), -min(component[c])))
giant_vertices = sorted(component[largest])
position = {v: i for i, v in enumerate(giant_vertices)}
source_positions = [position[index[s]] for s in sources]
giant = simple.induced_subgraph(giant_vertices)
seconds, matrix = best(lambda: giant.distances(source=source_positions))
record("distances_k200", "igraph", seconds)
eccentricities = [max(row) for row in matrix]
results["distances_k200"] = {"igraph": [max(eccentricities), min(eccentricities),
                                        sum(sum(row) for row in matrix) / (len(sources) * (giant.vcount() - 1))]}
L = S.subgraph([ids[v] for v in giant_vertices])
def nx_sampled():
    lengths = [nx.single_source_shortest_path_length(L, s) for s in sources]
    eccentricity = [max(d.values()) for d in lengths]
    return max(eccentricity), min(eccentricity), sum(sum(d.values()) for d in lengths) / (len(sources) * (L.number_of_nodes() - 1))
if nx_distances:
    seconds, value = best(nx_sampled, 1)
    record("distances_k200", "networkx", seconds)
    results["distances_k200"]["networkx"] = list(value)

# Core numbers.
seconds, value = best(lambda: simple.coreness())
record("cores", "igraph", seconds)
results["cores"] = {"igraph": value}
seconds, value = best(lambda: nx.core_number(S), 1)
record("cores", "networkx", seconds)
results["cores"]["networkx"] = [value[n] for n in ids]

# Louvain.
seconds, value = best(lambda: G.community_multilevel())
record("louvain", "igraph", seconds)
results["louvain"] = {"igraph": G.modularity(value.membership)}
seconds, value = best(lambda: nx.community.louvain_communities(M, seed=0), 1)
record("louvain", "networkx", seconds)
results["louvain"]["networkx"] = nx.community.modularity(M, value)



def run_networkit():
    """The measures networkit has, on its own graphs built beforehand like igraph's."""
    import networkit as nk
    nk.setNumberOfThreads(threads)
    n = len(ids)
    multigraph = nk.Graph(n, weighted=False, directed=False)
    counts = {}
    for a, b in edges:
        multigraph.addEdge(a, b)
        key = (min(a, b), max(a, b))
        counts[key] = counts.get(key, 0) + 1
    weighted = nk.Graph(n, weighted=True, directed=False)
    plain = nk.Graph(n, weighted=False, directed=False)
    for (a, b), count in counts.items():
        weighted.addEdge(a, b, count)
        if a != b:
            plain.addEdge(a, b)
    sub = nk.graphtools.subgraphFromNodes(multigraph, with_continent, compact=True)
    partition = nk.Partition(sub.numberOfNodes())
    partition.setUpperBound(len(codes))
    for position, code in enumerate(types):
        partition[position] = code

    def assortativity():
        degrees = [float(multigraph.degree(v)) for v in range(n)]
        return (nk.correlation.Assortativity(multigraph, degrees).run().getCoefficient(),
                nk.correlation.Assortativity(sub, partition).run().getCoefficient())
    seconds, value = best(assortativity)
    record("assortativity", "networkit", seconds)
    results["assortativity"]["networkit"] = list(value)

    def clustering():
        local = nk.centrality.LocalClusteringCoefficient(plain, turbo=True).run().scores()
        return sum(local) / len(local), nk.globals.ClusteringCoefficient.exactGlobal(plain)
    seconds, value = best(clustering)
    record("clustering", "networkit", seconds)
    results["clustering"]["networkit"] = list(value)

    seconds, value = best(lambda: nk.centrality.CoreDecomposition(plain).run().scores())
    record("cores", "networkit", seconds)
    results["cores"]["networkit"] = [int(core) for core in value]

    seconds, value = best(lambda: nk.community.PLM(weighted, refine=False).run().getPartition())
    record("louvain", "networkit", seconds)
    results["louvain"]["networkit"] = G.modularity(value.getVector())
    return nk.__version__


networkit_version = run_networkit()
print(json.dumps({"tasks": tasks, "results": results,
                  "versions": {"igraph": ig.__version__, "networkx": nx.__version__, "networkit": networkit_version}}))
