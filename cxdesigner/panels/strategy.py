"""The CX strategy checklist panel: each characteristic of a good CX strategy, scored 0 to 5 or n/a, with notes.

One row per characteristic of ``domain.strategy.CHECKLIST`` (internal ones first), in the map's language.
Choosing a score or typing notes is one undoable command: the first one adds the map's ``StrategyScore``
for that characteristic, later ones change it, and "not scored" removes it. The last column names the KPIs
(``domain.kpis``) that measure each characteristic. The averages of both groups are shown below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain import kpis
from cxdesigner.domain.entities import MapInfo, new_id
from cxdesigner.domain.kpis import Kpi
from cxdesigner.domain.strategy import CHECKLIST, EXTERNAL, INTERNAL, Characteristic, StrategyScore, summary
from cxdesigner.panels.entity_table import EDIT_TRIGGERS, ChoiceDelegate, Column, one_line, push_or_reason
from cxdesigner.viewstate import ViewState

Index = QModelIndex | QPersistentModelIndex
GROUP, TITLE, SCORE, NOTES, KPIS = range(5)
NOT_SCORED, NOT_APPLICABLE = "", "n/a"
SCORE_COLORS = {0: "#ffc9c9", 1: "#ffc9c9", 2: "#fff3bf", 3: "#fff3bf", 4: "#d3f9d8", 5: "#d3f9d8"}


class ChecklistModel(QAbstractTableModel):
    """The fourteen characteristics with the map's score and notes for each."""

    edit_refused = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.columns = [
            Column(self.tr("Group"), lambda c: self.group_name(c.group)),
            Column(self.tr("Characteristic"), lambda c: c.title(self.language)),
            Column(self.tr("Score"), self._score_text, edit=self._score_value, choices=self._choices),
            Column(self.tr("Notes"), lambda c: self.score_of(c.key).notes if self.score_of(c.key) else ""),
            Column(self.tr("Measured by"), self._kpi_names),
        ]
        for signal in (document.entity_added, document.entity_removed):
            signal.connect(self._on_entity)
        document.entity_changed.connect(lambda _old, new, _fields: self._on_entity(new))

    @property
    def language(self) -> str:
        return self.document.model.info.language or "en"

    def group_name(self, group: str) -> str:
        return self.tr("Internal") if group == INTERNAL else self.tr("External")

    def score_of(self, key: str) -> StrategyScore | None:
        return next((s for s in self.document.model.all(StrategyScore) if s.key == key), None)

    def _choices(self) -> list[tuple[str, str]]:
        return [(NOT_SCORED, self.tr("not scored")), (NOT_APPLICABLE, self.tr("n/a"))] + [
            (str(n), str(n)) for n in range(6)
        ]

    def _kpi_names(self, c: Characteristic) -> str:
        """The KPIs of the map's improvements that measure this characteristic."""
        return ", ".join(k.name for k in kpis.measuring(self.document.model, c.key))

    def _score_value(self, c: Characteristic) -> str:
        score = self.score_of(c.key)
        if score is None:
            return NOT_SCORED
        return NOT_APPLICABLE if score.score is None else str(score.score)

    def _score_text(self, c: Characteristic) -> str:
        value = self._score_value(c)
        return dict(self._choices())[value] if value in (NOT_SCORED, NOT_APPLICABLE) else value

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(CHECKLIST)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (SCORE, NOTES) and not self.document.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, item = self.columns[index.column()], CHECKLIST[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(column.show(item))
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit or column.show)(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.question(self.language) if index.column() == TITLE else one_line(column.show(item), 1000)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == SCORE:
            score = self.score_of(item.key)
            return QColor(SCORE_COLORS[score.score]) if score is not None and score.score is not None else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in (SCORE, NOTES):
            return False
        item = CHECKLIST[index.row()]
        old = self.score_of(item.key)
        model = self.document.model
        text = self.tr("Score %1").replace("%1", item.title(self.language))
        if index.column() == NOTES:
            changes: dict[str, Any] = {"notes": str(value)}
        elif str(value) == NOT_SCORED:
            return old is None or self._push(DeleteEntities(model, [old.id], text))
        else:
            changes = {"score": None if str(value) == NOT_APPLICABLE else int(value)}
        if old is None:
            return self._push(AddEntities(model, [StrategyScore(id=new_id(), key=item.key, **changes)], text))
        if all(getattr(old, k) == v for k, v in changes.items()):
            return True
        return self._push(SetFields(model, old, text, **changes))

    def _push(self, command: Any) -> bool:
        reason = push_or_reason(self.document, command)
        if reason:
            self.edit_refused.emit(reason)
        return not reason

    def _on_entity(self, entity: Any) -> None:
        if isinstance(entity, StrategyScore):
            row = next((i for i, c in enumerate(CHECKLIST) if c.key == entity.key), -1)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif isinstance(entity, (MapInfo, Kpi)):  # the map's language names them; a KPI may measure any
            self.dataChanged.emit(self.index(0, 0), self.index(len(CHECKLIST) - 1, len(self.columns) - 1))


class StrategyPanel(QWidget):
    """The CX strategy checklist of the map."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.table_model = ChecklistModel(document, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("CX strategy checklist"))
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(ChoiceDelegate(self.table_model, self.table))  # type: ignore[arg-type]
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(GROUP, 70)
        self.table.setColumnWidth(TITLE, 170)
        self.table.setColumnWidth(SCORE, 80)
        self.table.setColumnWidth(NOTES, 200)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c92a2a;")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Score the map against what a good CX strategy is checked for."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.table_model.dataChanged.connect(lambda *_: self._update_summary())
        self.table_model.edit_refused.connect(self.message.setText)
        view_state.locked_changed.connect(lambda _l: self._update_editing())
        self._update_editing()
        self._update_summary()

    def _update_editing(self) -> None:
        editable = not self.document.read_only and not self.view_state.locked
        self.table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)

    def _update_summary(self) -> None:
        scores = self.document.model.all(StrategyScore)
        parts = []
        for group in (INTERNAL, EXTERNAL):
            s = summary(scores, group)
            mean = "–" if s.mean is None else f"{s.mean:.1f}"
            parts.append(
                self.tr("%1: %2 of 5 (%3 of %4 scored, %5 n/a)")
                .replace("%1", self.table_model.group_name(group))
                .replace("%2", mean)
                .replace("%3", str(s.scored))
                .replace("%4", str(s.total))
                .replace("%5", str(s.not_applicable))
            )
        self.summary.setText("  ·  ".join(parts))
