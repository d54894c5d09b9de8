"""The Quality panel: the selected touchpoint's quality requirements in an editable table.

Each cell edit is one undoable command; the status column is computed and coloured, never edited. A value
the model refuses (a target that is not a number, say) leaves the old value in place and shows a one-line
message under the table. The panel also switches the "failing" highlight on the map and starts the
control round.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain.control_rounds import ControlRound, RoundValue
from cxdesigner.domain.entities import Stage, Touchpoint, new_id
from cxdesigner.domain.quality import (
    Comparison,
    QualityRequirement,
    failing_touchpoints,
    map_summary,
    read_value,
    requirements_of,
    stage_summary,
    status,
    touchpoint_summary,
    value_problem,
)
from cxdesigner.domain.values import parse_date
from cxdesigner.panels.entity_table import EDIT_TRIGGERS, ChoiceDelegate, Column, EntityTableModel, one_line
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.quality_names import (
    comparison_choices,
    comparison_name,
    status_color,
    status_name,
    summary_text,
    today,
)
from cxdesigner.panels.requirement_form import RequirementForm
from cxdesigner.panels.round_history import RequirementHistory
from cxdesigner.panels.wrapping import WrappingCheckBox
from cxdesigner.viewstate import ViewState

TEXT, INDICATOR, COMPARISON, TARGET, UNIT, MEASURED, STATUS, OWNER, CHECKED_ON = range(9)
FORM_FIELDS = {
    "indicator": INDICATOR, "comparison": COMPARISON, "target": TARGET, "unit": UNIT, "measured": MEASURED,
    "status": STATUS, "owner": OWNER, "checked_on": CHECKED_ON,
}  # fmt: skip
NARROW = 640  # px: below this the columns no longer fit and the current requirement shows as a form


def _text_field(name: str) -> Any:
    return lambda text, _req: {name: text}


def _checked_value(name: str, what: str) -> Any:
    def parse(text: str, req: QualityRequirement) -> dict[str, Any]:
        problem = value_problem(req.comparison, text, what)
        if problem:
            raise ValueError(problem)
        changes: dict[str, Any] = {name: text.strip()}
        if name == "measured" and text.strip():
            changes["checked_on"] = today()  # a measured value is a check made today
        return changes

    return parse


def _comparison(value: str, req: QualityRequirement) -> dict[str, Any]:
    """A new comparison; a target or measured value it cannot read is cleared in the same step."""
    comparison = Comparison(value)
    changes: dict[str, Any] = {"comparison": comparison}
    for name in ("target", "measured"):
        text = getattr(req, name)
        try:
            if text.strip():
                read_value(comparison, text)
        except ValueError:
            changes[name] = ""
    if comparison is Comparison.YES_NO and not changes.get("target", req.target).strip():
        changes["target"] = "yes"
    return changes


def _checked_on(text: str, _req: QualityRequirement) -> dict[str, Any]:
    return {"checked_on": parse_date(text) if text.strip() else ""}


def requirement_columns() -> list[Column]:
    """The columns of the requirements table, in order."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("QualityPanel", text)

    return [
        Column(tr("Requirement"), lambda r: r.text, _text_field("text")),
        Column(tr("Indicator"), lambda r: r.indicator, _text_field("indicator")),
        Column(
            tr("Comparison"),
            lambda r: comparison_name(r.comparison),
            _comparison,
            edit=lambda r: r.comparison.value,
            choices=comparison_choices,
        ),
        Column(tr("Target"), lambda r: r.target, _checked_value("target", "target")),
        Column(tr("Unit"), lambda r: r.unit, _text_field("unit")),
        Column(tr("Measured"), lambda r: r.measured, _checked_value("measured", "measured value")),
        Column(tr("Status"), lambda r: status_name(status(r)), color=lambda r: status_color(status(r))),
        Column(tr("Owner"), lambda r: r.owner, _text_field("owner")),
        Column(tr("Checked on"), lambda r: r.checked_on, _checked_on),
    ]


class QualityPanel(QWidget):
    """The selected touchpoint's requirements: add, edit, delete; the failing filter; the control round."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.table_model = EntityTableModel(
            document, lambda tp: requirements_of(document.model, tp), QualityRequirement, requirement_columns(), self
        )
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # a long line must not hold the dock wider than the window gives it
        self.overview = QLabel(self)
        self.overview.setTextFormat(Qt.TextFormat.PlainText)
        self.overview.setWordWrap(True)
        self.overview.setStyleSheet("color: #495057;")
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Quality requirements of the selected touchpoint"))
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(ChoiceDelegate(self.table_model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.failing_toggle = WrappingCheckBox(self.tr("Highlight failing on the map"), self)
        self.round_button = QPushButton(self.tr("Control round…"), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a;")
        self.history = RequirementHistory(self)
        self.form = RequirementForm(self.table_model, FORM_FIELDS, self)
        self.form.hide()
        self._narrow = False
        self._round: QWidget | None = None
        self._refresh_timer = QTimer(self)  # many events of one edit (a stage deleted) refresh once
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._update_failing)
        self._build_layout()
        self._connect()
        self._follow_selection(view_state.selection)

    def _build_layout(self) -> None:
        buttons = FlowLayout()  # one row when wide, more rows in a narrow side dock
        for widget in (self.add_button, self.delete_button, self.failing_toggle, self.round_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.overview)
        header = self.table.horizontalHeader()
        for column, width in ((TEXT, 220), (INDICATOR, 110), (COMPARISON, 100), (TARGET, 60), (UNIT, 50)):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        for column, width in ((MEASURED, 70), (STATUS, 100), (OWNER, 90)):
            # never narrower than its header: "Единица" and "Ответственный" were cut to "диниц", "тветственны"
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _connect(self) -> None:
        self.view_state.selection_changed.connect(self._follow_selection)
        self.view_state.locked_changed.connect(lambda _locked: self._update_state())
        self.table_model.edit_refused.connect(self.message.setText)
        self.table_model.edit_accepted.connect(self.message.clear)
        self.table_model.modelReset.connect(self._update_state)
        self.table_model.dataChanged.connect(lambda *_: self._update_state())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_history())
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.add_button.clicked.connect(self.add_requirement)
        self.delete_button.clicked.connect(self.delete_selected)
        self.failing_toggle.toggled.connect(self._update_failing)
        self.round_button.clicked.connect(self.open_control_round)
        for signal in (self.document.entity_added, self.document.entity_removed):
            signal.connect(self._on_entity)
        self.document.entity_changed.connect(lambda old, new, _f: self._on_entity(new))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.show_row(current)
        self._update_state()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Narrower than the table's columns (a side dock): the table lists requirement and status, and the
        current requirement's fields are a form below it; wide (the bottom dock): every column, no form."""
        narrow = self.width() < NARROW
        if narrow == self._narrow and self.form.isVisible() == narrow:
            return
        self._narrow = narrow
        for column in range(self.table_model.columnCount()):
            self.table.setColumnHidden(column, narrow and column not in (TEXT, STATUS))
        self.form.setVisible(narrow)

    # ------------------------------------------------------------ following
    def _follow_selection(self, ids: list[str]) -> None:
        model = self.document.model
        tp = next((i for i in ids if isinstance(model.find(i), Touchpoint)), "")
        if tp != self.table_model.touchpoint_id:
            self.message.clear()
            self.table_model.show_touchpoint(tp)
        self._update_state()

    def _on_entity(self, entity: Any) -> None:
        if isinstance(entity, (ControlRound, RoundValue, QualityRequirement)):
            self._update_history()
        if isinstance(entity, (QualityRequirement, Touchpoint, Stage)):
            if isinstance(entity, Touchpoint) and entity.id == self.table_model.touchpoint_id:
                self._update_state()
            self._refresh_timer.start()

    def _update_state(self) -> None:
        tp_id = self.table_model.touchpoint_id
        tp = self.document.model.find(tp_id) if tp_id else None
        editable = tp is not None and not self.document.read_only and not self.view_state.locked
        if tp is None:
            self.heading.setText(self.tr("Select a touchpoint to see its quality requirements."))
            self.summary.clear()
        else:
            self.heading.setText(tp.title or self.tr("(untitled touchpoint)"))
            self.summary.setText(summary_text(touchpoint_summary(self.document.model, tp_id)))
        self.table.setEnabled(tp is not None)
        self.table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and bool(self._selected_rows()))
        self.form.setEnabled(editable and self.table.currentIndex().isValid())
        self._update_overview()
        self._update_history()

    def _update_history(self) -> None:
        """The trend of the requirement in the current row (else the first one) over the control rounds."""
        rows = self.table_model.entities()
        row = self.table.currentIndex().row()
        req = rows[row] if 0 <= row < len(rows) else (rows[0] if rows else None)
        self.history.show_requirement(self.document.model, req.id if req is not None else "")

    def _update_overview(self) -> None:
        model = self.document.model
        text = self.tr("Whole map: %1").replace("%1", summary_text(map_summary(model)))
        tp = model.find(self.table_model.touchpoint_id) if self.table_model.touchpoint_id else None
        stage = model.find(tp.stage_id) if isinstance(tp, Touchpoint) else None
        if isinstance(stage, Stage):
            name = one_line(stage.title, 60) or self.tr("(untitled stage)")
            text = (
                self.tr("Stage %1: %2").replace("%1", name).replace("%2", summary_text(stage_summary(model, stage.id)))
                + "  ·  "
                + text
            )
        self.overview.setText(text)

    def _update_failing(self) -> None:
        self._update_overview()
        ids = failing_touchpoints(self.document.model) if self.failing_toggle.isChecked() else set()
        self.view_state.highlight("failing", ids)

    # ---------------------------------------------------------------- edits
    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def add_requirement(self) -> None:
        """Add an empty requirement under the others and start typing its text."""
        tp_id = self.table_model.touchpoint_id
        tp = self.document.model.find(tp_id)
        if not isinstance(tp, Touchpoint):
            return
        rows = self.table_model.entities()
        req = QualityRequirement(
            id=new_id(), touchpoint_id=tp_id, order=(rows[-1].order + 1.0) if rows else 0.0, owner=tp.owner
        )
        if self.table_model.push(AddEntities(self.document.model, [req], self.tr("Add quality requirement"))):
            index = self.table_model.index(self.table_model.row_of(req.id), TEXT)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def delete_selected(self) -> None:
        ids = [self.table_model.entity(r).id for r in self._selected_rows()]
        if ids:
            self.table_model.push(DeleteEntities(self.document.model, ids, self.tr("Delete quality requirement")))

    def open_control_round(self) -> None:
        """Open (or bring forward) the control round window."""
        from cxdesigner.panels.control_round import ControlRoundDialog

        if self._round is None:
            self._round = ControlRoundDialog(self.document, self.view_state, self)
        self._round.show()
        self._round.raise_()
        self._round.activateWindow()
