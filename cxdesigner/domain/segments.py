"""The customer-base analyses kept in a map: each RFM analysis and the figures of its segments.

A ``CustomerAnalysis`` records when the base was analysed, as of which date, the source file's name and
its SHA-256 digest, and the base's size and revenue; each ``Segment`` holds one segment's figures and
may be linked to the persona drawn for it. No customer identifier is ever stored: only these figures.
``records`` turns a ``domain.rfm.Analysis`` into these entities.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.rfm import Analysis, name


@dataclass(frozen=True, slots=True)
class CustomerAnalysis:
    """One RFM analysis of the customer base."""

    id: str
    as_of: str = ""  # ISO date the recency is counted to
    taken_at: str = ""  # ISO date and time the analysis was made
    source: str = ""  # the customer file's name
    digest: str = ""  # its SHA-256, so the same base is recognised again
    customers: int = 0
    revenue: float = 0.0


@dataclass(frozen=True, slots=True)
class Segment:
    """One segment's figures in an analysis, and the persona drawn for it (optional)."""

    id: str
    analysis_id: str
    order: float = 0.0
    key: str = ""
    name: str = ""
    customers: int = 0
    customer_share: float = 0.0
    revenue_share: float = 0.0
    mean_recency_days: float = 0.0
    mean_frequency: float = 0.0
    mean_monetary: float = 0.0
    persona_id: str = ""


def check_analysis(item: CustomerAnalysis) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if item.customers < 0:
        return "customers", "a number of customers is never negative"
    if not (math.isfinite(item.revenue) and item.revenue >= 0):
        return "revenue", "revenue is a number of zero or more"
    return None


def check_segment(item: Segment) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if item.customers < 0:
        return "customers", "a number of customers is never negative"
    for field in ("customer_share", "revenue_share"):
        value = getattr(item, field)
        if not 0.0 <= value <= 1.0:
            return field, "a share lies between 0 and 1"
    for field in ("mean_recency_days", "mean_frequency", "mean_monetary"):
        value = getattr(item, field)
        if not (math.isfinite(value) and value >= 0):
            return field, "a mean is a number of zero or more"
    return None


def records(
    analysis: Analysis,
    source: str,
    digest: str,
    language: str,
    make_id: Callable[[str], str] = lambda _key: new_id(),
    taken_at: str = "",
) -> list[CustomerAnalysis | Segment]:
    """The entities that keep ``analysis`` in a map: the analysis first, then its segments in rule order.

    ``make_id`` gives each entity's id from "analysis" or the segment's key (the sample's ids are fixed);
    ``taken_at`` defaults to now."""
    head = CustomerAnalysis(
        id=make_id("analysis"),
        as_of=analysis.as_of.isoformat(),
        taken_at=taken_at or datetime.now().replace(microsecond=0).isoformat(),
        source=source,
        digest=digest,
        customers=analysis.customers,
        revenue=analysis.revenue,
    )
    out: list[CustomerAnalysis | Segment] = [head]
    for i, seg in enumerate(analysis.segments):
        out.append(
            Segment(
                id=make_id(seg.key),
                analysis_id=head.id,
                order=float(i),
                key=seg.key,
                name=name(seg.key, language),
                customers=seg.customers,
                customer_share=seg.customer_share,
                revenue_share=seg.revenue_share,
                mean_recency_days=seg.mean_recency_days,
                mean_frequency=seg.mean_frequency,
                mean_monetary=seg.mean_monetary,
            )
        )
    return out
