"""Expectations, the true-loyalty rule, and the designed and measured values a curve draws."""

from __future__ import annotations

import pytest

from cxdesigner.domain.entities import Emotion, new_id
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.personas import (
    Expectation,
    default_expectations,
    designed_values,
    expectations_of,
    loyalty,
    loyalty_threshold,
    mean_emotion,
    measured_value,
    measured_values,
)


def test_defaults_are_nine_in_both_languages(journey: JourneyMap) -> None:
    persona = journey.personas()[0]
    en, ru = default_expectations(persona), default_expectations(persona, "ru")
    assert len(en) == len(ru) == 9
    assert en[0].text == "Engage me" and ru[0].text == "Вовлекайте меня"
    for e in en:
        journey.add(e)
    assert [e.text for e in expectations_of(journey, persona.id)] == [e.text for e in en]


@pytest.mark.parametrize(("met", "loyal"), [(5, False), (6, True), (9, True), (0, False)])
def test_true_loyalty_needs_six_of_nine(met: int, loyal: bool) -> None:
    items = [Expectation(id=str(i), persona_id="p", met=i < met) for i in range(9)]
    score = loyalty(items)
    assert (score.met, score.total, score.needed, score.loyal) == (met, 9, 6, loyal)


@pytest.mark.parametrize(("count", "needed"), [(0, 0), (1, 1), (3, 2), (9, 6), (10, 7), (12, 8)])
def test_threshold_keeps_two_thirds(count: int, needed: int) -> None:
    assert loyalty_threshold(count) == needed


def test_empty_list_is_never_loyal() -> None:
    assert not loyalty([]).loyal


def test_deleting_a_persona_takes_its_expectations(journey: JourneyMap) -> None:
    persona = journey.personas()[0]
    for e in default_expectations(persona):
        journey.add(e)
    removal = journey.delete([persona.id])
    assert journey.count(Expectation) == 0
    journey.restore(removal)
    assert journey.count(Expectation) == 9


def _feedback(tp: str, score: float, persona: str = "") -> FeedbackItem:
    return FeedbackItem(
        id=new_id(),
        touchpoint_id=tp,
        source=FeedbackSource.SURVEY,
        score=score,
        scale_min=1,
        scale_max=5,
        persona_id=persona,
    )


def test_designed_and_measured_values(journey: JourneyMap) -> None:
    persona = journey.personas()[0]
    a, b, c = journey.touchpoints()[:3]
    journey.add(Emotion(id=new_id(), touchpoint_id=a.id, persona_id=persona.id, designed=2))
    journey.add(Emotion(id=new_id(), touchpoint_id=b.id, persona_id=persona.id, designed=-1))
    assert designed_values(journey, persona.id) == {a.id: 2.0, b.id: -1.0}
    assert mean_emotion(designed_values(journey, persona.id)) == 0.5
    journey.add(_feedback(a.id, 5))  # untagged: stands for everyone
    journey.add(_feedback(a.id, 1))
    journey.add(_feedback(b.id, 1, persona.id))
    journey.add(_feedback(b.id, 5))  # someone else's view is ignored where the persona has its own
    assert measured_value(journey, a.id, persona.id) == 0.0
    assert measured_value(journey, b.id, persona.id) == -2.0
    assert measured_value(journey, c.id, persona.id) is None
    assert measured_values(journey, persona.id) == {a.id: 0.0, b.id: -2.0}
    assert mean_emotion({}) is None
