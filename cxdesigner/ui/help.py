"""Help > Keyboard Shortcuts and Help > About.

The shortcut list is built from the window's own actions, so it always shows the keys that really work on this
platform, followed by the canvas's keys and mouse gestures.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner import __version__
from cxdesigner.canvas.keys import keymap
from cxdesigner.ui.actions import describe

MOUSE = [
    (QT_TRANSLATE_NOOP("Help", "Zoom"), QT_TRANSLATE_NOOP("Help", "Ctrl+wheel or pinch")),
    (QT_TRANSLATE_NOOP("Help", "Pan"), QT_TRANSLATE_NOOP("Help", "Middle button drag or Space+drag")),
    (QT_TRANSLATE_NOOP("Help", "Select several cards"), QT_TRANSLATE_NOOP("Help", "Rubber band or Ctrl+click")),
    (QT_TRANSLATE_NOOP("Help", "Link two cards"), QT_TRANSLATE_NOOP("Help", "Drag from a card's handle")),
    (QT_TRANSLATE_NOOP("Help", "Add a stage, lane or card"), QT_TRANSLATE_NOOP("Help", "Drag it from the palette")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _typeable(keys: QKeySequence) -> bool:
    """False for dedicated hardware keys ("Open", "Zoom In", "Help" on some keyboards): nobody looks them up."""
    key = keys[0].key() if keys.count() else Qt.Key.Key_unknown
    return key not in (Qt.Key.Key_Help, Qt.Key.Key_unknown) and key.value < Qt.Key.Key_Back.value


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, then the canvas's own keys and mouse gestures."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if _typeable(k)]
        if keys:
            rows.append((describe(action), ", ".join(keys)))
    rows += [(what, keys) for keys, what in keymap()]
    rows += [(_tr(what), _tr(keys)) for what, keys in MOUSE]
    return rows


class ShortcutsDialog(QDialog):
    """A table of what each key does."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def show_about(parent: QWidget | None) -> None:
    """The About box: what the editor is, its version and the licence of the bundled font."""
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About CX Designer"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(_tr("CX Designer {version}").format(version=__version__))
    box.setInformativeText(
        _tr(
            "A desktop editor for customer journey maps: stages, touchpoints, flows, quality and emotions.\n"
            "Every change is written to the project file as you make it.\n"
            "The DejaVu fonts are free software (see LICENSE-DejaVu.txt)."
        )
    )
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
    box.exec()
