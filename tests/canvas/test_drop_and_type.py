"""Drop and type: a card dropped from the palette is named by what the user types next, as on a sticky note;
a link just drawn takes its label the same way, or none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from cxdesigner.domain.entities import Channel, Touchpoint
from tests.canvas.gestures import Canvas, file_matches


def _keyboard_elsewhere(qtbot, canvas: Canvas) -> QLineEdit:
    """A widget holding the keyboard, as the palette does when a drag starts from it."""
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    return other


def _type(text: str, key: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Type on the keyboard: the keys go to whatever widget has the focus."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard"
    QTest.keyClicks(focus, text)
    if key is not None:
        QTest.keyClick(QApplication.focusWidget() or focus, key)


def _empty_cell(canvas: Canvas) -> tuple[float, float]:
    layout = canvas.scene.layout
    stage = layout.stages[layout.stage_order[-1]].header
    lane = next(lane for lane in canvas.model.lanes() if not canvas.model.cell(layout.stage_order[-1], lane.id))
    band = layout.lanes[lane.id].band
    return stage.center.x, band.center.y


def test_a_dropped_card_is_named_by_what_is_typed_next(qtbot, canvas: Canvas) -> None:
    other = _keyboard_elsewhere(qtbot, canvas)
    before = {t.id for t in canvas.model.touchpoints()}
    steps = canvas.doc.undo_stack.count()
    assert canvas.palette_drop("channel:shop", *_empty_cell(canvas))
    (new,) = [t for t in canvas.model.touchpoints() if t.id not in before]
    qtbot.waitUntil(canvas.scene.editor.line_edit.hasFocus)
    assert not other.hasFocus() and canvas.scene.editor.target_id == new.id
    _type("Stand at the market")
    card = canvas.model.get(Touchpoint, new.id)
    assert card.title == "Stand at the market" and card.channel == Channel.SHOP
    assert canvas.doc.undo_stack.count() == steps + 2  # the card, then its name
    assert not canvas.scene.editor.active and canvas.model.count(Touchpoint) == len(before) + 1
    assert file_matches(canvas)


def test_esc_keeps_the_default_name(qtbot, canvas: Canvas) -> None:
    _keyboard_elsewhere(qtbot, canvas)
    before = {t.id for t in canvas.model.touchpoints()}
    assert canvas.palette_drop("channel:website", *_empty_cell(canvas))
    (new,) = [t for t in canvas.model.touchpoints() if t.id not in before]
    qtbot.waitUntil(canvas.scene.editor.line_edit.hasFocus)
    _type("Half a na", Qt.Key.Key_Escape)
    assert canvas.model.get(Touchpoint, new.id).title == "New touchpoint" and not canvas.scene.editor.active


def test_a_new_link_takes_its_label_from_the_keyboard_or_none(canvas: Canvas) -> None:
    titles = {t.title: t for t in canvas.model.touchpoints()}
    advert, website, seller, bag = titles["Advert"], titles["Website"], titles["Seller"], titles["Bag"]
    card = canvas.scene.item_for(advert.id)
    handle = card.mapToScene(card.handle_center())
    canvas.drag((handle.x(), handle.y()), canvas.card_center(seller.id))
    flow = canvas.model.flow_between(advert.id, seller.id)
    assert flow is not None and canvas.scene.editor.target_id == flow.id
    _type("asks the price")
    assert canvas.model.flow_between(advert.id, seller.id).label == "asks the price"
    # Drawing the next link at once skips the offered label: the press closes the editor, the link is made.
    card = canvas.scene.item_for(website.id)
    handle = card.mapToScene(card.handle_center())
    canvas.drag((handle.x(), handle.y()), canvas.card_center(bag.id))
    second = canvas.model.flow_between(website.id, bag.id)
    assert second is not None and canvas.scene.editor.target_id == second.id
    card = canvas.scene.item_for(advert.id)
    handle = card.mapToScene(card.handle_center())
    canvas.drag((handle.x(), handle.y()), canvas.card_center(bag.id))
    assert canvas.model.flow_between(advert.id, bag.id) is not None
    assert canvas.model.flow_between(website.id, bag.id).label == ""
    assert file_matches(canvas)
