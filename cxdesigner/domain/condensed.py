"""Exact path arithmetic on the journey graph with each loop taken as one step.

``Condensed`` reads a touchpoint graph through ``networkx.condensation``: every strongly connected
component (a loop, or one touchpoint) is one step, and a path is a path of steps from a component holding
an entry to one holding an exit. On that acyclic graph everything is dynamic programming over one
topological order, never a list of paths: the exact number of paths (Python ints, so no overflow), the
paths through each touchpoint (paths into its step times paths out of it), the barriers every path passes
(``networkx.immediate_dominators`` from one root before the entries to one sink after the exits), the path
with the lowest mean of a node weight (Dinkelbach's parametric search: the mean ``W/K`` is lowest at the
``λ`` where the least ``Σ(w - λk)`` over paths is zero, each step a shortest path over the DAG), and the path
with the most of a countable thing. A step through a loop counts all its touchpoints: a customer sent
round it meets each of them. ``paths`` lists paths one by one, for people to look at, not for answers.
Hand-written: the three dynamic programmes (networkx counts no paths, and its DAG longest path takes edge
weights only, not a ratio) and the ``λ`` iteration.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass

import networkx as nx

DINKELBACH_ROUNDS = 200  # never reached in practice: λ falls strictly at each round, a handful suffice
EPSILON = 1e-9  # relative: λ stops falling once the best Σ(w - λk) is within rounding of zero


@dataclass(frozen=True, slots=True)
class Extreme:
    """The path (touchpoint ids in order) with the lowest mean, or the highest total, and that value."""

    ids: tuple[str, ...]
    value: float


class Condensed:
    """One touchpoint graph, condensed, with the path counts into and out of every step."""

    def __init__(
        self,
        graph: nx.DiGraph,
        entries: Collection[str],
        exits: Collection[str],
        rank: Callable[[str], int],
    ) -> None:
        self.graph = graph
        cond = nx.condensation(graph)
        self.cond = cond
        self.step: Mapping[str, int] = cond.graph["mapping"]
        self.members: dict[int, tuple[str, ...]] = {
            c: tuple(sorted(cond.nodes[c]["members"], key=rank)) for c in cond.nodes
        }
        first = {c: rank(m[0]) for c, m in self.members.items()}
        self.order: list[int] = list(nx.topological_sort(cond))
        self.first = first
        self.sources = {self.step[e] for e in entries}
        self.sinks = {self.step[x] for x in exits}
        into = dict.fromkeys(self.order, 0)
        for c in self.order:
            into[c] = (c in self.sources) + sum(into[p] for p in cond.predecessors(c))
        out = dict.fromkeys(self.order, 0)
        for c in reversed(self.order):
            out[c] = (c in self.sinks) + sum(out[s] for s in cond.successors(c))
        self.into, self.out = into, out
        self.total: int = sum(into[c] for c in self.sinks)
        # The steps on some path: reached from an entry and reaching an exit, in topological order.
        self.useful = [c for c in self.order if into[c] and out[c]]
        useful = set(self.useful)
        by_rank = first.__getitem__
        self.preds = {c: sorted((p for p in cond.predecessors(c) if p in useful), key=by_rank) for c in useful}
        self.succs = {c: sorted((s for s in cond.successors(c) if s in useful), key=by_rank) for c in useful}
        self._barriers: list[tuple[str, ...]] | None = None

    # ---------------------------------------------------------------- counts
    def through(self, tid: str) -> int:
        """The number of paths through a touchpoint (through its loop, for a touchpoint on one)."""
        c = self.step[tid]
        return self.into[c] * self.out[c]

    def share(self, tid: str) -> float:
        """The share of all paths that pass a touchpoint, 0 to 1 (0 on a map with no path)."""
        return self.through(tid) / self.total if self.total else 0.0

    def barriers(self) -> list[tuple[str, ...]]:
        """The steps (a touchpoint, or a loop's touchpoints) every path passes, in path order: the dominators
        of one sink after every exit, from one root before every entry."""
        if self._barriers is not None:
            return self._barriers
        if not self.total:
            self._barriers = []
            return self._barriers
        # Steps off every path change nothing: one not reaching the sink never lies on a way to it.
        root, sink = -1, -2  # the condensation numbers its steps from 0
        g = self.cond
        g.add_edges_from((root, c) for c in self.sources)
        g.add_edges_from((c, sink) for c in self.sinks)
        try:
            idom = nx.immediate_dominators(g, root)
        finally:
            g.remove_nodes_from((root, sink))
        chain: list[int] = []
        step = idom[sink]
        while step != root:
            chain.append(step)
            step = idom[step]
        self._barriers = [self.members[c] for c in reversed(chain)]
        return self._barriers

    # ---------------------------------------------------------------- paths
    def paths(self) -> Iterator[tuple[str, ...]]:
        """Every path, one by one, in journey order (a loop's touchpoints in journey order within it)."""
        starts = sorted((c for c in self.useful if c in self.sources), key=self.first.__getitem__)
        for start in starts:
            stack = [iter(self.succs[start])]
            route = [start]
            if start in self.sinks:
                yield self._expand(route)
            while stack:
                step = next(stack[-1], None)
                if step is None:
                    stack.pop()
                    route.pop()
                    continue
                route.append(step)
                if step in self.sinks:
                    yield self._expand(route)
                stack.append(iter(self.succs[step]))

    def _expand(self, route: list[int]) -> tuple[str, ...]:
        return tuple(t for c in route for t in self.members[c])

    # ---------------------------------------------------------------- extremes
    def lowest_mean(self, values: Mapping[str, float]) -> Extreme | None:
        """The path with the lowest mean of ``values`` over the touchpoints on it that have one.

        Paths with no value are left out; None when every path is such. Dinkelbach: start with λ above every
        value, find the path with the least Σ(w - λk) (w the values, k how many), set λ to that path's mean,
        and repeat while the least sum is below zero; λ falls strictly each round and ends at the lowest mean.
        """
        w = {c: sum(values[t] for t in self.members[c] if t in values) for c in self.useful}
        k = {c: sum(t in values for t in self.members[c]) for c in self.useful}
        if not any(k.values()):
            return None
        lam = max(values[t] for c in self.useful for t in self.members[c] if t in values) + 1.0
        scale = 1.0 + max(abs(v) for v in values.values())
        best: list[int] | None = None
        for _ in range(DINKELBACH_ROUNDS):
            cost, route = self._least(lambda c, lam=lam: w[c] - lam * k[c])
            total_k = sum(k[c] for c in route)
            if cost >= -EPSILON * scale * (1 + total_k) or not total_k:
                break
            mean = sum(w[c] for c in route) / total_k
            if best is not None and mean >= lam:
                break
            best, lam = route, mean
        if best is None:
            return None
        return Extreme(self._expand(best), lam)

    def most(self, counts: Mapping[str, int]) -> Extreme | None:
        """The path with the highest total of ``counts`` (e.g. pain points per touchpoint); None if all 0."""
        if not self.total:
            return None
        gain = {c: sum(counts.get(t, 0) for t in self.members[c]) for c in self.useful}
        cost, route = self._least(lambda c: -gain[c])
        return Extreme(self._expand(route), -cost) if cost < 0 else None

    def _least(self, weight: Callable[[int], float]) -> tuple[float, list[int]]:
        """The least total weight of a path, and the path (steps), by DP over the topological order.

        Ties go to the predecessor met first in journey order, so the answer is the same every run."""
        best: dict[int, float] = {}
        back: dict[int, int | None] = {}
        for c in self.useful:
            pick, value = None, 0.0 if c in self.sources else math.inf
            for p in self.preds[c]:
                if best[p] < value:
                    pick, value = p, best[p]
            best[c], back[c] = value + weight(c), pick
        end = min((c for c in self.useful if c in self.sinks), key=lambda c: (best[c], self.first[c]))
        route = [end]
        while (prev := back[route[-1]]) is not None:
            route.append(prev)
        return best[end], route[::-1]
