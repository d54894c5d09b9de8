"""Quality requirements: every status rule at its boundaries, the model's refusals and the summaries."""

from __future__ import annotations

import dataclasses

import pytest

from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.quality import (
    Badge,
    Comparison,
    QualityRequirement,
    QualitySummary,
    Status,
    badge,
    badges,
    failing_touchpoints,
    map_summary,
    requirements_of,
    stage_summaries,
    stage_summary,
    status,
)

AT_LEAST, AT_MOST, EQUALS, YES_NO = Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUALS, Comparison.YES_NO


def req(comparison: Comparison, target: str, measured: str, tp: str = "tp") -> QualityRequirement:
    return QualityRequirement(id=new_id(), touchpoint_id=tp, comparison=comparison, target=target, measured=measured)


@pytest.mark.parametrize(
    ("comparison", "target", "measured", "expected"),
    [
        (AT_LEAST, "5", "5", Status.MET),
        (AT_LEAST, "5", "5,0", Status.MET),
        (AT_LEAST, "5", "5.01", Status.MET),
        (AT_LEAST, "5", "4,99", Status.NOT_MET),
        (AT_LEAST, "0,3", str(0.1 + 0.2), Status.MET),
        (AT_LEAST, "0,3", "0.2999", Status.NOT_MET),
        (AT_MOST, "5", "5", Status.MET),
        (AT_MOST, "5", "4,99", Status.MET),
        (AT_MOST, "5", "5,01", Status.NOT_MET),
        (AT_MOST, "1 000", "999", Status.MET),
        (AT_MOST, "-1", "-0,5", Status.NOT_MET),
        (EQUALS, "0,3", str(0.1 + 0.2), Status.MET),
        (EQUALS, "100", "100,0", Status.MET),
        (EQUALS, "100", "100,001", Status.NOT_MET),
        (EQUALS, "100", "99,999", Status.NOT_MET),
        (YES_NO, "yes", "да", Status.MET),
        (YES_NO, "yes", "нет", Status.NOT_MET),
        (YES_NO, "no", "false", Status.MET),
        (YES_NO, "нет", "1", Status.NOT_MET),
        (AT_LEAST, "5", "", Status.NOT_CHECKED),
        (AT_LEAST, "5", "   ", Status.NOT_CHECKED),
        (YES_NO, "yes", "", Status.NOT_CHECKED),
        (AT_LEAST, "", "7", Status.NOT_CHECKED),
    ],
)
def test_status_rules(comparison: Comparison, target: str, measured: str, expected: Status) -> None:
    assert status(req(comparison, target, measured)) is expected


def add(journey: JourneyMap, tp: Touchpoint, comparison: Comparison, target: str, measured: str) -> QualityRequirement:
    return journey.add(req(comparison, target, measured, tp.id))


@pytest.mark.parametrize(
    ("comparison", "field", "value"),
    [
        (AT_LEAST, "target", "five"),
        (AT_MOST, "measured", "5 min"),
        (EQUALS, "target", "nan"),
        (YES_NO, "measured", "maybe"),
        (YES_NO, "target", "5"),
    ],
)
def test_unreadable_values_are_refused_by_the_model(
    journey: JourneyMap, comparison: Comparison, field: str, value: str
) -> None:
    tp = journey.touchpoints()[0]
    good = add(journey, tp, comparison, "1", "")
    with pytest.raises(ModelError, match=f"The {field}"):
        journey.put(dataclasses.replace(good, **{field: value}))
    assert journey.get(QualityRequirement, good.id) == good
    with pytest.raises(ModelError):
        journey.add(dataclasses.replace(good, id=new_id(), **{field: value}))


def test_changing_the_comparison_rechecks_the_values(journey: JourneyMap) -> None:
    r = add(journey, journey.touchpoints()[0], AT_LEAST, "5", "3")
    with pytest.raises(ModelError, match="yes or no"):
        journey.put(dataclasses.replace(r, comparison=YES_NO))
    journey.put(dataclasses.replace(r, comparison=YES_NO, target="yes", measured=""))


def test_check_date_must_be_iso(journey: JourneyMap) -> None:
    r = add(journey, journey.touchpoints()[0], AT_LEAST, "5", "3")
    journey.put(dataclasses.replace(r, checked_on="2024-05-31"))
    with pytest.raises(ModelError, match="check date"):
        journey.update(QualityRequirement, r.id, checked_on="31.05.2024")


def test_literal_text_is_kept(journey: JourneyMap) -> None:
    text = '<b>Ответ</b> & "quotes" 😀 ' + "x" * 10_000
    r = journey.add(QualityRequirement(id=new_id(), touchpoint_id=journey.touchpoints()[0].id, text=text))
    assert journey.get(QualityRequirement, r.id).text == text


def test_requirements_follow_their_touchpoint(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    second = add(journey, tp, AT_LEAST, "5", "6")
    first = journey.add(dataclasses.replace(req(AT_LEAST, "1", "", tp.id), order=-1.0))
    assert requirements_of(journey, tp.id) == [first, second]
    removal = journey.delete([tp.id])
    assert journey.count(QualityRequirement) == 0
    journey.restore(removal)
    assert requirements_of(journey, tp.id) == [first, second]


def test_badges_and_failing_filter(journey: JourneyMap) -> None:
    a, b, c, d = journey.touchpoints()[:4]
    add(journey, a, AT_LEAST, "5", "6")
    add(journey, b, AT_LEAST, "5", "6")
    add(journey, b, AT_MOST, "5", "6")
    add(journey, b, AT_MOST, "5", "")
    add(journey, c, AT_LEAST, "5", "6")
    add(journey, c, YES_NO, "yes", "")
    assert badge(journey, a.id) is Badge.ALL_MET
    assert badge(journey, b.id) is Badge.FAILING
    assert badge(journey, c.id) is Badge.UNCHECKED
    assert badge(journey, d.id) is Badge.NONE
    assert failing_touchpoints(journey) == {b.id}


def test_summaries_show_met_out_of_all(journey: JourneyMap) -> None:
    a, b = journey.touchpoints()[:2]
    assert map_summary(journey) == QualitySummary()
    assert map_summary(journey).share_met is None and map_summary(journey).share_met_of_checked is None
    add(journey, a, AT_LEAST, "5", "6")
    add(journey, a, AT_LEAST, "5", "4")
    add(journey, a, AT_LEAST, "5", "")
    add(journey, b, YES_NO, "yes", "да")
    summary = map_summary(journey)
    assert (summary.total, summary.met, summary.not_met, summary.not_checked, summary.checked) == (4, 2, 1, 1, 3)
    assert summary.share_met == pytest.approx(0.5)
    assert summary.share_met_of_checked == pytest.approx(2 / 3)
    stage_a = stage_summary(journey, a.stage_id)
    assert (stage_a.total, stage_a.met, stage_a.share_met) == (3, 1, pytest.approx(1 / 3))
    assert stage_summary(journey, journey.stages()[-1].id).total == 0


def test_refusals_name_the_field(journey: JourneyMap) -> None:
    r = add(journey, journey.touchpoints()[0], AT_LEAST, "5", "")
    for name, value in (("target", "x"), ("measured", "x"), ("checked_on", "x")):
        with pytest.raises(ModelError) as caught:
            journey.put(dataclasses.replace(r, **{name: value}))
        assert caught.value.field == name


def test_one_pass_summaries_agree_with_the_single_ones(journey: JourneyMap) -> None:
    a, b, c, _d = journey.touchpoints()[:4]
    add(journey, a, AT_LEAST, "5", "6")
    add(journey, b, AT_LEAST, "5", "4")
    add(journey, c, AT_LEAST, "5", "")
    assert badges(journey) == {t.id: badge(journey, t.id) for t in journey.touchpoints()}
    assert stage_summaries(journey) == {s.id: stage_summary(journey, s.id) for s in journey.stages()}
