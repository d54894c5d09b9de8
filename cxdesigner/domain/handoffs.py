"""Hand-offs: where a customer is passed from one owner (employee or department) to another on a path.

Article 003 insists a customer must not be passed from one department to another. Owners are free
text, so they are compared by ``owner_key`` (case folded, spaces collapsed): "Sales" and "sales " are
one department. A card with no owner keeps the last known owner (it neither hands off nor receives).

``count`` is the number of owner changes along one path. ``worst`` finds the path with the most, exactly,
by dynamic programming over the graph in journey order, never by listing paths: the state at a card is
the last known owner, so a map of thousands of cards costs cards × departments steps. On a map with
loops, the edges of a loop that go back in journey order are left out (a customer sent round a loop
would otherwise count without end); the analysis' own paths are simple paths for the same reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cxdesigner.domain import phrases
from cxdesigner.domain.findings import Finding, Severity
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.values import text_key

LISTED = 12  # paths listed one by one; more are summed up


def owner_key(text: str) -> str:
    """The owner as compared: spaces collapsed, case folded; "" for no owner."""
    return text_key(text)


def departments(journey: JourneyMap, exclude: Iterable[str] = ()) -> list[str]:
    """The map's departments: each owner once, spelt as on its first card in journey order, sorted; the
    cards in ``exclude`` (being edited) do not count."""
    seen: dict[str, str] = {}
    skip = set(exclude)
    for tid in journey_order(journey):
        if tid in skip:
            continue
        owner = " ".join(journey.find(tid).owner.split())
        if owner:
            seen.setdefault(owner_key(owner), owner)
    return sorted(seen.values(), key=str.casefold)


def canonical_owner(journey: JourneyMap, text: str, exclude: Iterable[str] = ()) -> str:
    """``text`` spelt as the map's department it names ("sales " -> "Sales"), or tidied when it is new;
    the cards in ``exclude`` do not count as the department's spelling."""
    key = owner_key(text)
    for name in departments(journey, exclude):
        if owner_key(name) == key:
            return name
    return " ".join(text.split())


def owners_along(journey: JourneyMap, ids: Iterable[str]) -> list[str]:
    """The owners a customer meets along ``ids``, each run of one owner once (spelling of the first card)."""
    chain: list[str] = []
    for tid in ids:
        owner = " ".join(journey.find(tid).owner.split())
        if owner and (not chain or owner_key(chain[-1]) != owner_key(owner)):
            chain.append(owner)
    return chain


def count(journey: JourneyMap, ids: Iterable[str]) -> int:
    """The number of hand-offs (owner changes) along a path."""
    return max(0, len(owners_along(journey, ids)) - 1)


@dataclass(frozen=True)
class WorstPath:
    """The path with the most hand-offs, and how many."""

    handoffs: int
    ids: tuple[str, ...]


def worst(journey: JourneyMap) -> WorstPath | None:
    """The entry-to-exit path with the most hand-offs (None on a map with no flows)."""
    import networkx as nx  # here, so the inspector's department list keeps networkx out of start-up

    order = journey_order(journey)
    rank = {tid: i for i, tid in enumerate(order)}
    graph = nx.DiGraph()
    graph.add_nodes_from(order)
    graph.add_edges_from((f.source_id, f.target_id) for f in journey.flows())
    if not graph.number_of_edges():
        return None
    looped = {n: i for i, c in enumerate(nx.strongly_connected_components(graph)) if len(c) > 1 for n in c}
    back = [(u, v) for u, v in graph.edges if u in looped and looped[u] == looped.get(v) and rank[v] <= rank[u]]
    graph.remove_edges_from(back)
    keys = {tid: owner_key(journey.find(tid).owner) for tid in order}
    # best[card][last owner key] = (hand-offs, previous (card, key)): the states reached from an entry
    best: dict[str, dict[str, tuple[int, tuple[str, str] | None]]] = {}
    for tid in nx.lexicographical_topological_sort(graph, key=rank.__getitem__):
        here = best.setdefault(tid, {})
        preds = list(graph.predecessors(tid))
        if not preds:
            here[keys[tid]] = (0, None)
        for p in preds:
            for last, (n, _) in best[p].items():
                own = keys[tid] or last
                n += bool(keys[tid] and last and keys[tid] != last)
                if own not in here or n > here[own][0]:
                    here[own] = (n, (p, last))
    ends = [
        (n, -rank[t], t, k) for t, states in best.items() if not graph.out_degree(t) for k, (n, _) in states.items()
    ]
    n, _, tid, key = max(ends)
    path: list[str] = []
    at: tuple[str, str] | None = (tid, key)
    while at is not None:
        path.append(at[0])
        at = best[at[0]][at[1]][1]
    return WorstPath(n, tuple(reversed(path)))


def spread(journey: JourneyMap, paths: Sequence[Sequence[str]]) -> Counter[int]:
    """How many of ``paths`` have each number of hand-offs."""
    return Counter(count(journey, p) for p in paths)


def findings(journey: JourneyMap, paths: Sequence[Sequence[str]]) -> list[Finding]:
    """What ``check`` says, in the map's language: each path's hand-offs (most first; on a map of more
    than ``LISTED`` paths, how many paths have each count) and the worst path of all; nothing when no
    customer changes hands."""
    lang = journey.info.language
    out: list[Finding] = []
    if not any(count(journey, p) for p in paths):
        paths = []  # one owner throughout: nothing worth a line
    if 0 < len(paths) <= LISTED:
        for ids in sorted(paths, key=lambda p: -count(journey, p)):
            n = phrases.count(count(journey, ids), "handoff", lang)
            path = phrases.path_label(journey, tuple(ids), lang)
            out.append(
                Finding("handoffs", Severity.INFO, phrases.say("handoff_path", lang, handoffs=n, path=path), ids)
            )
    elif paths:
        tally = sorted(spread(journey, paths).items(), reverse=True)
        items = [
            phrases.say("handoff_spread_item", lang, handoffs=n, paths=phrases.count(k, "path_on", lang))
            for n, k in tally
        ]
        out.append(Finding("handoffs", Severity.INFO, phrases.say("handoff_spread", lang, spread="; ".join(items))))
    top = worst(journey)
    if top is not None and top.handoffs:
        message = phrases.say(
            "handoff_worst",
            lang,
            handoffs=top.handoffs,
            path=phrases.path_label(journey, top.ids, lang),
            owners=" → ".join(owners_along(journey, top.ids)),
        )
        out.append(Finding("handoff_worst", Severity.WARNING, message, top.ids))
    return out
