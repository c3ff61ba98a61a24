"""Times NetworkX betweenness and Louvain on an edge list, for bench/run.ts to compare with graphology."""
import json
import sys

from baseline_timing import timed

import networkx as nx

edges_path, runs = sys.argv[1], int(sys.argv[2])
graph = nx.Graph()
with open(edges_path) as handle:
    nodes = handle.readline().split()
    graph.add_nodes_from(nodes)
    for line in handle:
        a, b = line.split()
        graph.add_edge(a, b)

print(json.dumps({
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "betweenness": timed(lambda: nx.betweenness_centrality(graph, normalized=True), runs),
    "louvain": timed(lambda: nx.community.louvain_communities(graph, seed=1), runs),
}))
