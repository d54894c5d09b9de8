"""Where customers are lost: the expected share of entering customers who reach each touchpoint and stage.

The flows' shares make the map an absorbing Markov chain. A customer at a touchpoint takes each flow with
its share; flows without a share split evenly what the others leave; when every flow has a share, the
rest leaves there. A barrier with a known ``share_lost`` loses that part of the customers where it sits:
at its touchpoint on each arrival, or, for a barrier at a stage only, as they come into the stage. An exit
in the last stage used is where customers finish; every other way out is a loss at that place. Customers
come in at the entries in equal parts.

``solve`` works through ``networkx.condensation`` in topological order. A touchpoint not on a loop is
reached by what flows into it. A loop (``k`` touchpoints) is a small linear system: with ``Q`` the chances
of going from one of its touchpoints to another, the expected visits are ``x = a (I - Q)⁻¹`` for what
arrives from outside, ``a``; the chance of ever reaching touchpoint ``t`` is ``x_t / G_tt`` with
``G = (I - Q)⁻¹`` (a customer who reaches ``t`` visits it ``G_tt`` times on average). A loop nobody leaves
(``I - Q`` singular) keeps everyone who comes in: they reach all of it and are lost there. Stage reach is
the expected number of arrivals into the stage from outside it, which is the share reaching it wherever
customers come into a stage once (every map whose flows lead forward through the stages).
Hand-written: the Gauss-Jordan inverse of each loop's ``I - Q``; loops have a handful of touchpoints, and
no linear-algebra library is among the editor's dependencies.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cxdesigner.domain.improvements import Barrier

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

TOLERANCE = 1e-9  # shares adding up to at most 1 + this are taken as 100 %
DIGITS = 12  # results are rounded to this many decimals
SINGULAR = 1e-12  # a pivot this small: the loop keeps everyone who enters


@dataclass(frozen=True)
class FlowIn:
    """One flow as ``solve`` reads it."""

    id: str
    source: str
    target: str
    share: float | None = None


@dataclass(frozen=True)
class Reach:
    """Shares of entering customers, 0 to 1 (stage figures can exceed 1 where customers come back)."""

    touchpoints: Mapping[str, float] = field(default_factory=dict)  # ever reach it
    stages: Mapping[str, float] = field(default_factory=dict)  # come into it (before a stage barrier)
    flows: Mapping[str, float] = field(default_factory=dict)  # expected times a customer takes it
    lost: Mapping[str, float] = field(default_factory=dict)  # touchpoint or stage id -> lost there
    finished: float = 0.0  # end at an exit in the last stage
    over: Mapping[str, float] = field(default_factory=dict)  # touchpoint id -> its flows' shares, above 1
    negative: tuple[str, ...] = ()  # flows with a share below zero (taken as no share)
    traps: tuple[tuple[str, ...], ...] = ()  # loops that keep everyone who enters


def _inverse(m: list[list[float]]) -> list[list[float]] | None:
    """The inverse of a small square matrix by Gauss-Jordan with partial pivoting; None when singular."""
    k = len(m)
    a = [row[:] + [float(i == j) for j in range(k)] for i, row in enumerate(m)]
    for col in range(k):
        pivot = max(range(col, k), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < SINGULAR:
            return None
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [v / p for v in a[col]]
        for r in range(k):
            if r != col and a[r][col]:
                f = a[r][col]
                a[r] = [v - f * w for v, w in zip(a[r], a[col], strict=True)]
    return [row[k:] for row in a]


def _chances(out: Mapping[str, list[FlowIn]]) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Each flow's chance per customer moving on from its source; the part that leaves at each touchpoint
    whose flows all have shares; the touchpoints whose shares add up to more than 1 (scaled down to 1)."""
    chance: dict[str, float] = {}
    over: dict[str, float] = {}
    leak: dict[str, float] = {}
    for t, fs in out.items():
        given = [f for f in fs if f.share is not None and f.share >= 0]
        total = sum(f.share or 0.0 for f in given)
        free = [f for f in fs if f not in given]
        if total > 1 + TOLERANCE:
            over[t] = total
        scale = 1 / total if total > 1 else 1.0
        for f in given:
            chance[f.id] = (f.share or 0.0) * scale
        rest = max(0.0, 1 - total * scale)
        for f in free:
            chance[f.id] = rest / len(free)
        leak[t] = rest if fs and not free else 0.0
    return chance, leak, over


class _Chain:
    """One solve: arrivals pushed forward through the condensation, loop by loop."""

    def __init__(
        self,
        touchpoints: Mapping[str, str],
        flows: Collection[FlowIn],
        finishes: Collection[str],
        t_loss: Mapping[str, float],
        s_loss: Mapping[str, float],
    ) -> None:
        self.stage = touchpoints
        self.finishes = finishes
        self.t_loss, self.s_loss = t_loss, s_loss
        self.out: dict[str, list[FlowIn]] = {t: [] for t in touchpoints}
        for f in flows:
            self.out[f.source].append(f)
        self.chance, self.leak, self.over = _chances(self.out)
        self.arrive = dict.fromkeys(touchpoints, 0.0)  # expected arrivals from outside the touchpoint's loop
        self.stages: dict[str, float] = dict.fromkeys(touchpoints.values(), 0.0)
        self.lost: dict[str, float] = {}
        self.visits: dict[str, float] = {}
        self.reach: dict[str, float] = {}
        self.traffic: dict[str, float] = {}
        self.traps: list[tuple[str, ...]] = []
        self.finished = 0.0

    def lose(self, place: str, amount: float) -> None:
        if amount > 0:
            self.lost[place] = self.lost.get(place, 0.0) + amount

    def come(self, target: str, amount: float, source_stage: str | None) -> None:
        """``amount`` customers arrive at ``target``; coming into another stage, its barriers take their part."""
        s = self.stage[target]
        if s != source_stage:
            self.stages[s] += amount
            cut = amount * self.s_loss.get(s, 0.0)
            self.lose(s, cut)
            amount -= cut
        self.arrive[target] += amount

    def step(self, members: list[str], looped: bool) -> None:
        """Visits and reach of one step of the condensation, then what leaves it."""
        inner = set(members)
        if not looped:
            (t,) = members
            self.visits[t] = self.reach[t] = self.arrive[t]
        elif not self._loop(members, inner):
            return
        for t in members:
            keep = 1 - self.t_loss.get(t, 0.0)
            moving = self.visits[t] * keep
            self.lose(t, self.visits[t] - moving)
            if not self.out[t]:
                if t in self.finishes:
                    self.finished += moving
                else:
                    self.lose(t, moving)
                continue
            self.lose(t, moving * self.leak[t])
            for f in self.out[t]:
                self.traffic[f.id] = moving * self.chance[f.id]
                if f.target not in inner:
                    self.come(f.target, self.traffic[f.id], self.stage[t])
                elif self.stage[f.target] != self.stage[t]:  # inside a loop: counted, already solved for
                    self.stages[self.stage[f.target]] += self.traffic[f.id]
                    self.lose(self.stage[f.target], self.traffic[f.id] * (1 - self._passing(t, f.target)))

    def _passing(self, source: str, target: str) -> float:
        """The part of the customers on a flow that gets past the barriers of the stage it leads into."""
        s = self.stage[target]
        return 1.0 if s == self.stage[source] else 1 - self.s_loss.get(s, 0.0)

    def _loop(self, members: list[str], inner: set[str]) -> bool:
        """Solve one loop; False for a loop nobody leaves (everyone who comes in is lost there)."""
        index = {t: i for i, t in enumerate(members)}
        k = len(members)
        m = [[float(i == j) for j in range(k)] for i in range(k)]
        for t in members:
            keep = 1 - self.t_loss.get(t, 0.0)
            for f in self.out[t]:
                if f.target in inner:
                    m[index[t]][index[f.target]] -= keep * self.chance[f.id] * self._passing(t, f.target)
        inv = _inverse(m)
        if inv is None:
            amount = sum(self.arrive[t] for t in members)
            self.traps.append(tuple(members))
            self.lose(members[0], amount)
            for t in members:
                self.visits[t], self.reach[t] = 0.0, amount
                for f in self.out[t]:
                    self.traffic[f.id] = amount * self.chance[f.id] if f.target in inner else 0.0
            return False
        a = [self.arrive[t] for t in members]
        for t in members:
            j = index[t]
            self.visits[t] = sum(a[i] * inv[i][j] for i in range(k))
            self.reach[t] = self.visits[t] / inv[j][j]
        return True


def solve(
    touchpoints: Mapping[str, str],
    flows: Collection[FlowIn],
    entries: Collection[str],
    finishes: Collection[str],
    touchpoint_loss: Mapping[str, float] | None = None,
    stage_loss: Mapping[str, float] | None = None,
) -> Reach:
    """Reach on one map. ``touchpoints``: id -> stage id, in journey order; ``finishes``: the exits where
    customers end well; ``touchpoint_loss`` and ``stage_loss``: the part lost there, 0 to 1."""
    import networkx as nx  # here, not at the top: findings (and the window) import this module at start

    chain = _Chain(touchpoints, flows, finishes, touchpoint_loss or {}, stage_loss or {})
    g = nx.DiGraph()
    g.add_nodes_from(touchpoints)
    g.add_edges_from((f.source, f.target) for f in flows)
    cond = nx.condensation(g)
    step = cond.graph["mapping"]
    grouped: dict[int, list[str]] = {c: [] for c in cond.nodes}
    for t in touchpoints:  # each loop's touchpoints in journey order
        grouped[step[t]].append(t)
    for e in entries:
        chain.come(e, 1 / len(entries), None)
    for c in nx.topological_sort(cond):
        members = grouped[c]
        chain.step(members, len(members) > 1 or g.has_edge(members[0], members[0]))
    negative = tuple(f.id for f in flows if f.share is not None and f.share < 0)
    return Reach(
        _tidy(chain.reach),
        _tidy(chain.stages),
        _tidy(chain.traffic),
        {k: v for k, v in _tidy(chain.lost).items() if v > 0},
        round(chain.finished, DIGITS),
        chain.over,
        negative,
        tuple(chain.traps),
    )


def _tidy(values: dict[str, float]) -> dict[str, float]:
    """Rounded to ``DIGITS``: the sums leave 0.9999999999999998 where everyone gets through."""
    return {k: round(v, DIGITS) for k, v in values.items()}


def reach_of(journey: JourneyMap, order: Collection[str] | None = None) -> Reach:
    """Reach on a map: its flows' shares and its barriers' known losses; every stage of the map listed."""
    from cxdesigner.domain.layout import journey_order

    ids = list(order) if order is not None else journey_order(journey)
    stage_of = {t: journey.find(t).stage_id for t in ids}
    flows = [FlowIn(f.id, f.source_id, f.target_id, f.share) for f in journey.flows()]
    sources = {f.source for f in flows}
    targets = {f.target for f in flows}
    entries = [t for t in ids if t in sources and t not in targets]
    rank = {s.id: i for i, s in enumerate(journey.stages())}
    last = max((rank[s] for s in stage_of.values()), default=0)
    finishes = {t for t in ids if t in targets and t not in sources and rank[stage_of[t]] == last}
    t_keep: dict[str, float] = {}
    s_keep: dict[str, float] = {}
    for b in journey.all(Barrier):
        if b.share_lost is None:
            continue
        if b.touchpoint_id in stage_of:
            t_keep[b.touchpoint_id] = t_keep.get(b.touchpoint_id, 1.0) * (1 - b.share_lost)
        elif b.stage_id in rank:
            s_keep[b.stage_id] = s_keep.get(b.stage_id, 1.0) * (1 - b.share_lost)
    result = solve(
        stage_of,
        flows,
        entries,
        finishes,
        {t: 1 - k for t, k in t_keep.items()},
        {s: 1 - k for s, k in s_keep.items()},
    )
    stages = {s.id: result.stages.get(s.id, 0.0) for s in journey.stages()}
    return Reach(
        result.touchpoints,
        stages,
        result.flows,
        result.lost,
        result.finished,
        result.over,
        result.negative,
        result.traps,
    )
