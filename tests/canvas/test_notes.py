"""Barriers and improvements drawn as notes in the barriers and ideas lanes, in step with the document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.canvas.note import NoteItem
from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier
from tests.canvas.gestures import Canvas


def _add(canvas: Canvas, *entities) -> None:
    assert canvas.scene.push(AddEntities(canvas.model, list(entities), "Add"))


def test_notes_appear_follow_and_go_with_undo(canvas: Canvas) -> None:
    model, scene = canvas.model, canvas.scene
    seller = next(t for t in model.touchpoints() if t.title == "Seller")
    barrier = Barrier(id=new_id(), touchpoint_id=seller.id, description="Rude <b>answers</b> & co", share_lost=0.2)
    _add(canvas, barrier)
    note = scene.item_for(barrier.id)
    assert isinstance(note, NoteItem) and note.rect == scene.layout.notes[barrier.id].rect
    assert scene.layout.notes[barrier.id].stage_id == seller.stage_id
    # An improvement shows once it is linked to a barrier.
    idea = Improvement(id=new_id(), title="Train the sellers", effort=1, impact=5)
    _add(canvas, idea)
    assert scene.item_for(idea.id) is None
    _add(canvas, ImprovementBarrier(id=new_id(), improvement_id=idea.id, barrier_id=barrier.id))
    idea_note = scene.item_for(idea.id)
    assert isinstance(idea_note, NoteItem) and idea_note.rect.y > note.rect.y  # the ideas lane is below
    # Moving the touchpoint takes its barrier (and the improvement) to the new stage.
    target = model.stages()[6]
    scene.push(SetFields(model, model.get(Touchpoint, seller.id), "Move", stage_id=target.id))
    assert scene.layout.notes[barrier.id].stage_id == target.id
    assert scene.item_for(barrier.id).rect.x == scene.layout.notes[barrier.id].rect.x
    assert scene.item_for(idea.id) is idea_note  # the same item, moved, never rebuilt
    # Editing shows at once; undo takes the notes away in order.
    scene.push(SetFields(model, model.get(Barrier, barrier.id), "Edit", description="Slow"))
    assert scene.item_for(barrier.id).entity.description == "Slow"
    canvas.doc.undo()
    canvas.doc.undo()
    canvas.doc.undo()  # the link
    assert scene.item_for(idea.id) is None and scene.item_for(barrier.id) is not None
    canvas.doc.undo()
    canvas.doc.undo()
    assert scene.item_for(barrier.id) is None and not [i for i in scene.items() if isinstance(i, NoteItem)]


def test_a_note_is_selected_renamed_and_deleted_on_the_canvas(canvas: Canvas) -> None:
    model, scene = canvas.model, canvas.scene
    stage = model.stages()[1]
    barrier = Barrier(id=new_id(), stage_id=stage.id, description="Queue")
    _add(canvas, barrier)
    note = scene.item_for(barrier.id)
    center = note.sceneBoundingRect().center()
    canvas.view.centerOn(center)
    x, y = center.x(), center.y()
    canvas.click(x, y)
    assert canvas.state.selection == [barrier.id]
    canvas.double_click(x, y)
    assert scene.editor.active and scene.editor.field == "description"
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Long queue")
    canvas.key(Qt.Key.Key_Return)
    assert model.get(Barrier, barrier.id).description == "Long queue"
    canvas.click(x, y)
    canvas.key(Qt.Key.Key_Delete)
    assert barrier.id not in model and scene.item_for(barrier.id) is None
    canvas.doc.undo()
    assert scene.item_for(barrier.id) is not None


def test_highlights_reach_notes(canvas: Canvas) -> None:
    stage = canvas.model.stages()[2]
    barrier = Barrier(id=new_id(), stage_id=stage.id, description="New since spring")
    _add(canvas, barrier)
    canvas.state.highlight("changed", [barrier.id])
    assert canvas.scene.item_for(barrier.id).highlights == ("changed",)
