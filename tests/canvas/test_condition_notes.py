"""External conditions on the canvas: a double-click on an empty cell of a conditions lane notes one there,
typed in place, one per cell, saved, and gone with its stage until undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.canvas.note import NoteItem
from cxdesigner.commands import AddEntities, DeleteEntities
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Lane, LaneKind, Touchpoint, new_id
from tests.canvas.gestures import Canvas, reopen


def _conditions_lane(canvas: Canvas) -> Lane:
    lane = Lane(new_id(), "Outside", order=-1.0, kind=LaneKind.CONDITIONS, height=72.0)
    assert canvas.scene.push(AddEntities(canvas.model, [lane], "Add lane"))
    return lane


def _cell_centre(canvas: Canvas, stage_id: str, lane_id: str) -> tuple[float, float]:
    column, band = canvas.scene.layout.stages[stage_id].column, canvas.scene.layout.lanes[lane_id].band
    canvas.view.centerOn(column.center.x, band.center.y)
    return column.center.x, band.center.y


def test_a_double_click_notes_a_condition_typed_in_place_and_saved(canvas: Canvas) -> None:
    model, scene = canvas.model, canvas.scene
    lane, stage = _conditions_lane(canvas), model.stages()[2]
    x, y = _cell_centre(canvas, stage.id, lane.id)
    canvas.double_click(x, y)
    noted = [c for c in model.all(Condition)]
    assert len(noted) == 1 and (noted[0].stage_id, noted[0].lane_id) == (stage.id, lane.id)
    assert scene.editor.active and scene.editor.field == "text" and scene.editor.target_id == noted[0].id
    canvas.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    canvas.type("Winter: fewer walk-ins")
    canvas.key(Qt.Key.Key_Return)
    assert model.get(Condition, noted[0].id).text == "Winter: fewer walk-ins"
    note = scene.item_for(noted[0].id)
    assert isinstance(note, NoteItem) and note.rect == scene.layout.notes[noted[0].id].rect
    # A second double-click in the cell edits that note: still one condition there.
    canvas.double_click(x, y)
    assert scene.editor.active and scene.editor.target_id == noted[0].id
    canvas.key(Qt.Key.Key_Escape)
    assert model.count(Condition) == 1
    assert reopen(canvas.doc.path).get(Condition, noted[0].id).text == "Winter: fewer walk-ins"
    # No card is added there, and its stage takes it along until undo.
    assert not [t for t in model.all(Touchpoint) if t.lane_id == lane.id]
    assert scene.push(DeleteEntities(model, [stage.id], "Delete stage"))
    assert model.count(Condition) == 0 and scene.item_for(noted[0].id) is None
    canvas.doc.undo()
    assert isinstance(scene.item_for(noted[0].id), NoteItem)
