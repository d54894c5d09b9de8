"""The table of emotion values: touchpoints down, a designed and a measured column per visible persona.

Rows follow the chosen path, or the whole map in journey order. Designed values are edited in place
(−2 very negative … +2 very positive, or blank); each edit is one undoable command. Measured values come
from the voice of the customer and are read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cxdesigner.commands.emotions import set_emotion
from cxdesigner.document import Document
from cxdesigner.domain.entities import Persona, Stage, Touchpoint
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.personas import designed_values, measured_values
from cxdesigner.viewstate import ViewState

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = 2  # stage, touchpoint
ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmotionTable", text)


def emotion_choices() -> list[tuple[int | None, str]]:
    """The designed values with their names, blank first."""
    return [
        (None, _tr("(none)")),
        (-2, _tr("−2 very negative")),
        (-1, _tr("−1 negative")),
        (0, _tr("0 neutral")),
        (1, _tr("+1 positive")),
        (2, _tr("+2 very positive")),
    ]


def value_text(value: float | None) -> str:
    """An emotion value as shown: signed, one decimal for measured means."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):+d}".replace("+0", "0")
    return f"{value:+.1f}"


class EmotionTableModel(QAbstractTableModel):
    """Emotion values of the visible personas at each touchpoint of the path (or the whole map)."""

    def __init__(self, document: Document, view_state: ViewState) -> None:
        super().__init__()
        self.document = document
        self.view_state = view_state
        self.rows: list[Touchpoint] = []
        self.personas: list[Persona] = []
        self.designed: dict[str, dict[str, float]] = {}
        self.measured: dict[str, dict[str, float]] = {}
        self.refused = ""
        self.reload()

    def reload(self) -> None:
        """Read rows, personas and values again from the model.

        When the rows and columns are the same ones (a value was set, say) the cells only change in place:
        a reset would close the editor the user is typing in, and commit it after it left the view."""
        model = self.document.model
        path = [t for t in self.view_state.path if t in model]
        ids = path or journey_order(model)
        rows = [model.get(Touchpoint, t) for t in ids]
        personas = [p for p in model.personas() if self.view_state.persona_visible(p.id)]
        same_shape = [t.id for t in rows] == [t.id for t in self.rows] and personas == self.personas
        if not same_shape:
            self.beginResetModel()
        self.rows, self.personas = rows, personas
        self.designed = {p.id: designed_values(model, p.id) for p in self.personas}
        self.measured = {p.id: measured_values(model, p.id) for p in self.personas}
        if not same_shape:
            self.endResetModel()
        elif self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else FIXED_COLUMNS + 2 * len(self.personas)

    def _persona_at(self, column: int) -> tuple[Persona, bool] | None:
        if column < FIXED_COLUMNS:
            return None
        persona = self.personas[(column - FIXED_COLUMNS) // 2]
        return persona, (column - FIXED_COLUMNS) % 2 == 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _tr("Stage")
        if section == 1:
            return _tr("Touchpoint")
        found = self._persona_at(section)
        if found is None:
            return None
        persona, designed = found
        return f"{persona.name}: {_tr('designed') if designed else _tr('measured')}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tp = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return tp.id
        found = self._persona_at(column)
        if found is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if column == 0:
                    stage = self.document.model.find(tp.stage_id)
                    return stage.title if isinstance(stage, Stage) else ""
                return tp.title
            return None
        persona, designed = found
        value = (self.designed if designed else self.measured)[persona.id].get(tp.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(value)
        if role == Qt.ItemDataRole.EditRole:
            return None if value is None else int(value)
        if role == Qt.ItemDataRole.ForegroundRole and value is not None and value < 0:
            return QColor("#c92a2a")  # a pain point
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        found = self._persona_at(index.column()) if index.isValid() else None
        if found is not None and found[1] and not self.view_state.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        found = self._persona_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or found is None or not found[1]:
            return False
        if value is not None and value != "" and int(value) not in range(-2, 3):
            self.refused = _tr("An emotion lies between −2 and +2.")
            return False
        persona = found[0]
        tp = self.rows[index.row()]
        command = set_emotion(self.document.model, tp.id, persona.id, None if value in (None, "") else int(value))
        if command is None:
            return False
        return self.document.push(command)
