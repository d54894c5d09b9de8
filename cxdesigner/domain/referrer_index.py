"""The map's index of referrers: for each entity id, the ids of the entities that refer to it.

Most entities have a handful of referrers (a card's flows, emotions and requirements), so those are kept
as a tuple in the order they were added, about a tenth of the memory of a set; an entity with more than
``SMALL`` referrers (a stage, a lane, a persona) gets a set, so adding and removing stay cheap.
"""

from __future__ import annotations

Index = dict[str, tuple[str, ...] | set[str]]
SMALL = 16


def add(index: Index, target: str, referrer: str) -> None:
    """Note that ``referrer`` refers to ``target`` (once, however many of its fields do)."""
    held = index.get(target, ())
    if isinstance(held, set):
        held.add(referrer)
    elif referrer not in held:
        index[target] = (*held, referrer) if len(held) < SMALL else {*held, referrer}


def discard(index: Index, target: str, referrer: str) -> None:
    """Forget that ``referrer`` refers to ``target``; an id left with no referrers leaves the index."""
    held = index.get(target)
    if isinstance(held, set):
        held.discard(referrer)
    elif held is not None and referrer in held:
        held = tuple(r for r in held if r != referrer)
        index[target] = held
    if held is not None and not held:
        del index[target]


def copied(index: Index) -> Index:
    """An index of its own with the same content (tuples are shared: they never change)."""
    return {k: set(v) if isinstance(v, set) else v for k, v in index.items()}
