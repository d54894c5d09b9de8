"""Feedback items: their checks, the persona reference, and the measured satisfaction at a touchpoint."""

from __future__ import annotations

import dataclasses

import pytest

from cxdesigner.domain.entities import Persona, new_id
from cxdesigner.domain.feedback import (
    FeedbackItem,
    FeedbackSource,
    aggregate,
    feedback_of,
    measured_emotion,
    normalised,
    satisfaction,
)
from cxdesigner.domain.journey import JourneyMap, ModelError


def item(tp: str, score: float | None, lo: float = 1, hi: float = 5, persona: str = "", day: str = "") -> FeedbackItem:
    return FeedbackItem(
        id=new_id(), touchpoint_id=tp, score=score, scale_min=lo, scale_max=hi, persona_id=persona, date=day
    )


@pytest.mark.parametrize(
    ("score", "lo", "hi", "expected"),
    [(1, 1, 5, -2.0), (5, 1, 5, 2.0), (3, 1, 5, 0.0), (0, 0, 10, -2.0), (10, 0, 10, 2.0), (7.5, 0, 10, 1.0)],
)
def test_scores_map_linearly_onto_the_emotion_scale(score: float, lo: float, hi: float, expected: float) -> None:
    assert normalised(item("t", score, lo, hi)) == pytest.approx(expected)


def test_unscored_items_do_not_count() -> None:
    assert normalised(item("t", None)) is None
    assert aggregate([item("t", None)]).count == 0 and aggregate([]).mean is None


def test_aggregate_mean_count_spread() -> None:
    result = aggregate([item("t", 5), item("t", 1), item("t", None), item("t", 3)])
    assert result.count == 3
    assert result.mean == pytest.approx(0.0)
    assert result.spread == pytest.approx((8 / 3) ** 0.5)
    assert result.scale == (1, 5) and result.mean_on_scale == pytest.approx(3.0)
    assert aggregate([item("t", 4)]).spread == 0.0


def test_mixed_scales_have_no_common_mean() -> None:
    result = aggregate([item("t", 5, 1, 5), item("t", 0, 0, 10)])
    assert result.mean == pytest.approx(0.0) and result.scale is None and result.mean_on_scale is None


def test_measured_emotion_per_persona(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    student = journey.personas()[0]
    journey.add(item(tp.id, 5, persona=student.id))
    journey.add(item(tp.id, 1))
    journey.add(item(tp.id, 10, 0, 10))
    assert measured_emotion(journey, tp.id, None) == pytest.approx(2 / 3)
    assert measured_emotion(journey, tp.id, student.id) == pytest.approx(2.0)
    assert measured_emotion(journey, journey.touchpoints()[1].id, None) is None
    assert satisfaction(journey, tp.id).count == 3


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"scale_min": 5.0, "scale_max": 5.0}, "scale"),
        ({"scale_min": 5.0, "scale_max": 1.0}, "scale"),
        ({"score": 6.0}, "score lies"),
        ({"score": 0.5}, "score lies"),
        ({"score": float("nan")}, "score lies"),
        ({"scale_max": float("inf")}, "scale"),
        ({"date": "12.03.2024"}, "not a date"),
        ({"persona_id": "nobody"}, "missing persona"),
        ({"touchpoint_id": "nowhere"}, "missing touchpoint"),
    ],
)
def test_bad_items_are_refused(journey: JourneyMap, changes: dict[str, object], message: str) -> None:
    good = item(journey.touchpoints()[0].id, 4)
    with pytest.raises(ModelError, match=message):
        journey.add(dataclasses.replace(good, **changes))
    assert journey.count(FeedbackItem) == 0


def test_boundary_scores_are_accepted(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0].id
    journey.add(item(tp, 1))
    journey.add(item(tp, 5))
    journey.add(dataclasses.replace(item(tp, None), source=FeedbackSource.OBSERVATION, text="<b>&"))
    assert len(feedback_of(journey, tp)) == 3


def test_deleting_a_persona_clears_the_reference_and_undo_restores_it(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    persona = journey.add(Persona(id=new_id(), name="Pensioner"))
    fb = journey.add(item(tp.id, 4, persona=persona.id))
    removal = journey.delete([persona.id])
    assert journey.get(FeedbackItem, fb.id).persona_id == ""
    assert journey.count(FeedbackItem) == 1
    journey.restore(removal)
    assert journey.get(FeedbackItem, fb.id).persona_id == persona.id


def test_deleting_a_touchpoint_deletes_its_feedback(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    journey.add(item(tp.id, 4))
    removal = journey.delete([tp.id])
    assert journey.count(FeedbackItem) == 0
    journey.restore(removal)
    assert len(feedback_of(journey, tp.id)) == 1


def test_feedback_is_listed_oldest_first(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0].id
    late = journey.add(item(tp, 4, day="2024-06-01"))
    early = journey.add(item(tp, 2, day="2024-01-15"))
    assert feedback_of(journey, tp) == [early, late]
