"""Typing a value in the Emotions table's value box picks exactly that value, with or without its sign."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox

from cxdesigner.document import Document
from cxdesigner.panels.emotion_table import FIXED_COLUMNS
from cxdesigner.panels.emotions import EmotionsPanel


def _open_editor(qtbot, panel: EmotionsPanel, row: int) -> QComboBox:
    table = panel.table
    index = panel.table_model.index(row, FIXED_COLUMNS)
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    return QApplication.focusWidget()


@pytest.mark.parametrize(
    ("typed", "value"),
    [("+2", 2), ("2", 2), ("+1", 1), ("1", 1), ("0", 0), ("-1", -1), ("−1", -1), ("-2", -2), ("−2", -2)],
)
def test_typing_a_value_picks_exactly_that_value(qtbot, document: Document, view_state, typed, value) -> None:
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    persona = document.model.personas()[0]
    first = panel.table_model.rows[0]
    combo = _open_editor(qtbot, panel, 0)

    for char in typed:  # as the keyboard sends them: QTest cannot type the minus sign U+2212
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(combo, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    assert combo.currentData() == value, combo.currentText()
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop

    qtbot.waitUntil(lambda: document.model.emotion(first.id, persona.id) is not None)
    assert document.model.emotion(first.id, persona.id).designed == value
    assert document.undo_stack.count() == 1
    document.undo()
    assert document.model.emotion(first.id, persona.id) is None


def test_a_digit_beyond_two_is_refused_and_delete_clears(qtbot, document: Document, view_state) -> None:
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    combo = _open_editor(qtbot, panel, 0)
    qtbot.keyClicks(combo, "+1")
    qtbot.keyClicks(combo, "7")
    assert combo.currentData() == 1  # no such value: the box keeps +1
    qtbot.keyClick(combo, Qt.Key.Key_Delete)
    assert combo.currentData() is None
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # an arrow key still steps through the list and commits
    qtbot.waitUntil(lambda: document.undo_stack.count() == 1)
