"""The Barriers & Improvements panel: step 5 of the practice, find barriers and plan what removes them.

Above, the map's barriers: where each is, what stops the customer, the share of customers it loses. Below,
the roadmap: the improvements with quick wins first (``domain.improvements.roadmap``), each editable in
place (title, owner, status, effort, impact, due date), and linked to the barrier chosen above with one
button; "Business case and KPIs…" opens the chosen improvement's case and KPIs (``panels.business_case``).
Every change is one undoable command. Choosing a row selects that barrier or improvement (the map
shows them in its barriers and ideas lanes); choosing one on the map chooses its row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain.entities import Stage, Touchpoint, new_id
from cxdesigner.domain.improvements import (
    Barrier,
    Improvement,
    ImprovementBarrier,
    ImprovementStatus,
    barriers_for,
    improvements_for,
    is_quick_win,
    links_of,
    roadmap,
)
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.panels.entity_table import EDIT_TRIGGERS, ChoiceDelegate, Column, one_line, push_or_reason
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.map_table import MapTableModel
from cxdesigner.panels.wrapping import wrapped
from cxdesigner.viewstate import ViewState

STATUSES = {
    ImprovementStatus.IDEA: QT_TRANSLATE_NOOP("BarriersPanel", "idea"),
    ImprovementStatus.PLANNED: QT_TRANSLATE_NOOP("BarriersPanel", "planned"),
    ImprovementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("BarriersPanel", "in progress"),
    ImprovementStatus.DONE: QT_TRANSLATE_NOOP("BarriersPanel", "done"),
    ImprovementStatus.DROPPED: QT_TRANSLATE_NOOP("BarriersPanel", "dropped"),
}
QUICK_WIN_COLOR = "#d3f9d8"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BarriersPanel", text)


def status_name(status: ImprovementStatus) -> str:
    return _tr(STATUSES[status])


def _share(text: str, _barrier: Barrier) -> dict[str, Any]:
    """A share typed as a percentage ("15", "15 %", "12,5"); empty for not known."""
    text = text.strip().removesuffix("%").strip()
    if not text:
        return {"share_lost": None}
    value = parse_number(text)
    if not 0 <= value <= 100:
        raise ValueError(_tr("The share of customers lost is a percentage from 0 to 100."))
    return {"share_lost": value / 100.0}


def _share_text(barrier: Barrier) -> str:
    return "" if barrier.share_lost is None else f"{barrier.share_lost * 100:g} %"


def _due(text: str, _imp: Improvement) -> dict[str, Any]:
    return {"due": parse_date(text) if text.strip() else ""}


def _scale() -> list[tuple[str, str]]:
    return [(str(n), str(n)) for n in range(1, 6)]


class BarriersPanel(QWidget):
    """The barriers of the map and the roadmap of improvements."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        model = document.model
        watch = (Barrier, ImprovementBarrier, Improvement, Touchpoint, Stage)
        self.barrier_model = MapTableModel(
            document, lambda: sorted(model.all(Barrier), key=self._barrier_key), watch, self._barrier_columns(), self
        )
        self.roadmap_model = MapTableModel(
            document, lambda: roadmap(model.all(Improvement)), (Improvement, *watch), self._roadmap_columns(), self
        )
        self.barrier_table = self._table(self.barrier_model)
        self.roadmap_table = self._table(self.roadmap_model)
        self.barrier_table.setAccessibleName(self.tr("Barriers"))
        self.roadmap_table.setAccessibleName(self.tr("Roadmap of improvements"))
        self.add_barrier_button = QPushButton(self.tr("Add barrier"), self)
        self.delete_barrier_button = QPushButton(self.tr("Delete"), self)
        self.add_improvement_button = QPushButton(self.tr("Add improvement"), self)
        self.delete_improvement_button = QPushButton(self.tr("Delete"), self)
        self.link_button = QPushButton(self.tr("Link to the chosen barrier"), self)
        self.case_button = QPushButton(self.tr("Business case and KPIs…"), self)
        self.case_button.setToolTip(self.tr("What the chosen improvement costs and brings, and its KPIs"))
        self.case_dialog: QDialog | None = None
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #c92a2a;")
        self.message.setWordWrap(True)
        self._following = False
        self._build_layout()
        self._connect()
        self._follow_selection(view_state.selection)  # a panel made after a note was chosen shows its row

    # ------------------------------------------------------------ columns
    def _barrier_key(self, barrier: Barrier) -> tuple[int, float, str]:
        model = self.document.model
        rank = {s.id: i for i, s in enumerate(model.stages())}
        tp = model.find(barrier.touchpoint_id) if barrier.touchpoint_id else None
        stage = tp.stage_id if isinstance(tp, Touchpoint) else barrier.stage_id
        return (rank.get(stage, len(rank)), barrier.order, barrier.id)

    def _where(self, barrier: Barrier) -> str:
        model = self.document.model
        parts = []
        stage = model.find(barrier.stage_id) if barrier.stage_id else None
        tp = model.find(barrier.touchpoint_id) if barrier.touchpoint_id else None
        if isinstance(tp, Touchpoint):
            parts.append(tp.title or self.tr("(untitled touchpoint)"))
        if isinstance(stage, Stage):
            parts.append(self.tr("stage %1").replace("%1", stage.title or self.tr("(untitled)")))
        return " · ".join(parts)

    def _barrier_columns(self) -> list[Column]:
        model = self.document.model
        return [
            Column(self.tr("Where"), self._where),
            Column(self.tr("Barrier"), lambda b: b.description, lambda text, _b: {"description": text}),
            Column(self.tr("Customers lost"), _share_text, _share, edit=_share_text),
            Column(self.tr("Improvements"), lambda b: ", ".join(i.title for i in improvements_for(model, b.id))),
        ]

    def _roadmap_columns(self) -> list[Column]:
        model = self.document.model

        def quick(imp: Improvement) -> Any:
            return QColor(QUICK_WIN_COLOR) if is_quick_win(imp) else None

        return [
            Column(self.tr("Improvement"), lambda i: i.title, lambda text, _i: {"title": text}, color=quick),
            Column(self.tr("Owner"), lambda i: i.owner, lambda text, _i: {"owner": text}),
            Column(
                self.tr("Status"),
                lambda i: status_name(i.status),
                lambda value, _i: {"status": ImprovementStatus(value)},
                edit=lambda i: i.status.value,
                choices=lambda: [(s.value, status_name(s)) for s in ImprovementStatus],
            ),
            Column(self.tr("Effort"), lambda i: str(i.effort), lambda v, _i: {"effort": int(v)}, choices=_scale),
            Column(self.tr("Impact"), lambda i: str(i.impact), lambda v, _i: {"impact": int(v)}, choices=_scale),
            Column(self.tr("Quick win"), lambda i: "★" if is_quick_win(i) else "", color=quick),
            Column(self.tr("Due"), lambda i: i.due, _due),
            Column(self.tr("Barriers"), lambda i: "; ".join(b.description for b in barriers_for(model, i.id))),
        ]

    # ------------------------------------------------------------ building
    def _table(self, model: MapTableModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setItemDelegate(ChoiceDelegate(model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        return table

    def _build_layout(self) -> None:
        top, bottom = QWidget(self), QWidget(self)
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        for box in (top_layout, bottom_layout):
            box.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(wrapped(QLabel(self.tr("Barriers: where customers leave or stop"), top)))
        top_layout.addWidget(self.barrier_table, 1)
        row = FlowLayout()  # buttons wrap in a narrow side dock
        for widget in (self.add_barrier_button, self.delete_barrier_button):
            row.addWidget(widget)
        top_layout.addLayout(row)
        top_layout.addWidget(self.hint)
        bottom_layout.addWidget(wrapped(QLabel(self.tr("Roadmap: quick wins first (high impact, low effort)"), bottom)))
        bottom_layout.addWidget(self.roadmap_table, 1)
        row = FlowLayout()
        for widget in (self.add_improvement_button, self.delete_improvement_button, self.link_button, self.case_button):
            row.addWidget(widget)
        bottom_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.barrier_table.setColumnWidth(0, 160)
        self.barrier_table.setColumnWidth(1, 260)
        self.roadmap_table.setColumnWidth(0, 240)
        for column in (2, 3, 4, 5):
            self.roadmap_table.setColumnWidth(column, 80 if column == 2 else 56)

    def _connect(self) -> None:
        for model in (self.barrier_model, self.roadmap_model):
            model.edit_refused.connect(self.message.setText)
            model.edit_accepted.connect(self.message.clear)
            model.modelReset.connect(self._reselect)
        for table in (self.barrier_table, self.roadmap_table):
            table.selectionModel().selectionChanged.connect(lambda *_a, t=table: self._row_chosen(t))
        self.add_barrier_button.clicked.connect(self.add_barrier)
        self.delete_barrier_button.clicked.connect(lambda: self._delete(self.barrier_table))
        self.add_improvement_button.clicked.connect(self.add_improvement)
        self.delete_improvement_button.clicked.connect(lambda: self._delete(self.roadmap_table))
        self.link_button.clicked.connect(self.toggle_link)
        self.case_button.clicked.connect(self.open_business_case)
        self.view_state.selection_changed.connect(self._follow_selection)
        self.view_state.locked_changed.connect(lambda _l: self._update_state())

    # ------------------------------------------------------------ choosing
    def chosen(self, table: QTableView) -> Any | None:
        """The entity of the chosen row of a table, if any."""
        rows = table.selectionModel().selectedRows()
        model = table.model()
        return model.entity(rows[0].row()) if rows and isinstance(model, MapTableModel) else None

    def _row_chosen(self, table: QTableView) -> None:
        entity = self.chosen(table)
        if entity is not None and not self._following:
            self._following = True
            try:
                self.view_state.select([entity.id])
            finally:
                self._following = False
        self._update_state()

    def _follow_selection(self, ids: list[str]) -> None:
        if self._following:
            return
        self._following = True
        try:
            for table in (self.barrier_table, self.roadmap_table):
                model = table.model()
                assert isinstance(model, MapTableModel)
                row = next((r for i in ids if (r := model.row_of(i)) >= 0), -1)
                if row >= 0:
                    table.selectRow(row)
        finally:
            self._following = False
        self._update_state()

    def _reselect(self) -> None:
        self._follow_selection(self.view_state.selection)

    def _anchor(self) -> tuple[str, str]:
        """The (stage id, touchpoint id) a new barrier attaches to: the selected touchpoint or stage."""
        model = self.document.model
        for entity_id in reversed(self.view_state.selection):
            entity = model.find(entity_id)
            if isinstance(entity, Touchpoint):
                return "", entity.id
            if isinstance(entity, Stage):
                return entity.id, ""
        return "", ""

    def _update_state(self) -> None:
        editable = not self.document.read_only and not self.view_state.locked
        for table in (self.barrier_table, self.roadmap_table):
            table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        stage, tp = self._anchor()
        self.add_barrier_button.setEnabled(editable and bool(stage or tp))
        where = self.document.model.find(tp or stage) if (tp or stage) else None
        self.hint.setText(
            self.tr("New barriers go to %1.").replace("%1", one_line(where.title, 60) or self.tr("(untitled)"))
            if where is not None
            else self.tr("Select a touchpoint or a stage on the map to add a barrier there.")
        )
        barrier, improvement = self.chosen(self.barrier_table), self.chosen(self.roadmap_table)
        self.delete_barrier_button.setEnabled(editable and barrier is not None)
        self.delete_improvement_button.setEnabled(editable and improvement is not None)
        self.add_improvement_button.setEnabled(editable)
        self.link_button.setEnabled(editable and barrier is not None and improvement is not None)
        self.case_button.setEnabled(improvement is not None)
        linked = barrier is not None and improvement is not None and self._link(improvement, barrier) is not None
        self.link_button.setText(
            self.tr("Unlink from the chosen barrier") if linked else self.tr("Link to the chosen barrier")
        )

    def open_business_case(self) -> QDialog | None:
        """Open the chosen improvement's business case and KPIs beside the map (one window at a time)."""
        from cxdesigner.panels.business_case import BusinessCaseDialog

        improvement = self.chosen(self.roadmap_table)
        if improvement is None:
            return None
        if self.case_dialog is not None:
            self.case_dialog.close()
        self.case_dialog = BusinessCaseDialog(self.document, improvement.id, self)
        self.case_dialog.show()
        return self.case_dialog

    # ------------------------------------------------------------ edits
    def _push(self, command: Any) -> bool:
        reason = push_or_reason(self.document, command)
        self.message.setText(reason)
        return not reason

    def add_barrier(self) -> Barrier | None:
        """A new barrier at the selected touchpoint (or stage); its description is edited at once."""
        stage, tp = self._anchor()
        if not (stage or tp):
            return None
        siblings = [b.order for b in self.document.model.all(Barrier)]
        barrier = Barrier(id=new_id(), stage_id=stage, touchpoint_id=tp, order=max(siblings, default=-1.0) + 1.0)
        if not self._push(AddEntities(self.document.model, [barrier], self.tr("Add barrier"))):
            return None
        self._edit(self.barrier_table, self.barrier_model, barrier.id, 1)
        return barrier

    def add_improvement(self) -> Improvement | None:
        """A new improvement, linked to the chosen barrier if there is one; its title is edited at once."""
        improvement = Improvement(id=new_id(), title=self.tr("New improvement"))
        barrier = self.chosen(self.barrier_table)
        entities: list[Any] = [improvement]
        if barrier is not None:
            entities.append(ImprovementBarrier(id=new_id(), improvement_id=improvement.id, barrier_id=barrier.id))
        if not self._push(AddEntities(self.document.model, entities, self.tr("Add improvement"))):
            return None
        self._edit(self.roadmap_table, self.roadmap_model, improvement.id, 0)
        return improvement

    def _edit(self, table: QTableView, model: MapTableModel, entity_id: str, column: int) -> None:
        model.refresh()
        row = model.row_of(entity_id)
        if row >= 0:
            table.selectRow(row)
            table.edit(model.index(row, column))

    def _delete(self, table: QTableView) -> None:
        entity = self.chosen(table)
        if entity is not None:
            self._push(DeleteEntities(self.document.model, [entity.id], self.tr("Delete")))

    def _link(self, improvement: Improvement, barrier: Barrier) -> ImprovementBarrier | None:
        links = links_of(self.document.model, improvement.id)
        return next((link for link in links if link.barrier_id == barrier.id), None)

    def toggle_link(self) -> None:
        """Link the chosen improvement to the chosen barrier, or unlink them when they are linked."""
        barrier, improvement = self.chosen(self.barrier_table), self.chosen(self.roadmap_table)
        if barrier is None or improvement is None:
            return
        link = self._link(improvement, barrier)
        model = self.document.model
        if link is not None:
            self._push(DeleteEntities(model, [link.id], self.tr("Unlink improvement")))
        else:
            new = ImprovementBarrier(id=new_id(), improvement_id=improvement.id, barrier_id=barrier.id)
            self._push(AddEntities(model, [new], self.tr("Link improvement")))
        self._update_state()
