"""Requirements and feedback land in the live file and come back equal, NULL scores and cleared personas too."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.storage.store import ProjectStore


def snapshot(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def reopen(path: Path) -> JourneyMap:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey


def test_quality_rows_round_trip(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    tp, persona = journey.touchpoints()[1], journey.personas()[0]
    r = journey.add(
        QualityRequirement(
            id=new_id(), touchpoint_id=tp.id, text="<i>Cotton</i> & co", comparison=Comparison.YES_NO, target="да"
        )
    )
    journey.add(FeedbackItem(id=new_id(), touchpoint_id=tp.id, source=FeedbackSource.REVIEW, persona_id=persona.id))
    journey.add(
        FeedbackItem(id=new_id(), touchpoint_id=tp.id, score=7.5, scale_min=0.0, scale_max=10.0, date="2024-02-29")
    )
    journey.update(QualityRequirement, r.id, measured="нет", checked_on="2024-03-01")
    journey.delete([persona.id])
    assert snapshot(reopen(project_path)) == snapshot(journey)
    assert all(i.persona_id == "" for i in reopen(project_path).all(FeedbackItem))
    store.close()
