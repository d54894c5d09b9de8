"""Path analysis: what the touchpoint graph says about the journey.

Reads a ``JourneyMap`` as the directed graph it is and reports ``Finding`` objects (kind, severity,
plain-English message, the ids involved) and the customer ``Path`` objects from entries to exits.
networkx does the graph work: ``all_simple_paths`` enumerates paths (on the part of the graph that can
reach an exit), ``simple_cycles`` finds loops, ``condensation`` loops with no way out, ``ancestors`` and
``descendants`` what reaches an exit or is reached from an entry, ``dag_longest_path_length`` whether the
length bound was hit, and sampled ``betweenness_centrality`` breaks ties between bottlenecks.
Hand-written here: on a map with loops, a depth-first path search with a step budget (networkx's
generator has none, and its dead branches can grow exponentially); the length bound as a filter (a
``cutoff`` prunes without yielding, the same trap); the count of paths through each touchpoint (a tally
over the enumerated paths) and the mean emotion per path. The worst path is
judged on the designed emotions of each persona and on the measured ones from feedback (issue 4).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping

import networkx as nx

from cxdesigner.domain import handoffs
from cxdesigner.domain.findings import (
    KIND_RANK,
    SEVERITY_RANK,
    Analysis,
    Finding,
    Path,
    Severity,
    designed_emotions,
    measured_emotions,
    names_of,
    path_label,
    plural,
    requirement_holders,
    title_of,
)
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order

__all__ = ["Analysis", "Finding", "Path", "Severity", "analyse", "designed_emotions", "measured_emotions", "path_label"]

MAX_PATHS = 1000
MAX_LENGTH = 500  # touchpoints on one path; larger than any map seen in practice (about 300 steps)
MAX_LOOPS = 50
MAX_BOTTLENECKS = 3
BUDGET = 4  # paths looked at, too long ones included, per path kept at most
STEPS = 200_000  # steps of the path search on a map with loops
BETWEENNESS_SAMPLE = 64  # pivots for betweenness on big maps (exact on maps this small)


class _Analyser:
    """One run of the analysis over one map."""

    def __init__(
        self,
        journey: JourneyMap,
        requirements: Collection[str],
        emotions: Mapping[str, Mapping[str, float]],
        max_paths: int,
        max_length: int,
    ) -> None:
        self.journey = journey
        self.requirements = requirements
        self.emotions = emotions
        self.max_paths = max(1, max_paths)
        self.max_length = max(2, max_length)
        self.order = journey_order(journey)
        self.rank = {tid: i for i, tid in enumerate(self.order)}
        # A copy built in journey order, so that paths come out in the same order every time.
        self.graph = nx.DiGraph()
        self.graph.add_nodes_from(self.order)
        edges = [(f.source_id, f.target_id) for f in journey.flows()]
        self.graph.add_edges_from(sorted(edges, key=lambda e: (self.rank[e[0]], self.rank[e[1]])))
        self.stage_rank = {s.id: i for i, s in enumerate(journey.stages())}
        self.moments = {t.id for t in journey.touchpoints() if t.moment_of_truth}
        self.findings: list[Finding] = []
        self.search_stopped = False

    def add(self, kind: str, severity: Severity, message: str, ids: Iterable[str] = ()) -> None:
        self.findings.append(Finding(kind, severity, message, tuple(ids)))

    def stage_of(self, tid: str) -> str:
        tp = self.journey.find(tid)
        return title_of(self.journey, tp.stage_id)

    # ------------------------------------------------------------------ run
    def run(self) -> Analysis:
        g = self.graph
        entries = [n for n in self.order if g.in_degree(n) == 0 and g.out_degree(n) > 0]
        exits = [n for n in self.order if g.out_degree(n) == 0 and g.in_degree(n) > 0]
        self._ends(entries, exits)
        self._orphans_and_reach(entries)
        self._loops()
        paths, truncated = self._paths(entries, exits)
        counts = Counter(tid for p in paths for tid in p.ids)
        self._stages()
        self._owners()
        self._requirements()
        self._worst_paths(paths)
        self._bottlenecks(paths, counts)
        self._moments(paths)
        self.findings += handoffs.findings(self.journey, [p.ids for p in paths])
        self.findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], KIND_RANK.get(f.kind, 99)))
        return Analysis(tuple(self.findings), tuple(paths), tuple(entries), tuple(exits), truncated, dict(counts))

    # ---------------------------------------------------------------- rules
    def _ends(self, entries: list[str], exits: list[str]) -> None:
        for tid in entries:
            self.add("entry", Severity.INFO, f"Customers come in at {title_of(self.journey, tid)}.", [tid])
        ranks = [self.stage_rank[t.stage_id] for t in self.journey.touchpoints()]
        last = max(ranks, default=0)
        for tid in exits:
            tp = self.journey.find(tid)
            if self.stage_rank[tp.stage_id] < last:
                self.add(
                    "dead_end",
                    Severity.WARNING,
                    f"Customers leave after {title_of(self.journey, tid)} in stage {self.stage_of(tid)}: "
                    "no flow goes on from there before the last stage.",
                    [tid],
                )
            else:
                self.add("exit", Severity.INFO, f"Customers finish at {title_of(self.journey, tid)}.", [tid])

    def _orphans_and_reach(self, entries: list[str]) -> None:
        g = self.graph
        for tid in self.order:
            if g.degree(tid) == 0:
                self.add(
                    "orphan",
                    Severity.WARNING,
                    f"{title_of(self.journey, tid)} is not linked to any other touchpoint.",
                    [tid],
                )
        reached = set(entries).union(*(nx.descendants(g, e) for e in entries))
        lost = [t for t in self.order if g.degree(t) > 0 and t not in reached]
        if lost:
            self.add(
                "unreachable",
                Severity.WARNING,
                f"No path from an entry reaches {names_of(self.journey, lost)}: they only link to each other.",
                lost,
            )
        # A loop customers can enter but never leave: a sink of the condensation with more than one node.
        cond = nx.condensation(g)
        for scc in cond.nodes:
            members = cond.nodes[scc]["members"]
            if len(members) > 1 and cond.out_degree(scc) == 0:
                ids = sorted(members, key=self.rank.__getitem__)
                self.add(
                    "trap",
                    Severity.ERROR,
                    f"Customers who reach {names_of(self.journey, ids)} go round in a loop with no way out.",
                    ids,
                )

    def _loops(self) -> None:
        cycles = list(itertools.islice(nx.simple_cycles(self.graph), MAX_LOOPS + 1))
        for cycle in cycles[:MAX_LOOPS]:
            start = min(range(len(cycle)), key=lambda i: self.rank[cycle[i]])
            ids = cycle[start:] + cycle[:start]
            label = path_label(self.journey, [*ids, ids[0]])
            self.add("loop", Severity.WARNING, f"A loop: {label}. Customers may be sent round in circles.", ids)
        if len(cycles) > MAX_LOOPS:
            self.add("bound", Severity.INFO, f"Only the first {MAX_LOOPS} loops are listed.")

    def _reaching(self, exits: list[str]) -> nx.DiGraph:
        """The touchpoints from which an exit can be reached, with the flows between them."""
        if not exits:
            return nx.DiGraph()
        g = self.graph.copy()
        sink = object()  # one node after every exit, so one ancestors() call finds all that reach one
        g.add_edges_from((e, sink) for e in exits)
        return self.graph.subgraph(nx.ancestors(g, sink)).copy()

    def _search(self, graph: nx.DiGraph, entries: list[str], targets: set[str]) -> Iterator[list[str]]:
        """Every simple path from an entry to an exit, in journey order.

        Without loops, ``all_simple_paths`` ends every branch of its search at an exit (every touchpoint
        left reaches one), so its work follows the paths it yields. With loops a branch can die where all
        ways on are already on the path, and the dead branches can grow exponentially; networkx offers no
        work budget, so the search there is a hand-written depth-first search that stops after
        ``STEPS`` steps.
        """
        starts = [e for e in entries if e in graph]
        if nx.is_directed_acyclic_graph(graph):
            for entry in starts:
                yield from nx.all_simple_paths(graph, entry, targets)
            return
        steps = 0
        for entry in starts:
            path, on_path, stack = [entry], {entry}, [iter(graph.successors(entry))]
            while stack:
                step = next(stack[-1], None)
                if step is None:
                    stack.pop()
                    on_path.discard(path.pop())
                    continue
                steps += 1
                if steps > STEPS:
                    self.search_stopped = True
                    return
                if step in on_path or len(path) >= self.max_length:
                    continue
                if step in targets:
                    yield [*path, step]
                    continue
                path.append(step)
                on_path.add(step)
                stack.append(iter(graph.successors(step)))

    def _paths(self, entries: list[str], exits: list[str]) -> tuple[list[Path], bool]:
        graph = self._reaching(exits)
        kept: list[list[str]] = []
        too_long = 0
        stopped = False
        self.search_stopped = False
        for seen, path in enumerate(self._search(graph, entries, set(exits)), 1):
            if len(path) > self.max_length:
                too_long += 1
            else:
                kept.append(path)
            if len(kept) > self.max_paths or seen >= BUDGET * self.max_paths:
                stopped = True
                break
        kept = kept[: self.max_paths]
        if stopped or self.search_stopped:
            self.add(
                "bound",
                Severity.WARNING,
                f"This map has more than {self.max_paths} paths; only the first {len(kept)} were analysed."
                if stopped
                else f"The search for paths stopped after {STEPS:,} steps; {len(kept)} paths were analysed.",
            )
        acyclic = nx.is_directed_acyclic_graph(graph)
        longest = int(nx.dag_longest_path_length(graph)) + 1 if acyclic and graph.number_of_edges() else 0
        if too_long or longest > self.max_length or (not acyclic and graph.number_of_nodes() > self.max_length):
            self.add(
                "bound",
                Severity.WARNING,
                f"Paths longer than {self.max_length} touchpoints were not followed"
                + ("." if acyclic else "; this map may have some."),
            )
        return [self._path(p) for p in kept], stopped or self.search_stopped or longest > self.max_length

    def _path(self, ids: list[str]) -> Path:
        moments = tuple(t for t in ids if t in self.moments)
        means: list[tuple[str, float]] = []
        for series, values in self.emotions.items():
            vals = [values[t] for t in ids if t in values]
            if vals:
                means.append((series, sum(vals) / len(vals)))
        return Path(tuple(ids), moments, tuple(means))

    def _stages(self) -> None:
        used = {t.stage_id for t in self.journey.touchpoints()}
        for stage in self.journey.stages():
            if stage.id not in used:
                self.add(
                    "empty_stage",
                    Severity.WARNING,
                    f"Stage {title_of(self.journey, stage.id)} has no touchpoint.",
                    [stage.id],
                )

    def _owners(self) -> None:
        for tid in self.order:
            if not self.journey.find(tid).owner.strip():
                self.add("no_owner", Severity.WARNING, f"No one owns {title_of(self.journey, tid)}.", [tid])

    def _requirements(self) -> None:
        for tid in self.order:
            if tid not in self.requirements:
                self.add(
                    "no_requirement",
                    Severity.WARNING,
                    f"{title_of(self.journey, tid)} has no quality requirement.",
                    [tid],
                )

    def _worst_paths(self, paths: list[Path]) -> None:
        if len(paths) < 2:
            return
        for series in self.emotions:
            scored = [(p.mean(series), i) for i, p in enumerate(paths) if p.mean(series) is not None]
            if len(scored) < 2:
                continue
            mean, index = min(scored)  # type: ignore[type-var]
            path = paths[index]
            who = self._series_name(series)
            self.add(
                "worst_path",
                Severity.WARNING if mean is not None and mean < 0 else Severity.INFO,
                f"For {who}, the worst path is {path_label(self.journey, path.ids, longest=6)} "
                f"(mean emotion {mean:+.1f}).",
                path.ids,
            )

    def _series_name(self, series: str) -> str:
        measured = series.startswith("measured:")
        pid = series.removeprefix("measured:")
        persona = self.journey.find(pid)
        name = f"“{persona.name}”" if persona is not None and getattr(persona, "name", "") else "all customers"
        return f"{name} (measured)" if measured else name

    def _bottlenecks(self, paths: list[Path], counts: Counter[str]) -> None:
        if len(paths) < 2:
            return
        top = max(counts.values())
        if top * 2 < len(paths):
            return
        tied = sorted((t for t, c in counts.items() if c == top), key=self.rank.__getitem__)
        if len(tied) > MAX_BOTTLENECKS:  # prefer the most central; sampled pivots keep big maps fast
            k = min(BETWEENNESS_SAMPLE, self.graph.number_of_nodes())
            between = nx.betweenness_centrality(self.graph, k=k, seed=7)
            tied.sort(key=lambda t: (-between[t], self.rank[t]))
        for tid in tied[:MAX_BOTTLENECKS]:
            self.add(
                "bottleneck",
                Severity.INFO,
                f"{top} of {len(paths)} paths pass through {title_of(self.journey, tid)}: "
                "a problem there reaches most customers.",
                [tid],
            )

    def _moments(self, paths: list[Path]) -> None:
        if not paths:
            return
        counts = Counter(m for p in paths for m in p.moments)
        for tid in self.order:
            tp = self.journey.find(tid)
            if tp.moment_of_truth:
                n = counts.get(tid, 0)
                self.add(
                    "moment_of_truth",
                    Severity.INFO,
                    f"{title_of(self.journey, tid)} is a moment of truth on {n} of {plural(len(paths), 'path')}.",
                    [tid],
                )


def analyse(
    journey: JourneyMap,
    *,
    requirements: Collection[str] | None = None,
    emotions: Mapping[str, Mapping[str, float]] | None = None,
    max_paths: int = MAX_PATHS,
    max_length: int = MAX_LENGTH,
) -> Analysis:
    """Analyse a map.

    ``requirements``: the ids of touchpoints that have a quality requirement; by default read from the map.
    ``emotions``: series id -> touchpoint id -> emotion; by default the designed emotions per persona and the
    measured ones from feedback (``measured_emotions``).
    ``max_paths`` and ``max_length`` (touchpoints) bound the path enumeration; a finding says when one was hit.
    """
    series = {**designed_emotions(journey), **measured_emotions(journey)} if emotions is None else emotions
    holders = requirement_holders(journey) if requirements is None else requirements
    return _Analyser(journey, holders, series, max_paths, max_length).run()
