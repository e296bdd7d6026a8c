"""A picture of the graph (PNG or SVG) for READMEs and quick looks, drawn with matplotlib.

Nodes are coloured by type and sized by PageRank, the most central ones labelled, with
a legend of the types. Big graphs are cut to their :data:`PICTURE_MAX_NODES` best-ranked
entities (the title says so): a picture of 100 000 dots tells nothing.

>>> import networkx as nx
>>> to_picture(nx.MultiDiGraph([("a", "b", "ceoOf")]), "png")[:4]
b'\\x89PNG'
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.exports.layout import layout
from kg.exports.style import TYPE_COLOURS, colour, node_sizes

__all__ = ["PICTURE_FORMATS", "PICTURE_LABELS", "PICTURE_MAX_NODES", "to_picture"]

PICTURE_FORMATS = ("png", "svg")
#: At most this many nodes are drawn (the best-ranked by PageRank).
PICTURE_MAX_NODES = 250
#: This many of the best-ranked nodes get a label.
PICTURE_LABELS = 25


def to_picture(graph: nx.Graph, fmt: str = "png", *, title: str = "kg-builder knowledge graph",
               labels: int = PICTURE_LABELS, dpi: int = 150) -> bytes:
    """Draw the graph; nodes may carry ``label``, ``kg_type`` and ``pagerank``.

    Parameters
    ----------
    graph : networkx.Graph
        Usually :func:`kg.exports.prepare.export_graph`'s result.
    fmt : {"png", "svg"}
    title : str
    labels : int
        Number of nodes labelled, by decreasing PageRank.
    dpi : int
        Resolution of a PNG.

    Examples
    --------
    >>> to_picture(nx.MultiDiGraph(), "svg")[:5]
    b'<?xml'
    """
    if fmt not in PICTURE_FORMATS:
        raise InputError(f"unknown picture format {fmt!r}", hint="png or svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    rank = {n: float(d.get("pagerank") or 0.0) for n, d in graph.nodes(data=True)}
    if graph.number_of_nodes() > PICTURE_MAX_NODES:
        keep = sorted(rank, key=lambda n: -rank[n])[:PICTURE_MAX_NODES]
        title += f" (the {PICTURE_MAX_NODES} most central of {graph.number_of_nodes()} entities)"
        graph = graph.subgraph(keep)
    simple = nx.Graph(graph.to_undirected(as_view=True)) if graph.is_multigraph() or graph.is_directed() else graph
    pos = {n: (x, y) for n, (x, y, _z) in layout(simple, scale=1.0).items()}
    crowd = min(1.0, (60 / max(simple.number_of_nodes(), 1)) ** 0.5)   # smaller discs in a crowd
    sizes = node_sizes({n: rank[n] for n in simple}, smallest=max(12.0, 40.0 * crowd), largest=max(300.0, 1400.0 * crowd))
    order = sorted(simple, key=lambda n: rank[n])   # the big ones drawn last, on top

    plt.rcParams["svg.fonttype"] = "none"   # real text in SVG, searchable and crisp
    fig, ax = plt.subplots(figsize=(14, 10))
    nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#b8b8b8", width=0.8, alpha=0.7)
    nx.draw_networkx_nodes(simple, pos, ax=ax, nodelist=order, node_size=[sizes[n] for n in order],
                           node_color=[colour(simple.nodes[n].get("kg_type")) for n in order],
                           edgecolors="white", linewidths=1.0)
    top = sorted(simple, key=lambda n: -rank[n])
    top = top if len(top) <= labels + 15 else top[:labels]   # small graphs: every node labelled
    texts = []
    for n in top:
        x, y = pos[n]
        offset = (sizes[n] ** 0.5) / 2 + 3   # points: just outside the disc
        texts.append(ax.annotate(
            _label(simple.nodes[n], n), (x, y), xytext=(0, offset), textcoords="offset points",
            ha="center", va="bottom", fontsize=10 if rank[n] >= rank[top[min(4, len(top) - 1)]] else 8.5,
            fontweight="bold" if n in top[:5] else "normal", color="#222222",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}))
    shown = _drop_overlapping(fig, texts)   # the more central label wins
    present = sorted({simple.nodes[n].get("kg_type") or "Other" for n in simple},
                     key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99)
    handles = [Line2D([0], [0], marker="o", linestyle="", markersize=10, markerfacecolor=colour(t),
                      markeredgecolor="white", label=t) for t in present]
    if handles:
        ax.legend(handles=handles, title="entity type", loc="upper left", frameon=True, fontsize=10)
    which = ("every entity" if shown == simple.number_of_nodes() else
             f"the {shown} most central entities" + (" that fit" if shown < len(top) else ""))
    ax.set_title(f"{title}\nnode size: PageRank; labels: {which}", fontsize=12)
    ax.margins(0.08)
    ax.set_axis_off()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return buf.getvalue()


def _drop_overlapping(fig: Any, texts: list[Any]) -> int:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    kept: list[Any] = []
    for t in texts:
        box = t.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(box.overlaps(k) for k in kept):
            t.remove()
        else:
            kept.append(box)
    return len(kept)


def _label(data: dict[str, Any], node: Any) -> str:
    text = str(data.get("label") or node)
    return text if len(text) <= 24 else text[:23] + "…"
