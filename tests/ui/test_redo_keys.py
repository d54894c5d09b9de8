"""Redo answers both Ctrl+Y and Ctrl+Shift+Z whatever key bindings the platform's theme gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from cxdesigner.document import Document
from cxdesigner.ui.main_window import MainWindow

SK = QKeySequence.StandardKey
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

# What each platform's theme answers for StandardKey.Redo (Qt's qplatformtheme.cpp key table).
THEMES = {
    "xcb": ["Ctrl+Shift+Z"],
    "windows": ["Ctrl+Y", "Alt+Shift+Backspace"],
    "this platform": None,
}


@pytest.fixture(params=list(THEMES))
def theme_window(request, qtbot, monkeypatch: pytest.MonkeyPatch, document: Document) -> Iterator[MainWindow]:
    redo = THEMES[request.param]
    if redo is not None:
        real = QKeySequence.keyBindings
        monkeypatch.setattr(
            QKeySequence, "keyBindings", lambda key: [QKeySequence(k) for k in redo] if key == SK.Redo else real(key)
        )
    win = MainWindow.open_new(document)
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(win.view.hasFocus)
    yield win
    win.close()


@pytest.mark.parametrize(("key", "modifiers"), [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)])
def test_both_redo_keys_redo_on_every_platform(qtbot, theme_window: MainWindow, key, modifiers) -> None:
    win, model = theme_window, theme_window.document.model
    stages = len(model.stages())
    win.scene.actions.add_stage(0, rename=False)
    assert len(model.stages()) == stages + 1
    qtbot.keyClick(win.view, Qt.Key.Key_Z, CTRL)
    assert len(model.stages()) == stages
    qtbot.keyClick(win.view, key, modifiers)
    assert len(model.stages()) == stages + 1
    shortcuts = win.window_actions.redo.shortcuts()
    assert len(shortcuts) == len(set(s.toString() for s in shortcuts))  # no key bound twice (ambiguous)
