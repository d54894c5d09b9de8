"""Step 1 of the method: RFM segments of the customer base (recency, frequency, monetary).

Each customer is summed up as the date of their last purchase, their number of purchases and what they spent
in all. ``scores`` gives R, F and M from 1 to 5 by quintiles of the base, as of an analysis date: the fifth
of customers who bought most recently get R = 5, the fifth who bought most often F = 5, the fifth who spent
most M = 5. Equal values always share one score (a score is decided by how many customers lie strictly
below), so multiplying every amount by the same number, or reordering the rows, changes no score.

``segment`` puts each customer in the first of the ``RULES`` whose score ranges hold; the last rule takes
everyone, so every customer lands in exactly one segment. The defaults follow common practice and can be
replaced. ``analyse`` returns the figures per segment, never the customers themselves: the map keeps the
analysis, not the people.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, product, repeat
from operator import attrgetter, neg, sub

SCORES = 5


@dataclass(frozen=True, slots=True)
class Customer:
    """One customer as the analysis sees them: last purchase, number of purchases, total spent."""

    last: date
    frequency: int
    monetary: float


@dataclass(frozen=True, slots=True)
class Rule:
    """A segment and the score ranges (inclusive, 1 to 5) a customer's R, F and M must lie in."""

    key: str
    r: tuple[int, int] = (1, SCORES)
    f: tuple[int, int] = (1, SCORES)
    m: tuple[int, int] = (1, SCORES)

    def holds(self, r: int, f: int, m: int) -> bool:
        return self.r[0] <= r <= self.r[1] and self.f[0] <= f <= self.f[1] and self.m[0] <= m <= self.m[1]


RULES: tuple[Rule, ...] = (
    Rule("true_loyalty", r=(4, 5), f=(4, 5), m=(4, 5)),
    Rule("at_risk", r=(1, 2), f=(3, 5), m=(3, 5)),
    Rule("loyal", r=(3, 5), f=(3, 5)),
    Rule("new", r=(4, 5), f=(1, 2)),
    Rule("lost"),  # everyone else: long gone, or rare and small
)
_LAST, _FREQUENCY, _MONETARY = attrgetter("last"), attrgetter("frequency"), attrgetter("monetary")
NAMES = {
    "true_loyalty": ("True loyalty", "Истинная лояльность"),
    "at_risk": ("At risk", "В зоне риска"),
    "loyal": ("Loyal", "Лояльные"),
    "new": ("New or promising", "Новые и перспективные"),
    "lost": ("Lost or sleeping", "Ушедшие и спящие"),
}


@dataclass(frozen=True, slots=True)
class SegmentFigures:
    """What the analysis keeps of one segment."""

    key: str
    customers: int
    customer_share: float  # 0..1
    revenue_share: float  # 0..1
    mean_recency_days: float
    mean_frequency: float
    mean_monetary: float


@dataclass(frozen=True, slots=True)
class Analysis:
    """The segments of a base as of ``as_of``, in the order of the rules."""

    as_of: date
    customers: int
    revenue: float
    segments: tuple[SegmentFigures, ...]


def scores(values: Sequence[float]) -> list[int]:
    """Each value's score 1..5 by quintiles of all values (higher is better); equal values share a score.

    A value's score is 1 + 5 * (values strictly below it) // n, which is 1 + the number of the four cut
    values ``ordered[ceil(k * n / 5) - 1]`` (k = 1..4) lying below it: one bisection of five cuts each."""
    n = len(values)
    if not n:
        return []
    ordered = sorted(values)
    cuts = [-math.inf, *(ordered[-(-k * n // SCORES) - 1] for k in range(1, SCORES))]
    return list(map(bisect_left, repeat(cuts, n), values))


def analyse(base: Mapping[str, Customer], as_of: date | None = None, rules: Sequence[Rule] = RULES) -> Analysis:
    """The segment figures of ``base`` (customer key -> summary) as of ``as_of`` (default: the last purchase).

    Column by column (a base can hold a million customers): each score triple is matched to its rule once,
    and each segment's sums run over its customers in the base's order."""
    if not base:
        raise ValueError("the customer base is empty")
    every = ((1, SCORES),) * 3
    if not rules or (rules[-1].r, rules[-1].f, rules[-1].m) != every:
        raise ValueError("the last segment rule must take every customer")
    customers = list(base.values())
    lasts = list(map(_LAST, customers))
    day = as_of or max(lasts)
    recency = list(map(sub, repeat(day.toordinal()), map(date.toordinal, lasts)))  # days since
    if min(recency) < 0:
        raise ValueError(f"the analysis date {day.isoformat()} is before a purchase")
    frequency = list(map(_FREQUENCY, customers))
    monetary = list(map(_MONETARY, customers))
    keys = list(dict.fromkeys(rule.key for rule in rules))
    place = {rfm: keys.index(segment(*rfm, rules)) for rfm in product(range(1, SCORES + 1), repeat=3)}
    r_scores = scores(list(map(neg, recency)))  # fewer days since the last purchase is better
    triples = zip(r_scores, scores(frequency), scores(monetary), strict=True)
    chosen = list(map(place.__getitem__, triples))
    revenue = sum(monetary)
    figures = (
        _figures(key, list(map(i.__eq__, chosen)), recency, frequency, monetary, revenue) for i, key in enumerate(keys)
    )
    return Analysis(day, len(customers), revenue, tuple(figures))


def segment(r: int, f: int, m: int, rules: Iterable[Rule] = RULES) -> str:
    """The key of the first rule that holds for these scores."""
    return next(rule.key for rule in rules if rule.holds(r, f, m))


def _figures(
    key: str, members: list[bool], recency: list[int], frequency: list[int], monetary: list[float], revenue: float
) -> SegmentFigures:
    n = sum(members)
    spent = sum(compress(monetary, members))
    return SegmentFigures(
        key=key,
        customers=n,
        customer_share=n / len(members),
        revenue_share=spent / revenue if revenue else 0.0,
        mean_recency_days=sum(compress(recency, members)) / n if n else 0.0,
        mean_frequency=sum(compress(frequency, members)) / n if n else 0.0,
        mean_monetary=spent / n if n else 0.0,
    )


def name(key: str, language: str) -> str:
    """A default segment's name in the language ("en" or "ru"); other keys as they are."""
    names = NAMES.get(key)
    return key if names is None else names[language == "ru"]
