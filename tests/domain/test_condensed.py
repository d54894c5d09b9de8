"""Exact path arithmetic against brute force: random small graphs with loops and branches, every path listed.

The brute force shares nothing with ``domain.condensed``: loops are found as sets of touchpoints that reach
each other (a hand-written reachability closure), and every path of loops-as-steps is listed by recursion.
"""

from __future__ import annotations

from fractions import Fraction

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain.condensed import Condensed


def reach(nodes: list[int], edges: set[tuple[int, int]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {n: set() for n in nodes}
    for n in nodes:
        todo = [n]
        while todo:
            a = todo.pop()
            for x, y in edges:
                if x == a and y not in out[n]:
                    out[n].add(y)
                    todo.append(y)
    return out


class Brute:
    """Every path of a graph with each loop as one step, listed."""

    def __init__(self, nodes: list[int], edges: set[tuple[int, int]]) -> None:
        r = reach(nodes, edges)
        self.step = {n: frozenset([n] + [m for m in nodes if m in r[n] and n in r[m]]) for n in nodes}
        steps = set(self.step.values())
        succ = {s: {self.step[y] for x, y in edges if x in s and self.step[y] != s} for s in steps}
        entries = [n for n in nodes if not any(y == n for _, y in edges) and any(x == n for x, _ in edges)]
        exits = {n for n in nodes if not any(x == n for x, _ in edges) and any(y == n for _, y in edges)}
        self.entries, self.exits = entries, exits
        self.paths: list[list[frozenset[int]]] = []

        def walk(route: list[frozenset[int]]) -> None:
            if route[-1] & exits:
                self.paths.append(route)
            for s in succ[route[-1]]:
                walk([*route, s])

        for e in entries:
            walk([self.step[e]])


graphs = st.integers(1, 12).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda e: e[0] != e[1]), max_size=24),
        st.dictionaries(st.integers(0, n - 1), st.integers(-2, 2)),
        st.dictionaries(st.integers(0, n - 1), st.integers(0, 3)),
    )
)


def build(n: int, edges: set[tuple[int, int]]) -> tuple[Brute, Condensed]:
    brute = Brute(list(range(n)), edges)
    g = nx.DiGraph()
    g.add_nodes_from(str(i) for i in range(n))
    g.add_edges_from((str(a), str(b)) for a, b in sorted(edges))
    cond = Condensed(g, [str(e) for e in brute.entries], [str(x) for x in brute.exits], int)
    return brute, cond


def steps_of(cond: Condensed, ids: tuple[str, ...]) -> list[frozenset[int]]:
    """A path of touchpoint ids back as its steps (each step's touchpoints are listed together)."""
    out: list[frozenset[int]] = []
    for t in ids:
        s = frozenset(int(m) for m in cond.members[cond.step[t]])
        if not out or out[-1] != s:
            out.append(s)
    return out


@settings(max_examples=300, deadline=None)
@given(graphs)
def test_counts_shares_and_barriers_match_every_path_listed(case) -> None:
    n, edges, _values, _pains = case
    brute, cond = build(n, edges)
    assert cond.total == len(brute.paths)
    for t in range(n):
        on = sum(brute.step[t] in p for p in brute.paths)
        assert cond.through(str(t)) == on
        assert cond.share(str(t)) == (on / len(brute.paths) if brute.paths else 0)
    # Every path, listed one by one, each once.
    listed = [steps_of(cond, ids) for ids in cond.paths()]

    def key(route: list[frozenset[int]]) -> tuple[tuple[int, ...], ...]:
        return tuple(tuple(sorted(s)) for s in route)

    assert sorted(map(key, listed)) == sorted(map(key, brute.paths)) and len(listed) == len(brute.paths)
    # The barriers: the steps on every path, in path order.
    common = [s for s in brute.paths[0] if all(s in p for p in brute.paths)] if brute.paths else []
    assert [frozenset(int(m) for m in ids) for ids in cond.barriers()] == common


@settings(max_examples=300, deadline=None)
@given(graphs)
def test_lowest_mean_and_most_pain_points_match_every_path_listed(case) -> None:
    n, edges, values, pains = case
    brute, cond = build(n, edges)
    by_id = {str(t): float(v) for t, v in values.items()}
    means = []
    for p in brute.paths:
        vals = [values[t] for s in p for t in s if t in values]
        if vals:
            means.append(Fraction(sum(vals), len(vals)))
    worst = cond.lowest_mean(by_id)
    if not means:
        assert worst is None
    else:
        assert worst is not None and abs(worst.value - float(min(means))) < 1e-9
        route = steps_of(cond, worst.ids)
        assert route in brute.paths  # a real path, whose own mean is the lowest
        vals = [values[t] for s in route for t in s if t in values]
        assert Fraction(sum(vals), len(vals)) == min(means)
    totals = [sum(pains.get(t, 0) for s in p for t in s) for p in brute.paths]
    most = cond.most({str(t): c for t, c in pains.items()})
    if not totals or max(totals) == 0:
        assert most is None
    else:
        assert most is not None and most.value == max(totals)
        route = steps_of(cond, most.ids)
        assert route in brute.paths and sum(pains.get(t, 0) for s in route for t in s) == max(totals)


def test_the_mean_is_a_ratio_not_a_sum() -> None:
    """A long path of mild pain against a short one of sharp pain: the least sum is not the least mean."""
    g = nx.DiGraph()
    g.add_edges_from([("in", "a1"), ("a1", "a2"), ("a2", "a3"), ("a3", "out"), ("in", "b"), ("b", "out")])
    cond = Condensed(g, ["in"], ["out"], ["in", "a1", "a2", "a3", "b", "out"].index)
    values = {"in": 0.0, "a1": -1.0, "a2": -1.0, "a3": -1.0, "b": -2.0, "out": 0.0}
    worst = cond.lowest_mean(values)
    assert worst is not None and worst.ids == ("in", "b", "out") and abs(worst.value + 2 / 3) < 1e-12
    assert cond.most({"a1": 1, "a2": 1, "b": 1}) is not None
