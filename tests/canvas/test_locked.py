"""A locked map (workshop mode) and a read-only file: gestures select but never edit, and nothing breaks."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.view import MapView
from cxdesigner.document import Document
from cxdesigner.domain.entities import Flow, Touchpoint
from cxdesigner.viewstate import ViewState
from tests.canvas.gestures import Canvas, state_of
from tests.conftest import small_map


def test_a_locked_map_selects_but_does_not_edit(canvas: Canvas) -> None:
    model = canvas.model
    before = state_of(model)
    canvas.state.set_locked(True)
    advert = next(t for t in model.touchpoints() if t.title == "Advert")
    seller = next(t for t in model.touchpoints() if t.title == "Seller")
    card = canvas.scene.item_for(advert.id)
    handle = card.mapToScene(card.handle_center())
    canvas.drag(canvas.card_center(advert.id), canvas.card_center(seller.id))  # move
    canvas.drag((handle.x(), handle.y()), canvas.card_center(seller.id))  # link
    header = canvas.scene.layout.stages[advert.stage_id].header
    canvas.drag((header.center.x, header.center.y), (header.center.x + 500, header.center.y))  # reorder
    canvas.double_click(*canvas.card_center(advert.id))  # rename
    assert not canvas.palette_drop("channel:email", *canvas.card_center(seller.id))
    assert state_of(model) == before and canvas.doc.undo_stack.count() == 0
    assert not canvas.scene.editor.active
    canvas.click(*canvas.card_center(seller.id))
    assert canvas.state.selection == [seller.id]


def test_a_read_only_file_keeps_cards_where_they_are(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxd"
    Document.create(path, small_map()).close()
    doc = Document.open(path, read_only=True)
    scene = MapScene(doc, ViewState())
    view = MapView(scene)
    view.resize(1400, 900)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    kit = Canvas(doc, scene.view_state, scene, view)
    advert = next(t for t in doc.model.touchpoints() if t.title == "Advert")
    seller = next(t for t in doc.model.touchpoints() if t.title == "Seller")
    before = state_of(doc.model)
    assert not kit.palette_drop("channel:email", *kit.card_center(seller.id))
    kit.drag(kit.card_center(advert.id), kit.card_center(seller.id))
    assert state_of(doc.model) == before
    assert isinstance(scene.item_for(advert.id), TouchpointCard)
    assert scene.item_for(advert.id).pos().toTuple() == (
        scene.layout.cards[advert.id].rect.x,
        scene.layout.cards[advert.id].rect.y,
    )
    assert doc.model.count(Touchpoint) == 4 and doc.model.count(Flow) == 3
    doc.close()
