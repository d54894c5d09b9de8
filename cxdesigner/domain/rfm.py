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

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

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

    Each distinct value is scored once (days since the last purchase and numbers of purchases repeat a lot)."""
    ordered = sorted(values)
    n = len(ordered)
    score = {v: min(SCORES, 1 + SCORES * bisect_left(ordered, v) // n) for v in set(ordered)}
    return list(map(score.__getitem__, values))


def analyse(base: Mapping[str, Customer], as_of: date | None = None, rules: Sequence[Rule] = RULES) -> Analysis:
    """The segment figures of ``base`` (customer key -> summary) as of ``as_of`` (default: the last purchase)."""
    if not base:
        raise ValueError("the customer base is empty")
    every = ((1, SCORES),) * 3
    if not rules or (rules[-1].r, rules[-1].f, rules[-1].m) != every:
        raise ValueError("the last segment rule must take every customer")
    customers = list(base.values())
    day = as_of or max(c.last for c in customers)
    recency = [(day - c.last).days for c in customers]
    if min(recency) < 0:
        raise ValueError(f"the analysis date {day.isoformat()} is before a purchase")
    r_scores = scores([-days for days in recency])  # fewer days since the last purchase is better
    f_scores = scores([float(c.frequency) for c in customers])
    m_scores = scores([c.monetary for c in customers])
    members: dict[str, list[int]] = {rule.key: [] for rule in rules}
    chosen: dict[tuple[int, int, int], list[int]] = {}  # 125 score triples at most: each matched once
    for i, rfm in enumerate(zip(r_scores, f_scores, m_scores, strict=True)):
        place = chosen.get(rfm)
        if place is None:
            place = chosen[rfm] = members[segment(*rfm, rules)]
        place.append(i)
    revenue = sum(c.monetary for c in customers)
    figures = tuple(_figures(key, idx, customers, recency, revenue) for key, idx in members.items())
    return Analysis(day, len(customers), revenue, figures)


def segment(r: int, f: int, m: int, rules: Iterable[Rule] = RULES) -> str:
    """The key of the first rule that holds for these scores."""
    return next(rule.key for rule in rules if rule.holds(r, f, m))


def _figures(key: str, idx: list[int], customers: list[Customer], recency: list[int], revenue: float) -> SegmentFigures:
    n = len(idx)
    spent = sum(customers[i].monetary for i in idx)
    return SegmentFigures(
        key=key,
        customers=n,
        customer_share=n / len(customers),
        revenue_share=spent / revenue if revenue else 0.0,
        mean_recency_days=sum(recency[i] for i in idx) / n if n else 0.0,
        mean_frequency=sum(customers[i].frequency for i in idx) / n if n else 0.0,
        mean_monetary=spent / n if n else 0.0,
    )


def name(key: str, language: str) -> str:
    """A default segment's name in the language ("en" or "ru"); other keys as they are."""
    names = NAMES.get(key)
    return key if names is None else names[language == "ru"]
