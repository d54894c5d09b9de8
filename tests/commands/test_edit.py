"""For every command: redo gives the state after, undo exactly the state before, redo again the after."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QUndoStack

from cxdesigner.commands import AddEntities, DeleteEntities, MoveTouchpoints, ReplaceEntities, SetFields
from cxdesigner.domain.entities import Emotion, Flow, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap


def state(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def roundtrip(journey: JourneyMap, command) -> None:
    stack = QUndoStack()
    before = state(journey)
    stack.push(command)
    after = state(journey)
    assert after != before
    stack.undo()
    assert state(journey) == before
    stack.redo()
    assert state(journey) == after


def test_add_entities(journey: JourneyMap) -> None:
    stage, lane = journey.stages()[0], journey.lanes()[2]
    tp = Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title="Card")
    flow = Flow(id=new_id(), source_id=journey.touchpoints()[0].id, target_id=tp.id)
    roundtrip(journey, AddEntities(journey, [flow, tp], "Add card"))


def test_delete_stage_with_cards_is_one_step(journey: JourneyMap) -> None:
    roundtrip(journey, DeleteEntities(journey, [journey.stages()[1].id], "Delete stage"))


def test_set_fields(journey: JourneyMap) -> None:
    roundtrip(journey, SetFields(journey, journey.touchpoints()[0], "Rename", title="New"))


def test_move_touchpoints(journey: JourneyMap) -> None:
    stage = journey.stages()[6]
    moves = [
        (t, dataclasses.replace(t, stage_id=stage.id, order=float(i))) for i, t in enumerate(journey.touchpoints())
    ]
    roundtrip(journey, MoveTouchpoints(journey, moves, "Move cards"))


def test_replace_entities_reorders_stages(journey: JourneyMap) -> None:
    stages = journey.stages()
    pairs = [(stages[0], dataclasses.replace(stages[0], order=99.0))]
    roundtrip(journey, ReplaceEntities(journey, pairs, "Move stage"))


def test_typing_merges_into_one_step(journey: JourneyMap) -> None:
    stack = QUndoStack()
    tp = journey.touchpoints()[0]
    for text in ("N", "Ne", "New"):
        stack.push(SetFields(journey, journey.get(Touchpoint, tp.id), "Rename", typing=True, title=text))
    assert stack.count() == 1
    assert journey.get(Touchpoint, tp.id).title == "New"
    stack.undo()
    assert journey.get(Touchpoint, tp.id).title == tp.title
    stack.push(SetFields(journey, journey.get(Touchpoint, tp.id), "Owner", typing=True, owner="A"))
    stack.push(SetFields(journey, journey.get(Touchpoint, tp.id), "Rename", typing=True, title="B"))
    assert stack.count() == 2  # a different field is a new step


def test_refused_command_is_dropped_with_its_reason(journey: JourneyMap) -> None:
    stack = QUndoStack()
    a = journey.touchpoints()[0]
    bad = AddEntities(journey, [Flow(id=new_id(), source_id=a.id, target_id=a.id)], "Link")
    before = state(journey)
    stack.push(bad)
    assert stack.count() == 0 and bad.error is not None
    assert state(journey) == before


def test_partial_failure_leaves_nothing(journey: JourneyMap) -> None:
    stack = QUndoStack()
    tp = journey.touchpoints()[0]
    persona = journey.personas()[0]
    good = Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=1)
    clash = Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=2)
    before = state(journey)
    cmd = AddEntities(journey, [good, clash], "Emotions")
    stack.push(cmd)
    assert cmd.error is not None and state(journey) == before


@pytest.mark.parametrize("field", ["title", "order"])
def test_stage_edits(journey: JourneyMap, field: str) -> None:
    stage = journey.stages()[2]
    value = "Renamed" if field == "title" else -5.0
    roundtrip(journey, SetFields(journey, journey.get(Stage, stage.id), "Edit stage", **{field: value}))
