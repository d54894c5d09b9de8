"""Do, undo and redo of every edit of requirements and feedback, and refusals that leave the map as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import new_id
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status, status
from cxdesigner.storage.store import ProjectStore


def state(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def roundtrip(journey: JourneyMap, command) -> None:
    stack = QUndoStack()
    before = state(journey)
    stack.push(command)
    assert command.error is None
    after = state(journey)
    assert after != before
    stack.undo()
    assert state(journey) == before
    stack.redo()
    assert state(journey) == after


def requirement(journey: JourneyMap, **fields) -> QualityRequirement:
    tp = journey.touchpoints()[0]
    return QualityRequirement(id=new_id(), touchpoint_id=tp.id, **{"text": "Answer fast", "target": "5", **fields})


def feedback(journey: JourneyMap, **fields) -> FeedbackItem:
    tp = journey.touchpoints()[0]
    return FeedbackItem(id=new_id(), touchpoint_id=tp.id, **{"score": 4.0, "text": "ok", **fields})


def test_add_requirement(journey: JourneyMap) -> None:
    roundtrip(journey, AddEntities(journey, [requirement(journey)], "Add requirement"))


def test_delete_requirement(journey: JourneyMap) -> None:
    r = journey.add(requirement(journey))
    roundtrip(journey, DeleteEntities(journey, [r.id], "Delete requirement"))


@pytest.mark.parametrize(
    "changes",
    [
        {"text": "Answer <b>faster</b>"},
        {"indicator": "minutes"},
        {"comparison": Comparison.AT_MOST},
        {"target": "4,5"},
        {"unit": "min"},
        {"measured": "3", "checked_on": "2024-05-31"},
        {"owner": "Support"},
        {"comparison": Comparison.YES_NO, "target": "yes", "measured": "нет"},
    ],
)
def test_edit_requirement_fields(journey: JourneyMap, changes: dict[str, object]) -> None:
    r = journey.add(requirement(journey))
    roundtrip(journey, SetFields(journey, r, "Edit requirement", **changes))


def test_recording_a_measurement_changes_the_status_and_undo_brings_it_back(journey: JourneyMap) -> None:
    r = journey.add(requirement(journey, comparison=Comparison.AT_MOST))
    stack = QUndoStack()
    stack.push(SetFields(journey, r, "Record", measured="6", checked_on="2024-05-31"))
    assert status(journey.get(QualityRequirement, r.id)) is Status.NOT_MET
    stack.undo()
    assert status(journey.get(QualityRequirement, r.id)) is Status.NOT_CHECKED


def test_add_edit_delete_feedback(journey: JourneyMap) -> None:
    persona = journey.personas()[0]
    roundtrip(journey, AddEntities(journey, [feedback(journey, persona_id=persona.id)], "Add feedback"))
    item = journey.all(FeedbackItem)[0]
    roundtrip(journey, SetFields(journey, item, "Edit feedback", score=2.5, source=FeedbackSource.COMPLAINT))
    roundtrip(journey, SetFields(journey, journey.get(FeedbackItem, item.id), "Edit", persona_id=""))
    roundtrip(journey, DeleteEntities(journey, [item.id], "Delete feedback"))


def test_import_many_feedback_items_is_one_step(journey: JourneyMap) -> None:
    items = [feedback(journey, date=f"2024-01-{d:02d}") for d in range(1, 29)]
    stack = QUndoStack()
    roundtrip(journey, AddEntities(journey, items, "Import feedback"))
    stack.push(AddEntities(journey, [feedback(journey), feedback(journey, score=99.0)], "Import"))
    assert stack.count() == 0  # one bad item: nothing of the batch stays
    assert journey.count(FeedbackItem) == 28


def test_deleting_a_touchpoint_takes_its_quality_data_and_undo_restores_it(journey: JourneyMap) -> None:
    journey.add(requirement(journey))
    journey.add(feedback(journey))
    roundtrip(journey, DeleteEntities(journey, [journey.touchpoints()[0].id], "Delete card"))


def test_refused_value_keeps_the_old_one_in_model_and_file(journey: JourneyMap, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "q.cxd"
    ProjectStore.create(path, journey).close()
    doc = Document.open(path)
    r = doc.model.add(requirement(doc.model, measured="4"))
    with qtbot.waitSignal(doc.edit_refused) as refused:
        assert not doc.push(SetFields(doc.model, r, "Edit", measured="four"))
    assert "not a number" in refused.args[0] and "\n" not in refused.args[0]
    assert doc.model.get(QualityRequirement, r.id).measured == "4"
    assert doc.undo_stack.count() == 0
    assert doc.push(SetFields(doc.model, r, "Edit", measured="4,5"))
    doc.close()
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert reopened.get(QualityRequirement, r.id).measured == "4,5"
