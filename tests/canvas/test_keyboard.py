"""The keyboard alone builds a map: stages, cards, links, renames, moves and deletes, each one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Touchpoint
from tests.canvas.conftest import open_canvas
from tests.canvas.gestures import Canvas, file_matches, reopen

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def blank(qtbot, tmp_path: Path):
    kit = open_canvas(qtbot, tmp_path / "blank.cxd", templates.blank("Shop"))
    yield kit
    kit.doc.close()


def _enter_text(canvas: Canvas, text: str) -> None:
    assert canvas.scene.editor.active
    canvas.type(text)
    canvas.key(K.Key_Return)
    assert not canvas.scene.editor.active


def _by_title(canvas: Canvas, title: str) -> Touchpoint:
    return next(t for t in canvas.model.touchpoints() if t.title == title)


def test_three_stages_with_cards_and_links_by_keyboard_alone(blank: Canvas) -> None:
    c = blank
    c.key(K.Key_Return)  # a card in the first stage
    _enter_text(c, "Saw an advert")
    c.key(K.Key_Return, CTRL)  # a stage after it
    _enter_text(c, "Search")
    c.key(K.Key_Return)  # a card in the new stage, same lane
    _enter_text(c, "Visited the site")
    c.key(K.Key_Return, CTRL)
    _enter_text(c, "Purchase")
    c.key(K.Key_Return)
    _enter_text(c, "Bought a T-shirt")
    c.key(K.Key_Return)  # a second card under it
    _enter_text(c, "Got a funny bag")

    # link advert -> site -> T-shirt: select, Ctrl+L, arrow to the target, Enter
    c.key(K.Key_Up)
    c.key(K.Key_Left)
    c.key(K.Key_Left)
    assert c.state.selection == [_by_title(c, "Saw an advert").id]
    c.key(K.Key_L, CTRL)
    c.key(K.Key_Right)
    c.key(K.Key_Return)
    c.key(K.Key_L, CTRL)
    c.key(K.Key_Right)
    c.key(K.Key_Return)
    # and rename the first stage from its header: Up from the top card
    c.key(K.Key_Left)
    c.key(K.Key_Left)
    c.key(K.Key_Up)
    c.key(K.Key_F2)
    _enter_text(c, "Need")

    for journey in (c.model, reopen(c.doc.path)):
        stages = journey.stages()
        assert [s.title for s in stages] == ["Need", "Search", "Purchase"]
        lane = next(lane for lane in journey.lanes() if lane.kind.value == "touchpoints")
        cells = [[t.title for t in journey.cell(s.id, lane.id)] for s in stages]
        assert cells == [["Saw an advert"], ["Visited the site"], ["Bought a T-shirt", "Got a funny bag"]]
        ids = {t.title: t.id for t in journey.touchpoints()}
        links = {(f.source_id, f.target_id) for f in journey.flows()}
        assert links == {
            (ids["Saw an advert"], ids["Visited the site"]),
            (ids["Visited the site"], ids["Bought a T-shirt"]),
        }
    assert file_matches(c)
    # every gesture was one step: 4 cards + 4 renames, 2 stages + 2 renames, 2 links, 1 stage rename
    assert c.doc.undo_stack.count() == 15


def test_arrows_walk_the_cards_and_select_the_first_from_nothing(canvas: Canvas) -> None:
    layout = canvas.scene.layout
    order = sorted(layout.cards, key=lambda i: layout.cards[i].rect.x)
    canvas.key(K.Key_Right)
    assert canvas.state.selection == [order[0]]
    canvas.key(K.Key_Right)
    canvas.key(K.Key_Right)
    assert canvas.state.selection == [order[2]]
    canvas.key(K.Key_Left)
    assert canvas.state.selection == [order[1]]
    canvas.key(K.Key_Escape)
    assert canvas.state.selection == []
    canvas.key(K.Key_A, CTRL)
    assert set(canvas.state.selection) == set(order)


def test_alt_arrows_move_cards_and_delete_removes_them_in_one_step(canvas: Canvas) -> None:
    model = canvas.model
    advert = next(t for t in model.touchpoints() if t.title == "Advert")
    website = next(t for t in model.touchpoints() if t.title == "Website")
    canvas.scene.set_selection([advert.id])
    canvas.key(K.Key_Right, ALT)
    moved = model.get(Touchpoint, advert.id)
    assert moved.stage_id == website.stage_id
    assert [t.title for t in model.cell(website.stage_id, website.lane_id)] == ["Website", "Advert"]
    canvas.key(K.Key_Up, ALT)
    assert [t.title for t in model.cell(website.stage_id, website.lane_id)] == ["Advert", "Website"]
    assert reopen(canvas.doc.path).get(Touchpoint, advert.id) == model.get(Touchpoint, advert.id)

    canvas.scene.set_selection([advert.id, website.id])
    steps = canvas.doc.undo_stack.count()
    canvas.key(K.Key_Delete)
    assert advert.id not in model and website.id not in model
    assert canvas.doc.undo_stack.count() == steps + 1
    assert file_matches(canvas)
    canvas.doc.undo()
    assert advert.id in model and website.id in model and file_matches(canvas)


def test_the_locked_map_refuses_keyboard_edits(canvas: Canvas, qtbot) -> None:
    canvas.state.set_locked(True)
    canvas.scene.set_selection([canvas.model.touchpoints()[0].id])
    with qtbot.waitSignal(canvas.scene.status_message):
        canvas.key(K.Key_Delete)
    canvas.key(K.Key_Return)
    assert canvas.doc.undo_stack.count() == 0 and not canvas.scene.editor.active


def test_moving_into_a_gap_with_no_room_left_numbers_the_cell_afresh(qtbot, tmp_path: Path) -> None:
    import math

    from cxdesigner.domain.entities import new_id

    journey = templates.blank("Crowded")
    stage, lane = journey.stages()[0], next(x for x in journey.lanes() if x.kind.value == "touchpoints")
    keys = {"A": 0.0, "B": math.nextafter(0.0, 1.0), "C": 2.0}  # no float fits between A and B
    for title, order in keys.items():
        journey.add(Touchpoint(new_id(), stage.id, lane.id, title=title, order=order))
    c = open_canvas(qtbot, tmp_path / "crowded.cxd", journey)
    c.scene.set_selection([_by_title(c, "C").id])
    c.key(K.Key_Up, ALT)
    for model in (c.model, reopen(c.doc.path)):
        assert [t.title for t in model.cell(stage.id, lane.id)] == ["A", "C", "B"]
    assert c.doc.undo_stack.count() == 1
    c.doc.undo()
    assert [t.title for t in c.model.cell(stage.id, lane.id)] == ["A", "B", "C"] and file_matches(c)
    c.doc.close()
