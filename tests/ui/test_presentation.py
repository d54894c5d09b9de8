"""Workshop mode driven with real keys: full screen, stage stepping with the spotlight, the lock, quick capture,
and Esc bringing everything back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.ui import preferences, theme
from cxdesigner.ui.main_window import MainWindow

K = Qt.Key


@pytest.fixture
def presenting(qtbot, window: MainWindow) -> Iterator[MainWindow]:
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    window.window_actions.workshop.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    yield window
    window.presentation.leave()
    theme.apply_theme(preferences.Theme.LIGHT)


def press(qtbot, window: MainWindow, key: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(window.view, key) if not text else qtbot.keyClicks(window.view, text)


def lit_stage(window: MainWindow) -> str:
    spot = window.presentation.spotlight
    assert spot is not None
    column = spot.column_rect()
    box = next(
        b for b in window.scene.layout.stages.values() if QRectF(b.header.x, b.header.y, 1, 1).intersects(column)
    )
    return window.document.model.find(box.stage_id).title


def test_entering_hides_the_docks_and_bars_and_goes_full_screen(presenting: MainWindow) -> None:
    w = presenting
    assert w.presentation.active and w.window_actions.workshop.isChecked()
    assert not any(d.isVisible() for d in w.docks.values())
    assert not w.menuBar().isVisible() and not w.toolbar.isVisible() and not w.statusBar().isVisible()
    assert QApplication.instance().palette().color(w.palette().ColorRole.Window).name() == "#ffffff"
    assert QApplication.instance().font().pointSize() == theme.PROJECTOR_POINT_SIZE
    assert w.presentation.hud.isVisible() and "Stage 1 of 8: Need" in w.presentation.hud.text()


def test_arrow_keys_step_through_the_stages_in_the_spotlight(qtbot, presenting: MainWindow) -> None:
    w = presenting
    assert lit_stage(w) == "Need"
    press(qtbot, w, K.Key_Right)
    press(qtbot, w, K.Key_Right)
    assert w.presentation.stage_index == 2 and lit_stage(w) == "Choice"
    assert "Stage 3 of 8: Choice" in w.presentation.hud.text()
    column = w.presentation.spotlight.column_rect()
    assert w.view.mapToScene(w.view.viewport().rect()).boundingRect().contains(column.center())
    press(qtbot, w, K.Key_Left)
    assert lit_stage(w) == "Search"
    press(qtbot, w, K.Key_End)
    assert lit_stage(w) == "Recommendation"
    press(qtbot, w, K.Key_PageDown)  # a clicker's "next" past the end stays on the last stage
    assert w.presentation.stage_index == 7
    press(qtbot, w, K.Key_Home)
    assert lit_stage(w) == "Need"
    assert w.view_state.selection == []  # stepping never touched the map


def test_the_lock_key_blocks_edits_and_typing(qtbot, presenting: MainWindow) -> None:
    w = presenting
    before = w.document.model.count(Touchpoint)
    press(qtbot, w, K.Key_F9)
    assert w.view_state.locked and "Locked" in w.presentation.hud.text()
    press(qtbot, w, K.Key_A, "x")
    assert w.document.model.count(Touchpoint) == before and not w.scene.editor.active
    assert "locked" in w.presentation.hud.text()
    card = w.document.model.touchpoints()[0]
    w.scene.set_selection([card.id])
    qtbot.keyClick(w.view, K.Key_Delete)
    assert w.document.model.find(card.id) is not None
    press(qtbot, w, K.Key_F9)
    assert not w.view_state.locked


def test_typing_captures_a_card_in_the_framed_cell(qtbot, presenting: MainWindow) -> None:
    w = presenting
    press(qtbot, w, K.Key_Right)  # Search
    press(qtbot, w, K.Key_Down)  # the frame moves from "Customer actions" to "Touchpoints"
    qtbot.keyClicks(w.view, "Queue at the till")
    assert w.scene.editor.active
    qtbot.keyClick(w.view, K.Key_Return)
    qtbot.waitUntil(lambda: not w.scene.editor.active)
    card = next(t for t in w.document.model.touchpoints() if t.title == "Queue at the till")
    stage = w.document.model.find(card.stage_id)
    lane = w.document.model.find(card.lane_id)
    assert stage.title == "Search" and lane.title == "Touchpoints"
    assert [t.title for t in w.document.model.cell(stage.id, lane.id)] == ["Website", "Queue at the till"]


def test_esc_while_capturing_takes_the_card_back(qtbot, presenting: MainWindow) -> None:
    w = presenting
    before = w.document.model.count(Touchpoint)
    qtbot.keyClicks(w.view, "Oops")
    assert w.document.model.count(Touchpoint) == before + 1
    qtbot.keyClick(w.view, K.Key_Escape)  # cancels the title, not the workshop
    qtbot.waitUntil(lambda: w.document.model.count(Touchpoint) == before)
    assert w.presentation.active


def test_esc_leaves_and_everything_comes_back(qtbot, window: MainWindow) -> None:
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    docks = {name for name, dock in window.docks.items() if dock.isVisible()}
    zoom, font = window.view.zoom, QApplication.instance().font().toString()
    window.presentation.enter()
    qtbot.keyClick(window.view, K.Key_F9)
    qtbot.keyClick(window.view, K.Key_Escape)
    assert not window.presentation.active and not window.window_actions.workshop.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert {name for name, dock in window.docks.items() if dock.isVisible()} == docks
    assert window.menuBar().isVisible() and window.statusBar().isVisible() and window.toolbar.isVisible()
    assert not window.view_state.locked and window.view.zoom == zoom
    assert window.presentation.spotlight is None
    assert QApplication.instance().font().toString() == font
