"""Barriers, improvements and their links: value checks, deletes that follow the anchors, the roadmap."""

from __future__ import annotations

import dataclasses

import pytest

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.improvements import (
    Barrier,
    Improvement,
    ImprovementBarrier,
    ImprovementStatus,
    barriers_for,
    barriers_of,
    improvements_for,
    is_quick_win,
    roadmap,
    stage_of_barrier,
    stage_of_improvement,
)
from cxdesigner.domain.journey import JourneyMap, ModelError


def _imp(title: str, impact: int, effort: int, status: str = "idea", due: str = "") -> Improvement:
    return Improvement(
        id=new_id(), title=title, impact=impact, effort=effort, status=ImprovementStatus(status), due=due
    )


def test_a_barrier_needs_a_stage_or_a_touchpoint_and_a_share_in_range(journey: JourneyMap) -> None:
    stage, tp = journey.stages()[2], journey.touchpoints()[1]
    with pytest.raises(ModelError, match="stage or a touchpoint"):
        journey.add(Barrier(id=new_id(), description="nowhere"))
    for share in (-0.1, 1.5, float("nan")):
        with pytest.raises(ModelError, match="between 0 and 100"):
            journey.add(Barrier(id=new_id(), stage_id=stage.id, share_lost=share))
    with pytest.raises(ModelError, match="missing"):
        journey.add(Barrier(id=new_id(), touchpoint_id="gone"))
    b = journey.add(Barrier(id=new_id(), stage_id=stage.id, share_lost=0.0))
    c = journey.add(Barrier(id=new_id(), touchpoint_id=tp.id, share_lost=1.0))
    assert barriers_of(journey, stage.id) == [b] and barriers_of(journey, tp.id) == [c]
    assert stage_of_barrier(journey, c) == tp.stage_id


def test_improvement_values_are_checked(journey: JourneyMap) -> None:
    for bad in ({"effort": 0}, {"impact": 6}, {"effort": True}, {"due": "tomorrow"}, {"due": "2025-13-01"}):
        with pytest.raises(ModelError):
            journey.add(dataclasses.replace(_imp("x", 3, 3), **bad))
    ok = journey.add(_imp("Card in the bag", 5, 1, due="2025-06-30"))
    with pytest.raises(ModelError, match="effort"):
        journey.update(Improvement, ok.id, effort=9)
    assert journey.get(Improvement, ok.id) is ok


def test_deleting_the_only_anchor_deletes_the_barrier_and_undo_restores_it(journey: JourneyMap) -> None:
    stage, tp = journey.stages()[0], journey.touchpoints()[0]
    only_tp = journey.add(Barrier(id=new_id(), touchpoint_id=tp.id, description="slow site"))
    both = journey.add(Barrier(id=new_id(), stage_id=stage.id, touchpoint_id=tp.id))
    imp = journey.add(_imp("Faster site", 4, 2))
    link = journey.add(ImprovementBarrier(id=new_id(), improvement_id=imp.id, barrier_id=only_tp.id))
    removal = journey.delete([tp.id])
    assert only_tp.id not in journey and link.id not in journey
    assert journey.get(Barrier, both.id).touchpoint_id == "" and journey.get(Barrier, both.id).stage_id == stage.id
    assert imp.id in journey
    journey.restore(removal)
    assert journey.get(Barrier, only_tp.id) == only_tp and journey.get(Barrier, both.id) == both
    assert journey.get(ImprovementBarrier, link.id) == link
    # Deleting the stage takes its touchpoints, and with them the barrier anchored to both.
    journey.delete([stage.id])
    assert both.id not in journey and only_tp.id not in journey


def test_links_are_many_to_many_and_unique(journey: JourneyMap) -> None:
    stage = journey.stages()[3]
    b1 = journey.add(Barrier(id=new_id(), stage_id=stage.id, order=1.0, description="queue"))
    b2 = journey.add(Barrier(id=new_id(), stage_id=journey.stages()[1].id, order=0.0, description="price"))
    i1, i2 = journey.add(_imp("Second till", 3, 4)), journey.add(_imp("Price tags", 4, 1))
    for imp, bar in ((i1, b1), (i2, b1), (i2, b2)):
        journey.add(ImprovementBarrier(id=new_id(), improvement_id=imp.id, barrier_id=bar.id))
    with pytest.raises(ModelError, match="same improvement_id, barrier_id"):
        journey.add(ImprovementBarrier(id=new_id(), improvement_id=i1.id, barrier_id=b1.id))
    assert improvements_for(journey, b1.id) == [i2, i1]  # roadmap order: the quick win first
    assert barriers_for(journey, i2.id) == [b2, b1]
    assert stage_of_improvement(journey, i2.id) == journey.stages()[1].id
    assert stage_of_improvement(journey, journey.add(_imp("Unlinked", 1, 1)).id) is None
    journey.delete([b1.id])
    assert barriers_for(journey, i2.id) == [b2] and improvements_for(journey, b2.id) == [i2]


def test_roadmap_puts_quick_wins_first() -> None:
    card = _imp("Card in the bag", impact=4, effort=1)
    site = _imp("New website", impact=5, effort=5)
    tags = _imp("Price tags", impact=2, effort=1)
    chat = _imp("Chat answers", impact=4, effort=2, due="2025-05-01")
    chat2 = _imp("Chat bot", impact=4, effort=2)
    done = _imp("Mirror", impact=5, effort=1, status="done")
    dropped = _imp("Flyers", impact=5, effort=1, status="dropped")
    doing = _imp("Returns policy", impact=3, effort=3, status="in_progress")
    order = roadmap([site, dropped, doing, tags, done, chat2, chat, card])
    assert [i.title for i in order] == [
        "Card in the bag",  # 4.0
        "Chat answers",  # 2.0, impact 4, due first
        "Chat bot",  # 2.0, impact 4, no due date
        "Price tags",  # 2.0, impact 2
        "New website",  # 1.0, impact 5
        "Returns policy",  # 1.0, impact 3
        "Mirror",  # done
        "Flyers",  # dropped
    ]
    assert [is_quick_win(i) for i in (card, chat, tags, site, done)] == [True, True, False, False, False]
