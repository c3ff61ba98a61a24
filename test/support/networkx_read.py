"""Reads a GraphML or GEXF file with NetworkX and prints, as JSON, the graph it holds or why it refused.

`probe` prints the NetworkX version and whether its GEXF reader knows version 1.3.
"""

import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF


def probe():
    return {"version": nx.__version__, "gexf13": "1.3" in GEXF.versions}


def read(fmt, path):
    reader = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}[fmt]
    try:
        g = reader(path)
    except nx.NetworkXError as error:
        return {"refused": str(error)}
    if g.is_multigraph():
        edges = [{"key": k, "source": u, "target": v, "data": d} for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [{"key": None, "source": u, "target": v, "data": d} for u, v, d in g.edges(data=True)]
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": g.graph,
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }


if __name__ == "__main__":
    result = probe() if sys.argv[1] == "probe" else read(sys.argv[1], sys.argv[2])
    print(json.dumps(result, default=str))
