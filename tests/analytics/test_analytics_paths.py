"""Shortest paths between entities."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import project, shortest_path
from kg.analytics.sample import SAMPLE_BASE as ID
from kg.errors import NotFoundError


def test_shortest_path_ceo_to_ceo_goes_through_their_companies_and_a_gpu(sample_ro):
    steps = shortest_path(project(sample_ro), "Marta Keller", "Jensen Huang")
    assert len(steps) == 4
    assert steps[0]["source"] == ID + "marta-keller" and steps[0]["target"] == ID + "meta"
    assert steps[-1]["source"] == ID + "jensen-huang" and steps[-1]["target"] == ID + "nvidia"
    assert steps[1]["predicate"] == "usesHardware" and steps[1]["weight"] == 2


def test_steps_keep_the_direction_of_the_relation(sample_ro):
    steps = shortest_path(project(sample_ro), "Meta", "Marta Keller")
    assert steps[0]["source"] == ID + "marta-keller" and steps[0]["predicate"] in {"ceoOf", "founderOf"}


def test_no_path_and_unknown_entity():
    g = nx.MultiDiGraph()
    g.add_nodes_from(["a", "b"])
    with pytest.raises(NotFoundError, match="no path"):
        shortest_path(g, "a", "b")
    with pytest.raises(NotFoundError):
        shortest_path(g, "a", "zzz")
    assert shortest_path(g, "a", "a") == []
