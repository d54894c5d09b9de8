"""The inspector's editors: each shows one entity field and reports what the user typed or picked.

Every editor has ``set_value`` (quiet: signals blocked, focus and cursor kept) and emits
``edited(value, typing)`` only for the user's own changes, so refreshing from the model never echoes back
as a new edit. ``None`` shown means "several things with different values". Text is always plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class _LeaveUndoToTheDocument(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the window's Undo/Redo instead of a text widget's private undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        is_override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if is_override and any(event.matches(key) for key in UNDO_KEYS):
            event.ignore()
            return True
        return False


_UNDO_FILTER = _LeaveUndoToTheDocument()


class LineField(QLineEdit):
    """One line of text; every keystroke is an edit that merges with the previous one."""

    edited = Signal(object, bool)
    typing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(1_000_000)
        self.installEventFilter(_UNDO_FILTER)
        self.textEdited.connect(lambda text: self.edited.emit(text, True))
        self.editingFinished.connect(self.typing_finished)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self.setPlaceholderText(_tr("(several values)") if value is None else "")
        if text != self.text():
            cursor = self.cursorPosition()
            self.blockSignals(True)
            self.setText(text)
            # an undo while typing keeps the cursor where the user is; otherwise show the start of the text
            self.setCursorPosition(min(cursor, len(text)) if self.hasFocus() else 0)
            self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)


class OwnerField(LineField):
    """An owner: free text, with the map's departments offered as the user types (any case, any part)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        # choosing from the list is an edit like typing
        completer.activated.connect(lambda text: self.edited.emit(text, True))

    def set_choices(self, names: list[str]) -> None:
        if names != self._names.stringList():
            self._names.setStringList(names)

    def choices(self) -> list[str]:
        return self._names.stringList()


class TextBlockField(QPlainTextEdit):
    """Several lines of text (description, notes); typing merges like ``LineField``."""

    edited = Signal(object, bool)
    typing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.installEventFilter(_UNDO_FILTER)
        self.setUndoRedoEnabled(False)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(lambda: self.edited.emit(self.toPlainText(), True))

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            position = self.textCursor().position()
            self.blockSignals(True)
            self.setPlainText(text)
            if self.hasFocus():
                cursor = self.textCursor()
                cursor.setPosition(min(position, len(text)))
                self.setTextCursor(cursor)
            self.blockSignals(False)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.typing_finished.emit()

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)


class ChoiceField(QComboBox):
    """A fixed list of choices (channel, evidence, lane kind...); a pick is one edit."""

    edited = Signal(object, bool)

    def __init__(self, choices: Sequence[tuple[Any, str, QIcon | None]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        for value, text, icon in choices:
            if icon is None:
                self.addItem(text, value)
            else:
                self.addItem(icon, text, value)
        self.activated.connect(lambda index: self.edited.emit(self.itemData(index), False))

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(-1 if value is None else self.findData(value))
        self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)


class CheckField(QCheckBox):
    """A yes/no field; partly checked when several things differ. A click is one edit."""

    edited = Signal(object, bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda: self.edited.emit(self.checkState() == Qt.CheckState.Checked, False))

    def nextCheckState(self) -> None:  # noqa: N802 - Qt override: mixed goes to checked, never back to mixed
        checked = self.checkState() != Qt.CheckState.Checked
        self.setTristate(False)
        self.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        if value is None:
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setTristate(False)
            self.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)


class NumberField(QLineEdit):
    """A number with bounds; edited when the user finishes, refused in place (``refused``) when out of range.

    ``scale`` converts between what is shown and what is stored (a share shows 60 for 0.6);
    ``optional`` lets an empty field store ``None``.
    """

    edited = Signal(object, bool)
    refused = Signal(str)

    def __init__(
        self, low: float, high: float, message: str, scale: float = 1.0, optional: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.scale, self.optional, self.message = low, high, scale, optional, message
        self._shown: Any = None
        self.installEventFilter(_UNDO_FILTER)
        self.editingFinished.connect(self._finish)

    def _format(self, value: Any) -> str:
        if value is None:
            return ""
        return f"{value * self.scale:.1f}".removesuffix(".0")

    def set_value(self, value: Any, mixed: bool = False) -> None:
        self._shown = value
        self.setPlaceholderText(_tr("(several values)") if mixed else ("—" if self.optional else ""))
        text = "" if mixed else self._format(value)
        if text != self.text():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)

    def _finish(self) -> None:
        text = self.text().strip().replace(",", ".").removesuffix("%").strip()
        if text == self._format(self._shown):
            return
        if not text and self.optional:
            self.edited.emit(None, False)
            return
        try:
            number = float(text) if text else float("nan")
        except ValueError:
            number = float("nan")
        if not self.low <= number <= self.high:
            self.blockSignals(True)
            self.setText(self._format(self._shown))
            self.blockSignals(False)
            self.refused.emit(self.message)
            return
        self.edited.emit(number / self.scale, False)

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)


def choose_color(parent: QWidget | None, initial: str) -> str:
    """Ask for a colour; "" when cancelled. Replaced in tests."""
    color = QColorDialog.getColor(QColor(initial or "#ffffff"), parent, _tr("Card colour"))
    return color.name() if color.isValid() else ""


class ColorField(QWidget):
    """A colour swatch to pick a card's colour, and a button to go back to the channel's colour."""

    edited = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None, chooser: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._chooser = chooser
        self.swatch = QToolButton(self)
        self.swatch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.swatch.setAccessibleName(_tr("Card colour"))
        self.swatch.clicked.connect(self._choose)
        self.reset = QToolButton(self)
        self.reset.setText("↺")  # a symbol, not the word: the field stays narrow enough for a side dock
        self.reset.setAccessibleName(_tr("Default"))
        self.reset.setToolTip(_tr("Use the channel's own colour for this card"))
        self.reset.clicked.connect(lambda: self.edited.emit("", False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch)
        layout.addWidget(self.reset)
        layout.addStretch(1)
        self.set_value("")

    def _choose(self) -> None:
        chooser = self._chooser or choose_color
        picked = chooser(self, self._value)
        if picked and picked != self._value:
            self.edited.emit(picked, False)

    def set_value(self, value: Any) -> None:
        self._value = value or ""
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(value) if value else Qt.GlobalColor.transparent)
        self.swatch.setIcon(QIcon(swatch))
        if value is None:
            self.swatch.setText(_tr("(several)"))
        else:
            self.swatch.setText(value if value else _tr("Choose…"))
        self.reset.setEnabled(bool(value) or value is None)

    def set_editable(self, editable: bool) -> None:
        self.swatch.setEnabled(editable)
        self.reset.setEnabled(editable and self._value != "")
