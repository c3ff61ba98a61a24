"""Times NetworkX betweenness and Louvain on an edge list, for bench/run.ts to compare with graphology."""
import json
import sys
import time

import networkx as nx

edges_path, runs = sys.argv[1], int(sys.argv[2])
graph = nx.Graph()
with open(edges_path) as handle:
    nodes = handle.readline().split()
    graph.add_nodes_from(nodes)
    for line in handle:
        a, b = line.split()
        graph.add_edge(a, b)


def timed(body):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


print(json.dumps({
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "betweenness": timed(lambda: nx.betweenness_centrality(graph, normalized=True)),
    "louvain": timed(lambda: nx.community.louvain_communities(graph, seed=1)),
}))
