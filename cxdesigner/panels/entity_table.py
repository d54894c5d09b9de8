"""A table model over the entities of one kind that belong to the selected touchpoint.

Rows are the model's entities (requirements, feedback items); columns are ``Column`` descriptions that say
how a value is shown and how typed text becomes field changes. Every accepted cell edit is one undoable
``SetFields`` pushed through the document; a refused one leaves the model as it was and reports its
one-line reason through ``edit_refused``. The table follows the document's signals, so undo, redo and
edits made elsewhere show at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cxdesigner.commands import SetFields
from cxdesigner.document import Document

Index = QModelIndex | QPersistentModelIndex
DISPLAY_LIMIT = 300
_TRIGGER = QAbstractItemView.EditTrigger
EDIT_TRIGGERS = _TRIGGER.DoubleClicked | _TRIGGER.EditKeyPressed | _TRIGGER.AnyKeyPressed | _TRIGGER.SelectedClicked


@dataclass(frozen=True)
class Column:
    """One column: its header, how an entity shows in it, and how typed text changes the entity.

    ``parse(text, entity)`` returns the field changes for the typed text, or raises ``ValueError`` with
    a one-line message; None means the column is not editable. ``choices`` (value, label) make the
    editor a drop-down list.
    """

    title: str
    show: Callable[[Any], str]
    parse: Callable[[str, Any], dict[str, Any]] | None = None
    edit: Callable[[Any], str] | None = None
    choices: Callable[[], list[tuple[str, str]]] | None = None
    color: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None


def one_line(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Text for a table cell: line breaks as spaces, very long text cut (the editor shows it whole)."""
    flat = " ".join(text.splitlines())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def push_or_reason(document: Document, command: Any) -> str:
    """Push a command through the document; "" when done, else the one-line reason it was refused."""
    reasons: list[str] = []

    def keep(reason: str) -> None:
        reasons.append(reason)

    document.edit_refused.connect(keep)
    try:
        done = document.push(command)
    finally:
        document.edit_refused.disconnect(keep)
    if done:
        return ""
    return reasons[0] if reasons else QCoreApplication.translate("EntityTable", "The edit was refused.")


class EntityTableModel(QAbstractTableModel):
    """The rows of one kind for one touchpoint; editing pushes undoable commands."""

    edit_refused = Signal(str)
    edit_accepted = Signal()

    def __init__(
        self,
        document: Document,
        rows_of: Callable[[str], list[Any]],
        kind: type,
        columns: list[Column],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.columns = columns
        self._rows_of = rows_of
        self._kind = kind
        self._touchpoint_id = ""
        self._rows: list[Any] = []
        document.entity_added.connect(self._on_added_or_removed)
        document.entity_removed.connect(self._on_added_or_removed)
        document.entity_changed.connect(self._on_changed)
        document.model_reset.connect(self.refresh)

    # -------------------------------------------------------------- contents
    @property
    def touchpoint_id(self) -> str:
        return self._touchpoint_id

    def show_touchpoint(self, touchpoint_id: str) -> None:
        """Show the rows of this touchpoint ("" for none)."""
        self._touchpoint_id = touchpoint_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        tp = self._touchpoint_id
        self._rows = self._rows_of(tp) if tp and tp in self.document.model else []
        self.endResetModel()

    def entity(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, entity_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == entity_id), -1)

    def entities(self) -> list[Any]:
        return list(self._rows)

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].parse is not None and not self.document.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, entity = self.columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(column.show(entity))
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit or column.show)(entity)
        if role == Qt.ItemDataRole.BackgroundRole and column.color is not None:
            return column.color(entity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(entity) if column.tooltip else one_line(column.show(entity), 1000)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column, entity = self.columns[index.column()], self._rows[index.row()]
        if column.parse is None:
            return False
        try:
            changes = column.parse(str(value), entity)
        except ValueError as exc:
            self.edit_refused.emit(str(exc))
            return False
        changes = {k: v for k, v in changes.items() if getattr(entity, k) != v}
        if not changes:
            return True
        text = self.tr("Edit %1").replace("%1", column.title)
        return self.push(SetFields(self.document.model, entity, text, **changes))

    def push(self, command: Any) -> bool:
        """Push a command; report a refusal's one-line reason through ``edit_refused``."""
        reason = push_or_reason(self.document, command)
        if reason:
            self.edit_refused.emit(reason)
        else:
            self.edit_accepted.emit()
        return not reason

    # ------------------------------------------------------------ following
    def _mine(self, entity: Any) -> bool:
        return isinstance(entity, self._kind) and getattr(entity, "touchpoint_id", None) == self._touchpoint_id

    def _on_added_or_removed(self, entity: Any) -> None:
        if self._mine(entity) or (entity.id == self._touchpoint_id):
            self.refresh()

    def _on_changed(self, old: Any, new: Any, fields: Any) -> None:
        if not (self._mine(old) or self._mine(new)):
            return
        row = self.row_of(new.id)
        if row < 0 or self._mine(old) != self._mine(new) or "order" in fields:
            self.refresh()
            return
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits columns that have ``choices`` with a drop-down list; others with the usual line editor."""

    def __init__(self, table: EntityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = self._table.columns[index.column()].choices
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
