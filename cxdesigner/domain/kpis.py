"""Step 5 of the method, after the plan: an improvement's business case and the KPIs that prove it worked.

A ``BusinessCase`` says what an improvement costs, what it is expected to bring and which barrier or
customer segment it serves. A ``Kpi`` measures it: a name, a unit, the baseline on its start date, the
target, and the review dates (three and six months after the start by default). ``KpiMeasurement`` rows
are the values entered over time. The planned line runs straight from the baseline at the start to the
target at the last review; a KPI whose latest value on a review date that has passed lies on the wrong
side of that line is behind (``findings``). A KPI may name the CX strategy characteristic it measures.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from cxdesigner.domain import phrases
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.numbers import number
from cxdesigner.domain.strategy import BY_KEY
from cxdesigner.domain.values import is_iso_date

if TYPE_CHECKING:  # the kinds registry imports this module, and the journey model imports the registry
    from cxdesigner.domain.findings import Finding
    from cxdesigner.domain.journey import JourneyMap

DEFAULT_REVIEWS = (3, 6)  # months after the start


@dataclass(frozen=True, slots=True)
class BusinessCase:
    """What an improvement costs and brings, and whom it serves: a barrier, a segment, or both."""

    id: str
    improvement_id: str
    cost: float | None = None
    benefit: float | None = None  # the expected benefit, in money a year
    barrier_id: str = ""
    segment_key: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Kpi:
    """One key performance indicator of an improvement, from its baseline to its target."""

    id: str
    improvement_id: str
    order: float = 0.0
    name: str = ""
    unit: str = ""
    baseline: float = 0.0
    target: float = 0.0
    started_on: str = ""  # ISO date the baseline holds on
    reviews: str = ""  # ISO review dates, separated by spaces, earliest first
    strategy_key: str = ""  # the CX strategy characteristic it measures, or empty


@dataclass(frozen=True, slots=True)
class KpiMeasurement:
    """A KPI's value on one day."""

    id: str
    kpi_id: str
    measured_on: str = ""
    value: float = 0.0


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_reviews(start: date) -> str:
    """Reviews three and six months after ``start``, as stored."""
    return " ".join(add_months(start, m).isoformat() for m in DEFAULT_REVIEWS)


def review_dates(kpi: Kpi) -> list[date]:
    return sorted(date.fromisoformat(d) for d in kpi.reviews.split())


def check_case(case: BusinessCase) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    for name in ("cost", "benefit"):
        value = getattr(case, name)
        if value is not None and not (math.isfinite(value) and value >= 0):
            return name, f"The {name} is an amount of zero or more."
    return None


def check_kpi(kpi: Kpi) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if not kpi.name.strip():
        return "name", "A KPI needs a name."
    if not is_iso_date(kpi.started_on):
        return "started_on", "The start date is a date (YYYY-MM-DD)."
    days = kpi.reviews.split()
    if not days or not all(is_iso_date(d) for d in days):
        return "reviews", "The review dates are dates (YYYY-MM-DD), at least one."
    if days != sorted(days) or len(set(days)) != len(days) or days[0] <= kpi.started_on:
        return "reviews", "The review dates come after the start, each later than the one before."
    if kpi.strategy_key and kpi.strategy_key not in BY_KEY:
        return "strategy_key", "unknown CX strategy characteristic"
    return None


def check_measurement(item: KpiMeasurement) -> tuple[str, str] | None:
    if not is_iso_date(item.measured_on):
        return "measured_on", "A measurement has a date (YYYY-MM-DD)."
    return None


def case_of(journey: JourneyMap, improvement_id: str) -> BusinessCase | None:
    return next((c for c in journey.all(BusinessCase) if c.improvement_id == improvement_id), None)


def kpis_of(journey: JourneyMap, improvement_id: str) -> list[Kpi]:
    """An improvement's KPIs in their order."""
    found = [k for k in journey.all(Kpi) if k.improvement_id == improvement_id]
    return sorted(found, key=lambda k: (k.order, k.id))


def all_kpis(journey: JourneyMap) -> list[Kpi]:
    """Every KPI, improvement by improvement (roadmap order), then in their order."""
    from cxdesigner.domain.improvements import roadmap

    return [k for imp in roadmap(journey.all(Improvement)) for k in kpis_of(journey, imp.id)]


def measuring(journey: JourneyMap, strategy_key: str) -> list[Kpi]:
    """The KPIs that measure a CX strategy characteristic."""
    return [k for k in all_kpis(journey) if k.strategy_key == strategy_key]


def measurements_of(journey: JourneyMap, kpi_id: str) -> list[KpiMeasurement]:
    """A KPI's values, oldest first."""
    found = [m for m in journey.referrers(kpi_id) if isinstance(m, KpiMeasurement)]
    return sorted(found, key=lambda m: (m.measured_on, m.id))


def planned(kpi: Kpi, day: date) -> float:
    """The value the straight line from baseline (start) to target (last review) gives on ``day``."""
    start, end = date.fromisoformat(kpi.started_on), review_dates(kpi)[-1]
    share = min(max((day - start).days / ((end - start).days or 1), 0.0), 1.0)
    return kpi.baseline + (kpi.target - kpi.baseline) * share


def is_behind(kpi: Kpi, value: float, day: date) -> bool:
    """The value is on the wrong side of the planned line on ``day`` (below it when the target is higher)."""
    line = planned(kpi, day)
    tolerance = 1e-9 * max(1.0, abs(line))
    return value < line - tolerance if kpi.target >= kpi.baseline else value > line + tolerance


@dataclass(frozen=True, slots=True)
class Review:
    """A KPI at one review date: the planned value, the latest measured by then (or None), behind or not."""

    day: date
    planned: float
    value: float | None
    behind: bool


def reviews(journey: JourneyMap, kpi: Kpi) -> list[Review]:
    """Each review date with the value measured last on or before it."""
    values = measurements_of(journey, kpi.id)
    out = []
    for day in review_dates(kpi):
        seen = [m for m in values if m.measured_on <= day.isoformat()]
        value = seen[-1].value if seen else None
        out.append(Review(day, planned(kpi, day), value, value is not None and is_behind(kpi, value, day)))
    return out


def findings(journey: JourneyMap, today: date) -> list[Finding]:
    """A KPI behind its line at the latest review date that has passed, or not measured by then."""
    from cxdesigner.domain.findings import Finding, Severity

    lang = journey.info.language or "en"
    out = []
    for kpi in all_kpis(journey):
        passed = [r for r in reviews(journey, kpi) if r.day <= today]
        if not passed:
            continue
        last = passed[-1]
        values = {
            "kpi": kpi.name,
            "day": last.day.isoformat(),
            "planned": amount(last.planned, kpi.unit, lang),
            "target": amount(kpi.target, kpi.unit, lang),
            "improvement": journey.get(Improvement, kpi.improvement_id).title,
        }
        ids = (kpi.improvement_id, kpi.id)
        if last.value is None:
            out.append(Finding("kpi_behind", Severity.INFO, phrases.say("kpi_unmeasured", lang, **values), ids))
        elif last.behind:
            message = phrases.say("kpi_behind", lang, value=amount(last.value, kpi.unit, lang), **values)
            out.append(Finding("kpi_behind", Severity.WARNING, message, ids, last.value))
    return out


def amount(value: float, unit: str, lang: str) -> str:
    """A KPI's value in the map's numbers with its unit: "4,2 %", "1,250 ₽"."""
    text = number(value, lang, 2, trim=True)
    return f"{text}\u00a0{unit}" if unit.strip() else text  # the unit never wraps away from its number


def serves(journey: JourneyMap, case: BusinessCase) -> str:
    """Whom a business case serves, in words: the barrier's description and the segment's name."""
    from cxdesigner.domain.contact_policy import segment_name

    parts = []
    barrier = journey.find(case.barrier_id) if case.barrier_id else None
    if isinstance(barrier, Barrier):
        parts.append(barrier.description)
    if case.segment_key:
        parts.append(segment_name(journey, case.segment_key))
    return "; ".join(p for p in parts if p)
