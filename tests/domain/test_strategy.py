"""The CX strategy checklist: the characteristics of DOMAIN.md, scores 0..5 or n/a, group summaries."""

from __future__ import annotations

import pytest

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.strategy import CHECKLIST, EXTERNAL, INTERNAL, StrategyScore, summary


def test_the_checklist_has_five_internal_and_nine_external_items_in_two_languages() -> None:
    assert [c.key for c in CHECKLIST if c.group == INTERNAL] == ["design", "technology", "data", "service", "culture"]
    assert len([c for c in CHECKLIST if c.group == EXTERNAL]) == 9
    assert all(c.title("ru") != c.title("en") and c.question("ru") and c.question("en") for c in CHECKLIST)


def test_scores_are_checked_and_one_per_characteristic(journey: JourneyMap) -> None:
    for bad in (-1, 6, True):
        with pytest.raises(ModelError, match="0 to 5"):
            journey.add(StrategyScore(id=new_id(), key="speed", score=bad))
    with pytest.raises(ModelError):
        journey.add(StrategyScore(id=new_id(), key=" ", score=3))
    first = journey.add(StrategyScore(id=new_id(), key="speed", score=0))
    with pytest.raises(ModelError, match="same key"):
        journey.add(StrategyScore(id=new_id(), key="speed", score=4))
    journey.delete([first.id])
    journey.add(StrategyScore(id=new_id(), key="speed", score=4))


def test_summary_leaves_out_not_applicable_and_unscored() -> None:
    scores = [
        StrategyScore(id="1", key="design", score=4),
        StrategyScore(id="2", key="data", score=1),
        StrategyScore(id="3", key="culture", score=None, notes="one person runs the shop"),
        StrategyScore(id="4", key="speed", score=5),
    ]
    internal = summary(scores, INTERNAL)
    assert (internal.scored, internal.not_applicable, internal.total, internal.mean) == (2, 1, 5, 2.5)
    external = summary(scores, EXTERNAL)
    assert (external.scored, external.total, external.mean) == (1, 9, 5.0)
    assert summary([], INTERNAL).mean is None
