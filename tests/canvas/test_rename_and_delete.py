"""Renaming in place (double-click or F2, Enter commits, Esc cancels) and deleting in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.domain.entities import Flow, Lane, Stage, Touchpoint
from tests.canvas.gestures import Canvas, file_matches, reopen

K = Qt.Key
TRICKY = "<b>Bold</b> & “quotes” 😀 שלום"


def _advert(canvas: Canvas) -> Touchpoint:
    return next(t for t in canvas.model.touchpoints() if t.title == "Advert")


def test_double_click_a_card_types_a_literal_title_and_enter_commits_one_step(canvas: Canvas) -> None:
    advert = _advert(canvas)
    canvas.double_click(*canvas.card_center(advert.id))
    assert canvas.scene.editor.active and canvas.scene.editor.line_edit.text() == "Advert"
    canvas.type(TRICKY)
    canvas.key(K.Key_Return)
    assert canvas.model.get(Touchpoint, advert.id).title == TRICKY
    assert reopen(canvas.doc.path).get(Touchpoint, advert.id).title == TRICKY
    assert canvas.doc.undo_stack.count() == 1
    assert canvas.scene.item_for(advert.id).touchpoint.title == TRICKY
    canvas.doc.undo()
    assert canvas.model.get(Touchpoint, advert.id).title == "Advert" and file_matches(canvas)


def test_esc_cancels_and_an_empty_title_is_refused(canvas: Canvas) -> None:
    advert = _advert(canvas)
    canvas.scene.set_selection([advert.id])
    canvas.key(K.Key_F2)
    canvas.type("Something else")
    canvas.key(K.Key_Escape)
    assert not canvas.scene.editor.active
    canvas.key(K.Key_F2)
    canvas.key(K.Key_Backspace)
    canvas.key(K.Key_Return)
    assert canvas.scene.editor.active  # still open: a card needs a title
    canvas.key(K.Key_Escape)
    assert canvas.model.get(Touchpoint, advert.id) == advert and canvas.doc.undo_stack.count() == 0


def test_stage_lane_and_flow_label_rename_in_place(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    stage, lane, flow = model.stages()[0], model.lanes()[0], model.flows()[0]
    header = layout.stages[stage.id].header
    canvas.double_click(header.center.x, header.center.y)
    canvas.type("Потребность")
    canvas.key(K.Key_Return)
    label = layout.lanes[lane.id].label
    canvas.double_click(label.center.x, label.center.y)
    canvas.type("Doing")
    canvas.key(K.Key_Return)
    canvas.scene.set_selection([flow.id])
    canvas.key(K.Key_F2)
    canvas.type("40 % go on")
    canvas.key(K.Key_Return)
    assert model.get(Stage, stage.id).title == "Потребность"
    assert model.get(Lane, lane.id).title == "Doing"
    assert model.get(Flow, flow.id).label == "40 % go on"
    # a flow's label may be emptied
    canvas.key(K.Key_F2)
    canvas.key(K.Key_Backspace)
    canvas.key(K.Key_Return)
    assert model.get(Flow, flow.id).label == ""
    assert canvas.doc.undo_stack.count() == 4 and file_matches(canvas)


def test_deleting_a_stage_removes_its_cards_in_one_undo_step(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    advert = _advert(canvas)
    stage = model.get(Stage, advert.stage_id)
    header = layout.stages[stage.id].header
    canvas.click(header.center.x, header.center.y)
    assert canvas.state.selection == [stage.id]
    flows = model.count(Flow)
    canvas.key(K.Key_Delete)
    assert stage.id not in model and advert.id not in model and model.count(Flow) == flows - 1
    assert canvas.scene.item_for(stage.id) is None and canvas.scene.item_for(advert.id) is None
    assert stage.id not in reopen(canvas.doc.path) and file_matches(canvas)
    assert canvas.doc.undo_stack.count() == 1
    canvas.doc.undo()
    assert model.get(Stage, stage.id) == stage and model.get(Touchpoint, advert.id) == advert
    assert model.count(Flow) == flows and canvas.scene.item_for(advert.id) is not None
    assert reopen(canvas.doc.path).get(Touchpoint, advert.id) == advert and file_matches(canvas)
    canvas.doc.redo()
    assert advert.id not in model and file_matches(canvas)
