"""Step 2 of the method: the quality of the customer base over time, from the RFM analyses a map keeps.

Each analysis is kept with its date (``CustomerAnalysis.as_of``); ``dated`` lists them oldest first.
``compare`` gives each segment's change in customers and in revenue between two analyses (a segment's
revenue is its share of the base's revenue). The number of customers can stay the same while the
high-value ones leave: when the true-loyalty and loyal segments together shrink by a tenth or more while
the whole base holds within a tenth, ``findings`` says "the base is losing its best customers". A new
analysis keeps the personas drawn for its segments (``carried``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cxdesigner.domain import phrases
from cxdesigner.domain.findings import Finding, Severity
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.segments import CustomerAnalysis, Segment

HIGH_VALUE = ("true_loyalty", "loyal")
SHRINK = 0.10  # the best segments lose at least this share of their customers...
HOLD = 0.10  # ...while the base changes by less than this share


@dataclass(frozen=True, slots=True)
class SegmentChange:
    """One segment in two analyses: its customers and its revenue before and after."""

    key: str
    name: str
    customers_before: int
    customers_after: int
    revenue_before: float
    revenue_after: float

    @property
    def customers_change(self) -> int:
        return self.customers_after - self.customers_before

    @property
    def revenue_change(self) -> float:
        return self.revenue_after - self.revenue_before


def dated(journey: JourneyMap) -> list[CustomerAnalysis]:
    """The analyses oldest first: by the date they are as of, then by when they were made."""
    return sorted(journey.all(CustomerAnalysis), key=lambda a: (a.as_of, a.taken_at, a.id))


def newest_segments(journey: JourneyMap) -> list[Segment]:
    """The segments of the newest analysis (by its date), or none."""
    analyses = dated(journey)
    return segments_of(journey, analyses[-1].id) if analyses else []


def carried(journey: JourneyMap, entities: list[CustomerAnalysis | Segment]) -> list[CustomerAnalysis | Segment]:
    """A new analysis's entities with each segment drawn for the persona its namesake was drawn for in the
    newest analysis so far, so a persona follows its segment from one analysis to the next."""
    personas = {s.key: s.persona_id for s in newest_segments(journey) if s.persona_id}
    return [replace(e, persona_id=personas[e.key]) if isinstance(e, Segment) and e.key in personas else e
            for e in entities]  # fmt: skip


def segments_of(journey: JourneyMap, analysis_id: str) -> list[Segment]:
    """An analysis's segments in the order of their rules."""
    return sorted((s for s in journey.all(Segment) if s.analysis_id == analysis_id), key=lambda s: (s.order, s.id))


def compare(journey: JourneyMap, older: CustomerAnalysis, newer: CustomerAnalysis) -> list[SegmentChange]:
    """Each segment's change from ``older`` to ``newer``, in the newer analysis's order (then any gone)."""
    before = {s.key: s for s in segments_of(journey, older.id)}
    after = {s.key: s for s in segments_of(journey, newer.id)}
    keys = list(after) + [k for k in before if k not in after]
    out = []
    for key in keys:
        old, new = before.get(key), after.get(key)
        out.append(
            SegmentChange(
                key=key,
                name=(new or old).name if (new or old) else key,  # type: ignore[union-attr]
                customers_before=old.customers if old else 0,
                customers_after=new.customers if new else 0,
                revenue_before=old.revenue_share * older.revenue if old else 0.0,
                revenue_after=new.revenue_share * newer.revenue if new else 0.0,
            )
        )
    return out


def losing_best(changes: list[SegmentChange], older: CustomerAnalysis, newer: CustomerAnalysis) -> bool:
    """The high-value segments shrank by a tenth or more while the base held within a tenth."""
    before = sum(c.customers_before for c in changes if c.key in HIGH_VALUE)
    after = sum(c.customers_after for c in changes if c.key in HIGH_VALUE)
    if not before or not older.customers:
        return False
    holds = abs(newer.customers - older.customers) < HOLD * older.customers
    return holds and after <= (1 - SHRINK) * before


def findings(journey: JourneyMap) -> list[Finding]:
    """ "The base is losing its best customers" when the newest two analyses show it; else nothing."""
    analyses = dated(journey)
    if len(analyses) < 2:
        return []
    older, newer = analyses[-2], analyses[-1]
    changes = compare(journey, older, newer)
    if not losing_best(changes, older, newer):
        return []
    lang = journey.info.language
    best = [c for c in changes if c.key in HIGH_VALUE]
    before, after = sum(c.customers_before for c in best), sum(c.customers_after for c in best)
    message = phrases.say(
        "losing_best",
        lang,
        names=", ".join(c.name for c in best),
        before=phrases.readable(before, lang),
        after=phrases.readable(after, lang),
        share=phrases.percent((before - after) / before, lang),
        since=older.as_of,
        day=newer.as_of,
        total_before=phrases.readable(older.customers, lang),
        total_after=phrases.readable(newer.customers, lang),
    )
    return [Finding("base_quality", Severity.WARNING, message, (older.id, newer.id), (after - before) / before)]
