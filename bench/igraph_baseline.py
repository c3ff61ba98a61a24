"""Times igraph (C) betweenness and Louvain on an edge list, for bench/run.ts to compare with graphology."""
import json
import sys

from baseline_timing import timed

import igraph as ig

edges_path, runs = sys.argv[1], int(sys.argv[2])
with open(edges_path) as handle:
    names = handle.readline().split()
    index = {name: i for i, name in enumerate(names)}
    pairs = [tuple(index[x] for x in line.split()) for line in handle if line.strip()]
graph = ig.Graph(n=len(names), edges=pairs, directed=False)

print(json.dumps({
    "nodes": graph.vcount(),
    "edges": graph.ecount(),
    # Not normalised: igraph leaves that to the caller, and dividing is not what is timed.
    "betweenness": timed(lambda: graph.betweenness(directed=False), runs),
    "louvain": timed(lambda: graph.community_multilevel(), runs),
}))
