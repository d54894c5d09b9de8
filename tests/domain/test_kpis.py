"""KPIs of an improvement: the planned line, review dates, being behind, and the model's rules."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesigner.domain import kpis, templates
from cxdesigner.domain.improvements import Improvement
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement


def _map() -> tuple[JourneyMap, Kpi]:
    journey = templates.build("sample")
    for k in journey.all(Kpi):
        journey.delete([k.id])
    imp = journey.all(Improvement)[0]
    kpi = journey.add(
        Kpi(id="k", improvement_id=imp.id, name="Repeat purchases", unit="%", baseline=10.0, target=16.0,
            started_on="2025-01-15", reviews=kpis.default_reviews(date(2025, 1, 15)))
    )  # fmt: skip
    return journey, kpi


def _measure(journey: JourneyMap, day: str, value: float) -> None:
    journey.add(KpiMeasurement(id=f"m{day}", kpi_id="k", measured_on=day, value=value))


def test_reviews_are_three_and_six_months_after_the_start_by_default() -> None:
    assert kpis.default_reviews(date(2025, 1, 15)) == "2025-04-15 2025-07-15"
    assert kpis.default_reviews(date(2024, 11, 30)) == "2025-02-28 2025-05-30"  # the month's last day


def test_the_line_runs_from_the_baseline_at_the_start_to_the_target_at_the_last_review() -> None:
    _journey, kpi = _map()
    assert kpis.planned(kpi, date(2025, 1, 15)) == 10.0
    assert kpis.planned(kpi, date(2025, 7, 15)) == 16.0
    assert kpis.planned(kpi, date(2025, 4, 15)) == pytest.approx(10 + 6 * 90 / 181)
    assert kpis.planned(kpi, date(2026, 1, 1)) == 16.0 and kpis.planned(kpi, date(2024, 1, 1)) == 10.0


def test_a_kpi_behind_its_line_at_the_latest_passed_review_is_a_finding() -> None:
    journey, kpi = _map()
    unmeasured = kpis.findings(journey, date(2025, 4, 15))
    assert [(f.severity.value, f.value) for f in unmeasured] == [("info", None)]
    message = unmeasured[0].message
    assert "was not measured by its review of 2025-04-15; the line stands at 12.98\u00a0% there" in message
    _measure(journey, "2025-02-15", 11.0)
    _measure(journey, "2025-04-10", 12.5)  # the line stands at 12.98 on 15 April
    assert kpis.findings(journey, date(2025, 4, 14)) == []  # no review has passed
    found = kpis.findings(journey, date(2025, 4, 15))
    assert [(f.kind, f.severity.value, f.value) for f in found] == [("kpi_behind", "warning", 12.5)]
    title = journey.get(Improvement, kpi.improvement_id).title
    assert found[0].message == (
        f"Repeat purchases ({title}) is behind its line: 12.5\u00a0% at the review of 2025-04-15, "
        "where the line from the baseline to the target (16\u00a0%) stands at 12.98\u00a0%."
    )
    assert found[0].ids == (kpi.improvement_id, "k")
    _measure(journey, "2025-04-14", 13.1)  # the latest value by the review counts
    assert kpis.findings(journey, date(2025, 5, 1)) == []
    assert kpis.findings(journey, date(2025, 7, 15))[0].value == 13.1  # April's value is still the latest in July
    _measure(journey, "2025-07-01", 16.0)
    assert kpis.findings(journey, date(2025, 8, 1)) == []


def test_a_falling_target_is_behind_above_its_line() -> None:
    journey, kpi = _map()
    journey.put(Kpi(**{**{n: getattr(kpi, n) for n in kpi.__slots__}, "baseline": 48.0, "target": 24.0}))
    _measure(journey, "2025-04-01", 40.0)  # the line: 36.07 on 15 April
    assert kpis.findings(journey, date(2025, 4, 20))[0].value == 40.0
    journey.put(KpiMeasurement(id="m2025-04-01", kpi_id="k", measured_on="2025-04-01", value=35.0))
    assert kpis.findings(journey, date(2025, 4, 20)) == []


def test_the_model_refuses_bad_kpis_cases_and_a_second_value_on_one_day() -> None:
    journey, kpi = _map()
    fields = {n: getattr(kpi, n) for n in kpi.__slots__}
    for bad, field in (
        ({"name": " "}, "name"), ({"started_on": "15.01.2025"}, "started_on"), ({"reviews": ""}, "reviews"),
        ({"reviews": "2025-07-15 2025-04-15"}, "reviews"), ({"reviews": "2025-01-01"}, "reviews"),
        ({"strategy_key": "vibes"}, "strategy_key"),
    ):  # fmt: skip
        with pytest.raises(ModelError) as caught:
            journey.put(Kpi(**{**fields, **bad}))
        assert caught.value.field == field
    _measure(journey, "2025-02-01", 1.0)
    with pytest.raises(ModelError):
        journey.add(KpiMeasurement(id="again", kpi_id="k", measured_on="2025-02-01", value=2.0))
    with pytest.raises(ModelError) as caught:
        journey.add(BusinessCase(id="c", improvement_id=kpi.improvement_id, cost=-5.0))
    assert caught.value.field == "cost"
    removal = journey.delete([kpi.improvement_id])  # the KPI and its values go with the improvement
    assert "k" not in journey and journey.count(KpiMeasurement) == 0
    journey.restore(removal)
    assert journey.get(Kpi, "k") == kpi and journey.count(KpiMeasurement) == 1


def test_strategy_characteristics_find_the_kpis_that_measure_them() -> None:
    journey, kpi = _map()
    journey.put(Kpi(**{**{n: getattr(kpi, n) for n in kpi.__slots__}, "strategy_key": "personalisation"}))
    assert [k.id for k in kpis.measuring(journey, "personalisation")] == ["k"]
    assert kpis.measuring(journey, "speed") == []
