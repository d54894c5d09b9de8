"""Path analysis: what the touchpoint graph says about the journey.

Reads a ``JourneyMap`` as the directed graph it is and reports ``Finding`` objects (kind, severity,
a message in the map's language (``domain.phrases``), the ids involved, and the number where there is
one) and some customer ``Path`` objects from entries to exits for people to look at. Every answer about
paths is exact at any size:
``domain.condensed`` takes each loop as one step (``networkx.condensation``) and counts by dynamic
programming over the acyclic graph that leaves, never by listing paths: the number of paths, the share
through each touchpoint and moment of truth, the touchpoints every path passes (dominators), the path with
the lowest mean emotion per series (designed per persona, measured from feedback, issue 4) and the one
with the most pain points (barriers). networkx also finds the loops (``simple_cycles``, a bounded list),
loops with no way out (sinks of the condensation) and what an entry reaches (``descendants``).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Mapping
from datetime import date

import networkx as nx

from cxdesigner.domain import base_trend, cadence, contact_policy, handoffs, kpis, phrases, quality
from cxdesigner.domain.condensed import Condensed
from cxdesigner.domain.entities import Stage
from cxdesigner.domain.findings import (
    KIND_RANK,
    SEVERITY_RANK,
    Analysis,
    Finding,
    Path,
    Severity,
    designed_emotions,
    measured_emotions,
    path_label,
    requirement_holders,
)
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.numbers import language
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.reach import Reach, reach_of

__all__ = ["Analysis", "Finding", "Path", "Severity", "analyse", "designed_emotions", "measured_emotions", "path_label"]

LISTED_PATHS = 100  # paths listed one by one for people to look at; every count and answer covers them all
MAX_LOOPS = 50
MAX_BOTTLENECKS = 10  # touchpoints every path passes, listed; without such, the 3 on the most paths
MOST_TRAVELLED = 3  # of the touchpoints tied on the most paths
BOTTLENECK_SHARE = 0.5  # a touchpoint on at least this share of paths is a bottleneck
MAX_LOSSES = 5  # the places losing the most customers, listed


class _Analyser:
    """One run of the analysis over one map."""

    def __init__(
        self,
        journey: JourneyMap,
        requirements: Collection[str],
        emotions: Mapping[str, Mapping[str, float]],
        listed: int,
        today: date | None = None,
    ) -> None:
        self.journey = journey
        self.requirements = requirements
        self.emotions = emotions
        self.listed = max(0, listed)
        self.today = today
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
        self.lang = language(journey.info.language)

    def say(self, key: str, **values: object) -> str:
        """A finding's words in the map's language."""
        return phrases.say(key, self.lang, **values)

    def title(self, entity_id: str) -> str:
        return phrases.title(self.journey, entity_id, self.lang)

    def names(self, ids: list[str]) -> str:
        return phrases.names(self.journey, ids, self.lang)

    def label(self, ids: list[str] | tuple[str, ...], longest: int = 0) -> str:
        return phrases.path_label(self.journey, ids, self.lang, longest)

    def add(
        self, kind: str, severity: Severity, message: str, ids: Iterable[str] = (), value: float | None = None
    ) -> None:
        self.findings.append(Finding(kind, severity, message, tuple(ids), value))

    def stage_of(self, tid: str) -> str:
        tp = self.journey.find(tid)
        return self.title(tp.stage_id)

    # ------------------------------------------------------------------ run
    def run(self) -> Analysis:
        g = self.graph
        entries = [n for n in self.order if g.in_degree(n) == 0 and g.out_degree(n) > 0]
        exits = [n for n in self.order if g.out_degree(n) == 0 and g.in_degree(n) > 0]
        self._ends(entries, exits)
        cond = Condensed(g, entries, exits, self.rank.__getitem__)
        self._orphans_and_reach(entries, cond)
        self._loops()
        self._count(cond, entries, exits)
        counts = {t: n for t in self.order if (n := cond.through(t))}
        listed = [self._path(p) for p in itertools.islice(cond.paths(), self.listed)]
        self._stages()
        self._owners()
        self._requirements()
        self._failing_requirements()
        named = self._worst_paths(cond)
        self._bottlenecks(cond, counts)
        self._moments(cond, counts)
        reach = reach_of(self.journey, self.order)
        self._reach(reach)
        # Hand-offs per path need every path listed; on a map of more, handoffs' own exact worst path stays.
        every = list(cond.paths()) if cond.total <= LISTED_PATHS else []
        self.findings += handoffs.findings(self.journey, every)
        if self.today is not None:
            self.findings += cadence.findings(self.journey, self.today)
            self.findings += kpis.findings(self.journey, self.today)
        self.findings += base_trend.findings(self.journey)
        self.findings += contact_policy.findings(self.journey)
        self.findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], KIND_RANK.get(f.kind, 99)))
        known = {p.ids for p in listed}
        listed += [self._path(ids) for ids in dict.fromkeys(named) if ids not in known]
        return Analysis(
            tuple(self.findings),
            tuple(listed),
            tuple(entries),
            tuple(exits),
            cond.total > len(listed),
            counts,
            cond.total,
            tuple(cond.barriers()),
            reach,
        )

    # ---------------------------------------------------------------- rules
    def _ends(self, entries: list[str], exits: list[str]) -> None:
        for tid in entries:
            self.add("entry", Severity.INFO, self.say("entry", tp=self.title(tid)), [tid])
        ranks = [self.stage_rank[t.stage_id] for t in self.journey.touchpoints()]
        last = max(ranks, default=0)
        for tid in exits:
            tp = self.journey.find(tid)
            if self.stage_rank[tp.stage_id] < last:
                self.add(
                    "dead_end",
                    Severity.WARNING,
                    self.say("dead_end", tp=self.title(tid), stage=self.stage_of(tid)),
                    [tid],
                )
            else:
                self.add("exit", Severity.INFO, self.say("exit", tp=self.title(tid)), [tid])

    def _orphans_and_reach(self, entries: list[str], cond: Condensed) -> None:
        g = self.graph
        for tid in self.order:
            if g.degree(tid) == 0:
                self.add(
                    "orphan",
                    Severity.WARNING,
                    self.say("orphan", tp=self.title(tid)),
                    [tid],
                )
        reached = set(entries).union(*(nx.descendants(g, e) for e in entries))
        lost = [t for t in self.order if g.degree(t) > 0 and t not in reached]
        if lost:
            self.add(
                "unreachable",
                Severity.WARNING,
                self.say("unreachable", names=self.names(lost)),
                lost,
            )
        # A loop customers can enter but never leave: a sink of the condensation with more than one node.
        for step in sorted(cond.order, key=cond.first.__getitem__):
            ids = cond.members[step]
            if len(ids) > 1 and cond.cond.out_degree(step) == 0:
                self.add(
                    "trap",
                    Severity.ERROR,
                    self.say("trap", names=self.names(list(ids))),
                    ids,
                )

    def _loops(self) -> None:
        cycles = list(itertools.islice(nx.simple_cycles(self.graph), MAX_LOOPS + 1))
        for cycle in cycles[:MAX_LOOPS]:
            start = min(range(len(cycle)), key=lambda i: self.rank[cycle[i]])
            ids = cycle[start:] + cycle[:start]
            self.add("loop", Severity.WARNING, self.say("loop", path=self.label([*ids, ids[0]])), ids)
        if len(cycles) > MAX_LOOPS:
            self.add("bound", Severity.INFO, self.say("bound_loops", n=MAX_LOOPS))

    def _count(self, cond: Condensed, entries: list[str], exits: list[str]) -> None:
        total = cond.total
        loops = any(len(cond.members[c]) > 1 for c in cond.useful)
        if total:
            message = self.say(
                "path_count",
                paths=phrases.count(total, "path_leads", self.lang),
                entries=phrases.count(len(entries), "entry_from", self.lang),
                exits=phrases.count(len(exits), "exit_to", self.lang),
                loops=self.say("path_count_loops") if loops else "",
            )
        else:
            message = self.say("no_path")
        severity = Severity.WARNING if not total and self.graph.number_of_edges() else Severity.INFO
        self.add("path_count", severity, message, value=total)

    def _path(self, ids: tuple[str, ...]) -> Path:
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
                    self.say("empty_stage", stage=self.title(stage.id)),
                    [stage.id],
                )

    def _owners(self) -> None:
        for tid in self.order:
            if not self.journey.find(tid).owner.strip():
                self.add("no_owner", Severity.WARNING, self.say("no_owner", tp=self.title(tid)), [tid])

    def _requirements(self) -> None:
        for tid in self.order:
            if tid not in self.requirements:
                self.add(
                    "no_requirement",
                    Severity.WARNING,
                    self.say("no_requirement", tp=self.title(tid)),
                    [tid],
                )

    def _failing_requirements(self) -> None:
        """One warning per requirement whose measured value misses its target, with both values."""
        failing: dict[str, list[QualityRequirement]] = {}
        for req in self.journey.all(QualityRequirement):
            if quality.status(req) is quality.Status.NOT_MET:
                failing.setdefault(req.touchpoint_id, []).append(req)
        for tid in self.order:
            for req in sorted(failing.get(tid, ()), key=lambda r: (r.order, r.id)):
                self.add(
                    "failing_requirement",
                    Severity.WARNING,
                    self.say(
                        "failing_requirement",
                        tp=self.title(tid),
                        requirement=req.text.strip() or req.indicator.strip() or "—",
                        measured=_with_unit(req.measured, req.unit),
                        target=_with_unit(f"{quality.SYMBOLS[req.comparison]} {req.target}", req.unit),
                    ),
                    [tid],
                )

    def _worst_paths(self, cond: Condensed) -> list[tuple[str, ...]]:
        """The worst path of each emotion series and the one with the most pain points; their ids."""
        named: list[tuple[str, ...]] = []
        if cond.total < 2:
            return named
        for series, values in self.emotions.items():
            worst = cond.lowest_mean(values)
            if worst is None:
                continue
            named.append(worst.ids)
            self.add(
                "worst_path",
                Severity.WARNING if worst.value < 0 else Severity.INFO,
                self.say(
                    "worst_path",
                    who=self._series_name(series),
                    path=self.label(worst.ids, 6),
                    value=phrases.number(worst.value, self.lang, signed=True),
                ),
                worst.ids,
                worst.value,
            )
        pains: dict[str, int] = {}
        for barrier in self.journey.all(Barrier):
            if barrier.touchpoint_id in self.rank:
                pains[barrier.touchpoint_id] = pains.get(barrier.touchpoint_id, 0) + 1
        most = cond.most(pains)
        if most is not None:
            named.append(most.ids)
            count = int(most.value)
            self.add(
                "worst_path",
                Severity.WARNING,
                self.say(
                    "worst_pains", path=self.label(most.ids, 6), pains=phrases.count(count, "pain_point", self.lang)
                ),
                most.ids,
                count,
            )
        return named

    def _series_name(self, series: str) -> str:
        measured = series.startswith("measured:")
        pid = series.removeprefix("measured:")
        persona = self.journey.find(pid)
        has_name = persona is not None and getattr(persona, "name", "")
        name = phrases.quoted(persona.name, self.lang) if has_name else self.say("all_customers")
        return self.say("measured_series", name=name) if measured else name

    def _bottlenecks(self, cond: Condensed, counts: Mapping[str, int]) -> None:
        """The steps every path passes (dominators); on a map with none, the touchpoints on the most paths
        (at least half)."""
        total = cond.total
        if total < 2:
            return
        barriers = cond.barriers()
        for ids in barriers[:MAX_BOTTLENECKS]:
            self.add(
                "bottleneck",
                Severity.INFO,
                self.say("bottleneck_all", loop=self.say("the_loop_of") if len(ids) > 1 else "", names=self.names(ids)),
                ids,
                1.0,
            )
        if len(barriers) > MAX_BOTTLENECKS:
            self.add(
                "bound",
                Severity.INFO,
                self.say("bound_steps", steps=phrases.count(len(barriers), "step", self.lang), n=MAX_BOTTLENECKS),
            )
        if barriers:
            return
        top = max(counts.values())
        busy = [t for t, n in counts.items() if n == top and n >= BOTTLENECK_SHARE * total]
        busy.sort(key=self.rank.__getitem__)
        for tid in busy[:MOST_TRAVELLED]:
            n = counts[tid]
            self.add(
                "bottleneck",
                Severity.INFO,
                self.say(
                    "bottleneck_most",
                    n=phrases.readable(n, self.lang),
                    paths=phrases.count(total, "path_of", self.lang),
                    share=phrases.percent(n / total, self.lang),
                    tp=self.title(tid),
                ),
                [tid],
                n / total,
            )

    def _moments(self, cond: Condensed, counts: Mapping[str, int]) -> None:
        total = cond.total
        if not total:
            return
        for tid in self.order:
            if tid in self.moments:
                n = counts.get(tid, 0)
                self.add(
                    "moment_of_truth",
                    Severity.INFO,
                    self.say(
                        "moment_of_truth",
                        tp=self.title(tid),
                        n=phrases.readable(n, self.lang),
                        paths=phrases.count(total, "path_of", self.lang),
                        share=phrases.percent(n / total, self.lang),
                    ),
                    [tid],
                    n / total,
                )

    def _reach(self, reach: Reach) -> None:
        """Reach by stage, the biggest losses, and flows whose shares cannot all be true."""
        for tid, total in reach.over.items():
            self.add(
                "share_over",
                Severity.WARNING,
                self.say("share_over", tp=self.title(tid), share=phrases.percent(total, self.lang)),
                [tid],
                total,
            )
        for fid in reach.negative:
            flow = self.journey.find(fid)
            self.add(
                "share_negative",
                Severity.ERROR,
                self.say("share_negative", source=self.title(flow.source_id), target=self.title(flow.target_id)),
                [flow.source_id, flow.target_id],
            )
        losses = sorted(reach.lost.items(), key=lambda kv: -kv[1])[:MAX_LOSSES]
        for place, share in losses:
            where = self.say("at_stage", stage=self.title(place)) if isinstance(self.journey.find(place), Stage) else ""
            where = where or self.title(place)
            self.add(
                "loss",
                Severity.WARNING,
                self.say("loss", share=_capital(phrases.percent(share, self.lang)), where=where),
                [place],
                share,
            )
        for stage_id, share in reach.stages.items():
            again = self.say("coming_back") if share > 1 + 1e-9 else ""
            self.add(
                "reach",
                Severity.INFO,
                self.say(
                    "reach", share=_capital(phrases.percent(share, self.lang)), stage=self.title(stage_id), again=again
                ),
                [stage_id],
                share,
            )


def _with_unit(value: str, unit: str) -> str:
    """A value as the user typed it, with its unit: "≤ 15 min", "240 min", "yes"."""
    return " ".join(x for x in (value.strip(), unit.strip()) if x)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def analyse(
    journey: JourneyMap,
    *,
    requirements: Collection[str] | None = None,
    emotions: Mapping[str, Mapping[str, float]] | None = None,
    listed: int = LISTED_PATHS,
    today: date | None = None,
) -> Analysis:
    """Analyse a map.

    ``requirements``: the ids of touchpoints that have a quality requirement; by default read from the map.
    ``emotions``: series id -> touchpoint id -> emotion; by default the designed emotions per persona and the
    measured ones from feedback (``measured_emotions``).
    ``today``: the day to judge the re-mapping cadence on (six months since the newest snapshot); None
    leaves the cadence out.
    ``listed``: how many paths ``Analysis.paths`` lists one by one (the worst ones are added to them); the
    counts, shares and worst paths are exact whatever it is.
    """
    series = {**designed_emotions(journey), **measured_emotions(journey)} if emotions is None else emotions
    holders = requirement_holders(journey) if requirements is None else requirements
    return _Analyser(journey, holders, series, listed, today).run()
