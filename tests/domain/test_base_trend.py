"""The base over time: each segment's change between two analyses, and the finding when the best leave."""

from __future__ import annotations

import pytest

from cxdesigner.domain import base_trend
from cxdesigner.domain.analysis import analyse
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.segments import CustomerAnalysis, Segment

KEYS = ("true_loyalty", "at_risk", "loyal", "new", "lost")


def _add(journey: JourneyMap, name: str, as_of: str, counts: tuple[int, ...], revenue: list[float]) -> None:
    """An analysis of ``sum(counts)`` customers with the segments' customers and revenues as given."""
    total = sum(revenue)
    journey.add(CustomerAnalysis(name, as_of=as_of, taken_at=as_of + "T12:00:00", customers=sum(counts),
                                 revenue=total))  # fmt: skip
    for i, (key, n, spent) in enumerate(zip(KEYS, counts, revenue, strict=True)):
        journey.add(Segment(f"{name}-{key}", name, float(i), key, key.replace("_", " "), n, n / sum(counts),
                            spent / total))  # fmt: skip


def test_each_segment_changes_in_customers_and_revenue(journey: JourneyMap) -> None:
    _add(journey, "spring", "2025-03-31", (100, 50, 150, 100, 200), [5000, 1000, 3000, 500, 500])
    _add(journey, "autumn", "2024-09-30", (80, 60, 140, 120, 200), [4000, 1500, 3500, 500, 500])  # made second
    older, newer = base_trend.dated(journey)
    assert (older.id, newer.id) == ("autumn", "spring")  # by the date the analysis is as of
    changes = {c.key: c for c in base_trend.compare(journey, older, newer)}
    assert changes["true_loyalty"].customers_change == 20
    assert changes["true_loyalty"].revenue_change == pytest.approx(1000)
    assert changes["at_risk"].customers_change == -10 and changes["at_risk"].revenue_change == pytest.approx(-500)
    assert not base_trend.findings(journey)  # the best grew


def test_the_base_losing_its_best_customers_is_a_finding(journey: JourneyMap) -> None:
    _add(journey, "before", "2024-09-30", (100, 50, 150, 100, 200), [5000, 1000, 3000, 500, 500])
    _add(journey, "after", "2025-03-31", (70, 90, 150, 110, 180), [3500, 2000, 3000, 500, 500])
    # true loyalty and loyal: 250 -> 220, 12 % fewer, while the base holds at 600 -> 600
    (finding,) = base_trend.findings(journey)
    assert finding.kind == "base_quality" and finding.value == pytest.approx(-30 / 250)
    assert finding.message.startswith("The base is losing its best customers: true loyalty, loyal went from 250 to 220")
    assert "(600 → 600)" in finding.message
    assert finding in analyse(journey).findings  # so the Analysis dock and check list it


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ((80, 50, 145, 100, 225), True),  # the best 250 -> 225: a tenth fewer is a finding
        ((90, 50, 150, 100, 210), False),  # 250 -> 240: 4 % fewer, not a finding
        ((60, 50, 130, 100, 100), False),  # 250 -> 190, but the base shrank too (600 -> 440): it did not hold
    ],
)
def test_what_counts_as_losing_the_best(journey: JourneyMap, after: tuple[int, ...], found: bool) -> None:
    _add(journey, "before", "2024-09-30", (100, 50, 150, 100, 200), [1, 1, 1, 1, 1])
    _add(journey, "after", "2025-03-31", after, [1, 1, 1, 1, 1])
    assert bool(base_trend.findings(journey)) is found
