"""The Voice of the customer panel: the selected touchpoint's feedback items and what they add up to.

Items are added, edited in place and deleted, each as one undoable step; a score outside its scale or an
unreadable date is refused with a one-line message and the old value stays. Above the table the measured
satisfaction: the mean (on the common scale when there is one, and on the emotion scale −2..+2), the count
of scored items and their spread. "Import CSV…" brings in a spreadsheet of feedback in one step.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain.entities import Persona, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource, Satisfaction, feedback_of, satisfaction
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.panels.entity_table import EDIT_TRIGGERS, ChoiceDelegate, Column, EntityTableModel
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.quality_names import source_choices, source_name, today
from cxdesigner.viewstate import ViewState

DATE, SOURCE, SCORE, SCALE, PERSONA, TEXT = range(6)
_SCALE = re.compile(r"\s*(\S+?)\s*(?:\.\.|…|–|—|\bto\b|\bдо\b|(?<=\d)-)\s*(\S+)\s*", re.IGNORECASE)


def _num(value: float) -> str:
    return f"{value:g}"


def parse_scale(text: str) -> tuple[float, float]:
    """A scale typed as "1–5", "1-5", "0..10", "1 to 5" or "1 до 5"."""
    found = _SCALE.fullmatch(text)
    if not found:
        raise ValueError(QCoreApplication.translate("VoicePanel", "Type the scale as lowest–highest, e.g. 1–5."))
    return parse_number(found.group(1)), parse_number(found.group(2))


def _score(text: str, _item: FeedbackItem) -> dict[str, Any]:
    return {"score": parse_number(text) if text.strip() else None}


def _scale(text: str, _item: FeedbackItem) -> dict[str, Any]:
    low, high = parse_scale(text)
    return {"scale_min": low, "scale_max": high}


def _date(text: str, _item: FeedbackItem) -> dict[str, Any]:
    return {"date": parse_date(text) if text.strip() else ""}


def feedback_columns(document: Document) -> list[Column]:
    """The columns of the feedback table, in order."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("VoicePanel", text)

    def persona_name(item: FeedbackItem) -> str:
        persona = document.model.find(item.persona_id) if item.persona_id else None
        return persona.name if isinstance(persona, Persona) else ""

    def persona_choices() -> list[tuple[str, str]]:
        return [("", tr("(none)"))] + [(p.id, p.name or tr("(unnamed)")) for p in document.model.personas()]

    return [
        Column(tr("Date"), lambda i: i.date, _date),
        Column(
            tr("Source"),
            lambda i: source_name(i.source),
            lambda v, _i: {"source": FeedbackSource(v)},
            edit=lambda i: i.source.value,
            choices=source_choices,
        ),
        Column(tr("Score"), lambda i: "" if i.score is None else _num(i.score), _score),
        Column(tr("Scale"), lambda i: f"{_num(i.scale_min)}–{_num(i.scale_max)}", _scale),
        Column(
            tr("Persona"),
            persona_name,
            lambda v, _i: {"persona_id": v},
            edit=lambda i: i.persona_id,
            choices=persona_choices,
        ),
        Column(tr("Text"), lambda i: i.text, lambda t, _i: {"text": t}),
    ]


def satisfaction_text(result: Satisfaction) -> str:
    """E.g. "Mean 4,2 on 1–5 (+1,2 on −2…+2) · 12 scored · spread 0,6"."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("VoicePanel", text)

    if not result.count or result.mean is None:
        return tr("No scored feedback yet.")
    emotion = f"{result.mean:+.1f}"
    if result.scale is not None and result.mean_on_scale is not None:
        text = tr("Mean %1 on %2–%3 (%4 on −2…+2)").replace("%1", f"{result.mean_on_scale:.1f}")
        text = text.replace("%2", _num(result.scale[0])).replace("%3", _num(result.scale[1])).replace("%4", emotion)
    else:
        text = tr("Mean %1 on −2…+2").replace("%1", emotion)
    text += " · " + tr("%1 scored").replace("%1", str(result.count))
    return text + " · " + tr("spread %1").replace("%1", f"{result.spread or 0.0:.2f}")


class VoicePanel(QWidget):
    """The voice of the customer at the selected touchpoint: feedback items and their aggregate."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.table_model = EntityTableModel(
            document, lambda tp: feedback_of(document.model, tp), FeedbackItem, feedback_columns(document), self
        )
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.aggregate = QLabel(self)
        self.aggregate.setTextFormat(Qt.TextFormat.PlainText)
        self.aggregate.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Feedback at the selected touchpoint"))
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(ChoiceDelegate(self.table_model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((DATE, 90), (SOURCE, 100), (SCORE, 55), (SCALE, 60), (PERSONA, 100)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c92a2a;")
        self.message.setWordWrap(True)
        buttons = FlowLayout()  # wraps in a narrow side dock
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.aggregate)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._connect()
        self._follow_selection(view_state.selection)

    def _connect(self) -> None:
        self.view_state.selection_changed.connect(self._follow_selection)
        self.view_state.locked_changed.connect(lambda _locked: self._update_state())
        self.table_model.edit_refused.connect(self.message.setText)
        self.table_model.edit_accepted.connect(self.message.clear)
        self.table_model.modelReset.connect(self._update_state)
        self.table_model.dataChanged.connect(lambda *_: self._update_state())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_csv)
        self.document.entity_changed.connect(self._on_changed)

    def _follow_selection(self, ids: list[str]) -> None:
        model = self.document.model
        tp = next((i for i in ids if isinstance(model.find(i), Touchpoint)), "")
        if tp != self.table_model.touchpoint_id:
            self.message.clear()
            self.table_model.show_touchpoint(tp)
        self._update_state()

    def _on_changed(self, old: Any, new: Any, _fields: Any) -> None:
        if isinstance(new, Touchpoint) and new.id == self.table_model.touchpoint_id:
            self._update_state()
        elif isinstance(new, Persona):
            self.table_model.refresh()  # persona names show in the table

    def _update_state(self) -> None:
        tp_id = self.table_model.touchpoint_id
        tp = self.document.model.find(tp_id) if tp_id else None
        editable = tp is not None and not self.document.read_only and not self.view_state.locked
        if tp is None:
            self.heading.setText(self.tr("Select a touchpoint to see what customers said about it."))
            self.aggregate.clear()
        else:
            self.heading.setText(tp.title or self.tr("(untitled touchpoint)"))
            self.aggregate.setText(satisfaction_text(satisfaction(self.document.model, tp_id)))
        self.table.setEnabled(tp is not None)
        self.table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.import_button.setEnabled(not self.document.read_only and not self.view_state.locked)
        rows = self.table.selectionModel().selectedRows()
        self.delete_button.setEnabled(editable and bool(rows))

    # ---------------------------------------------------------------- edits
    def add_item(self) -> None:
        """Add a feedback item dated today, on the scale of the last one, and start typing its score."""
        tp_id = self.table_model.touchpoint_id
        if not isinstance(self.document.model.find(tp_id), Touchpoint):
            return
        items = self.table_model.entities()
        low, high = (items[-1].scale_min, items[-1].scale_max) if items else (1.0, 5.0)
        item = FeedbackItem(id=new_id(), touchpoint_id=tp_id, scale_min=low, scale_max=high, date=today())
        if self.table_model.push(AddEntities(self.document.model, [item], self.tr("Add feedback"))):
            index = self.table_model.index(self.table_model.row_of(item.id), SCORE)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.table_model.entity(r).id for r in rows]
        if ids:
            self.table_model.push(DeleteEntities(self.document.model, ids, self.tr("Delete feedback")))

    def choose_csv(self) -> None:
        """Ask for a CSV file and open the import dialog on it."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import feedback from CSV"),
            "",
            self.tr("CSV files or Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> None:
        from cxdesigner.panels.feedback_import import FeedbackImportDialog

        dialog = FeedbackImportDialog(self.document, path, self)
        dialog.exec()
