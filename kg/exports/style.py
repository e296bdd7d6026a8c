"""How entities look in exports and pictures: a colour per type, a size from PageRank.

Colours are opaque ``#rrggbb`` (Gephi Lite ignores colours with alpha); the palette is
Tableau 10, readable on white and told apart by most colour-blind readers.

>>> colour("Person")
'#e15759'
>>> node_sizes({"a": 0.5, "b": 0.0})
{'a': 40.0, 'b': 4.0}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["TYPE_COLOURS", "colour", "node_sizes", "rgb"]

TYPE_COLOURS = {
    "Organization": "#4e79a7",
    "Person": "#e15759",
    "AIModel": "#59a14f",
    "Hardware": "#f28e2b",
    "Product": "#b07aa1",
    "Concept": "#76b7b2",
}
_OTHER = "#9c9c9c"


def colour(kg_type: str | None) -> str:
    """The ``#rrggbb`` colour of an entity type (grey for an unknown one).

    Examples
    --------
    >>> colour(None)
    '#9c9c9c'
    """
    return TYPE_COLOURS.get(kg_type or "", _OTHER)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three integers.

    Examples
    --------
    >>> rgb("#4e79a7")
    (78, 121, 167)
    """
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def node_sizes(pagerank: Mapping[Any, float], *, smallest: float = 4.0, largest: float = 40.0) -> dict[Any, float]:
    """Sizes from PageRank, by square root so that area grows with the score.

    Examples
    --------
    >>> node_sizes({"a": 1.0, "b": 0.25}, smallest=0.0, largest=10.0)
    {'a': 10.0, 'b': 5.0}
    """
    top = max(pagerank.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(pagerank, smallest)
    return {n: round(smallest + (largest - smallest) * (max(p, 0.0) / top) ** 0.5, 3) for n, p in pagerank.items()}
