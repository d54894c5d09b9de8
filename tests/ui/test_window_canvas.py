"""The window with the real canvas: selection on the map drives the inspector, the palette's drag data lands
as a card, and the window's shortcuts act on what the canvas selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def reopened(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


def model_state(window: MainWindow) -> list[str]:
    return sorted(repr(e) for e in window.document.model.entities())


def focus_canvas(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: window.view.hasFocus())


def view_point(window: MainWindow, entity_id: str) -> QPoint:
    c = window.scene.layout.cards[entity_id].rect.center
    window.view.ensureVisible(c.x - 5, c.y - 5, 10, 10)
    return window.view.mapFromScene(QPointF(c.x, c.y))


def card(window: MainWindow, title: str) -> Touchpoint:
    return next(t for t in window.document.model.touchpoints() if t.title == title)


def test_clicking_a_card_shows_it_in_the_inspector_and_edits_reach_the_card(qtbot, window: MainWindow) -> None:
    seller = card(window, "Seller")
    focus_canvas(qtbot, window)
    QTest.mouseClick(window.view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, view_point(window, seller.id))
    inspector = window.panels["inspector"]
    assert window.view_state.selection == [seller.id]
    assert inspector.page is inspector.pages["touchpoint"] and inspector.field("title").text() == "Seller"
    assert window.selection_label.text() == "1 selected"
    title = inspector.field("title")
    title.end(False)
    qtbot.keyClicks(title, " at the stand")
    qtbot.waitUntil(lambda: window.scene.item_for(seller.id).touchpoint.title == "Seller at the stand")
    assert reopened(window.document.path) == model_state(window)
    focus_canvas(qtbot, window)
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # the window's Undo, from the canvas
    assert window.document.model.find(seller.id).title == "Seller"
    qtbot.waitUntil(lambda: window.scene.item_for(seller.id).touchpoint.title == "Seller")
    assert title.text() == "Seller"


def test_a_palette_drag_drops_a_card_of_that_channel(qtbot, window: MainWindow) -> None:
    palette = window.panels["palette"]
    entry = palette.entry("channel:messenger")
    mime = entry.listWidget().mimeData([entry])
    advert = card(window, "Advert")
    layout = window.scene.layout
    cell = layout.cards[advert.id].rect
    target = window.view.mapFromScene(QPointF(cell.center.x, cell.y + cell.h + 20))
    port = window.view.viewport()
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(target, copy, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(port, QDragMoveEvent(target, copy, mime, LEFT, Qt.KeyboardModifier.NoModifier))
    drop = QDropEvent(QPointF(target), copy, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, drop)
    cell_cards = window.document.model.cell(advert.stage_id, advert.lane_id)
    assert [t.channel for t in cell_cards] == [Channel.ADVERT, Channel.MESSENGER]
    assert reopened(window.document.path) == model_state(window)
    window.window_actions.undo.trigger()
    assert len(window.document.model.touchpoints()) == 4


def _drag_from_palette(qtbot, window: MainWindow, payload: str, near: Touchpoint) -> None:
    """Press on a palette entry (the palette has the keyboard then), drag it below ``near`` and drop it."""
    palette = window.panels["palette"]
    entry = palette.entry(payload)
    view_list = entry.listWidget()
    window.activateWindow()
    view_list.scrollToItem(entry)
    at = view_list.visualItemRect(entry).center()
    QTest.mouseClick(view_list.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(view_list.hasFocus)
    mime = view_list.mimeData([entry])
    cell = window.scene.layout.cards[near.id].rect
    target = window.view.mapFromScene(QPointF(cell.center.x, cell.y + cell.h + 20))
    port, copy, none = window.view.viewport(), Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(port, QDragEnterEvent(target, copy, mime, LEFT, none))
    QApplication.sendEvent(port, QDragMoveEvent(target, copy, mime, LEFT, none))
    QApplication.sendEvent(port, QDropEvent(QPointF(target), copy, mime, LEFT, none))


def test_a_dropped_card_is_named_by_what_is_typed_next(qtbot, window: MainWindow) -> None:
    advert = card(window, "Advert")
    steps = window.document.undo_stack.count()
    _drag_from_palette(qtbot, window, "channel:messenger", advert)
    new = window.document.model.cell(advert.stage_id, advert.lane_id)[-1]
    assert new.channel == Channel.MESSENGER and window.view_state.selection == [new.id]
    keyboard = QApplication.focusWidget()  # where typing goes now: not the palette any more
    assert keyboard is not None and keyboard is not window.panels["palette"].entry("channel:messenger").listWidget()
    QTest.keyClicks(keyboard, "Asked in the chat")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.document.model.find(new.id).title == "Asked in the chat"
    assert len(window.document.model.touchpoints()) == 5, "Enter named the card; it added no second one"
    assert reopened(window.document.path) == model_state(window)
    assert window.document.undo_stack.count() == steps + 2  # the drop, the name


def test_esc_after_a_drop_keeps_the_default_name(qtbot, window: MainWindow) -> None:
    advert = card(window, "Advert")
    _drag_from_palette(qtbot, window, "channel:phone", advert)
    new = window.document.model.cell(advert.stage_id, advert.lane_id)[-1]
    QTest.keyClicks(QApplication.focusWidget(), "Half a na")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.document.model.find(new.id).title == "New touchpoint"
    assert window.view.hasFocus()


def test_keyboard_copy_paste_and_delete_act_on_the_canvas_selection(qtbot, window: MainWindow) -> None:
    model = window.document.model
    advert, website = card(window, "Advert"), card(window, "Website")
    focus_canvas(qtbot, window)
    port = window.view.viewport()
    QTest.mouseClick(port, LEFT, Qt.KeyboardModifier.NoModifier, view_point(window, advert.id))
    QTest.mouseClick(port, LEFT, CTRL, view_point(window, website.id))
    assert sorted(window.view_state.selection) == sorted([advert.id, website.id])
    QTest.keyClick(window.view, Qt.Key.Key_C, CTRL)
    QTest.keyClick(window.view, Qt.Key.Key_V, CTRL)
    pasted = [i for i in window.view_state.selection if i not in (advert.id, website.id)]
    assert len(pasted) == 2 and len(model.touchpoints()) == 6
    assert len(model.flows()) == 4, "the flow between the two copied cards came along"
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(model.touchpoints()) == 4 and all(i not in model for i in pasted)
    assert reopened(window.document.path) == model_state(window)
    assert window.document.undo_stack.count() == 2


def test_keys_in_an_inspector_field_edit_the_text_and_undo_goes_through_the_document(qtbot, window: MainWindow) -> None:
    seller = card(window, "Seller")
    window.view_state.select([seller.id])
    title = window.panels["inspector"].field("title")
    window.activateWindow()
    title.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(title.hasFocus)
    title.setCursorPosition(0)
    QTest.keyClick(title, Qt.Key.Key_Delete)  # the window's Delete would remove the card
    assert window.document.model.find(seller.id).title == "eller"
    assert len(window.document.model.touchpoints()) == 4
    QTest.keyClick(title, Qt.Key.Key_Z, CTRL)  # not the line edit's private undo: the document's
    assert window.document.model.find(seller.id).title == "Seller" and title.text() == "Seller"
    assert window.document.undo_stack.index() == 0 and window.document.undo_stack.count() == 1
