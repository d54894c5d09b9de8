"""An improvement's business case and KPIs, opened from the roadmap (Barriers & Improvements panel).

Above, the business case: the cost, the expected benefit a year, and the barrier and customer segment it
serves; the first value typed makes the case. Below, the improvement's KPIs: each has a name, a unit, a
baseline on its start date, a target and review dates (three and six months after the start when made),
and may name the CX strategy characteristic it measures. The chosen KPI's measurements are listed and drawn
against the line from baseline to target (``panels.kpi_chart``); a value is added by hand for a date, or
many from a CSV file (``io.kpi_csv``). Every change is one undoable command on the open project; a value that
does not read is refused with one line under the form and the field shows the stored value again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.commands.edit import ApplyChanges
from cxdesigner.document import Document
from cxdesigner.domain import contact_policy, kpis
from cxdesigner.domain.entities import new_id
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement
from cxdesigner.domain.numbers import number
from cxdesigner.domain.strategy import CHECKLIST
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.io.feedback_csv import CsvError
from cxdesigner.io.kpi_csv import read_measurements
from cxdesigner.panels.entity_table import one_line, push_or_reason
from cxdesigner.panels.kpi_chart import KpiChart

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("BusinessCaseDialog", text)


def _amount_or_none(text: str) -> float | None:
    return parse_number(text) if text.strip() else None


def editable(value: float, lang: str) -> str:
    """A number as a field shows it for editing: the map's decimal mark, no thousands separator (which
    would read back as a decimal comma: "120,000" is 120 to ``parse_number``)."""
    text = number(value, lang, 2, trim=True).replace("\u00a0", "")
    return text.replace(",", "") if lang == "en" else text


def _dates(text: str) -> str:
    """Review dates as stored: each read as ISO or DD.MM.YYYY, separated by spaces, commas or semicolons."""
    parts = text.replace(",", " ").replace(";", " ").split()
    return " ".join(sorted(parse_date(p) for p in parts))


class BusinessCaseDialog(QDialog):
    """Edit one improvement's business case, KPIs and their measurements."""

    def __init__(self, document: Document, improvement_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.improvement_id = improvement_id
        self.setWindowTitle(_tr("Business case and KPIs"))
        self.cost, self.benefit, self.case_notes = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.barrier, self.segment = QComboBox(self), QComboBox(self)
        self.kpi_list = QListWidget(self)
        self.kpi_list.setAccessibleName(_tr("KPIs"))
        self.kpi_list.setMaximumHeight(72)  # a few KPIs; the measurements below get the room
        self.add_kpi_button = QPushButton(_tr("Add KPI"), self)
        self.remove_kpi_button = QPushButton(_tr("Remove KPI"), self)
        self.name, self.unit = QLineEdit(self), QLineEdit(self)
        self.baseline, self.target = QLineEdit(self), QLineEdit(self)
        self.started_on, self.reviews = QLineEdit(self), QLineEdit(self)
        self.strategy = QComboBox(self)
        self.chart = KpiChart(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.values = QTableWidget(0, 2, self)
        self.values.setHorizontalHeaderLabels([_tr("Date"), _tr("Value")])
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setMinimumHeight(110)
        self.value_date, self.value = QLineEdit(date.today().isoformat(), self), QLineEdit(self)
        self.value_date.setAccessibleName(_tr("Measurement date"))
        self.value.setAccessibleName(_tr("Measured value"))
        self.add_value_button = QPushButton(_tr("Add measurement"), self)
        self.remove_value_button = QPushButton(_tr("Remove measurement"), self)
        self.import_button = QPushButton(_tr("Import from CSV…"), self)
        self.import_button.setToolTip(_tr("A CSV file with the columns Date, KPI and Value"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._build_layout()
        self._connect()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        case = QGroupBox(_tr("Business case"), self)
        form = QFormLayout(case)
        form.addRow(_tr("Cost"), self.cost)
        form.addRow(_tr("Expected benefit a year"), self.benefit)
        form.addRow(_tr("Serves the barrier"), self.barrier)
        form.addRow(_tr("Serves the segment"), self.segment)
        form.addRow(_tr("Notes"), self.case_notes)
        box = QGroupBox(_tr("KPIs"), self)
        kpi_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.add_kpi_button)
        row.addWidget(self.remove_kpi_button)
        row.addStretch(1)
        kpi_form = QFormLayout()
        for label, widget in (
            (_tr("Name"), self.name), (_tr("Unit"), self.unit), (_tr("Baseline"), self.baseline),
            (_tr("Target"), self.target), (_tr("Start (baseline date)"), self.started_on),
            (_tr("Review dates"), self.reviews), (_tr("Measures"), self.strategy),
        ):  # fmt: skip
            kpi_form.addRow(label, widget)
        add_row = QHBoxLayout()
        for widget in (self.value_date, self.value, self.add_value_button, self.remove_value_button):
            add_row.addWidget(widget)
        add_row.addWidget(self.import_button)
        kpi_layout.addWidget(self.kpi_list)
        kpi_layout.addLayout(row)
        kpi_layout.addLayout(kpi_form)
        kpi_layout.addWidget(self.chart)
        kpi_layout.addWidget(self.status)
        kpi_layout.addWidget(self.values)
        kpi_layout.addLayout(add_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in self.findChildren(QPushButton):  # Return in a field finishes the field, nothing more
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(case)
        layout.addWidget(box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        self.cost.editingFinished.connect(lambda: self._case_text("cost", self.cost, _amount_or_none))
        self.benefit.editingFinished.connect(lambda: self._case_text("benefit", self.benefit, _amount_or_none))
        self.case_notes.editingFinished.connect(lambda: self._case_text("notes", self.case_notes, str))
        self.barrier.activated.connect(lambda i: self._edit_case("barrier_id", self.barrier.itemData(i) or ""))
        self.segment.activated.connect(lambda i: self._edit_case("segment_key", self.segment.itemData(i) or ""))
        self.kpi_list.currentItemChanged.connect(lambda *_a: self._show_kpi())
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.remove_kpi_button.clicked.connect(self.remove_kpi)
        readers: dict[str, tuple[QLineEdit, Callable[[str], Any]]] = {
            "name": (self.name, str), "unit": (self.unit, str), "baseline": (self.baseline, parse_number),
            "target": (self.target, parse_number), "started_on": (self.started_on, parse_date),
            "reviews": (self.reviews, _dates),
        }  # fmt: skip
        for name, (field, read) in readers.items():
            field.editingFinished.connect(lambda n=name, f=field, r=read: self._kpi_text(n, f, r))
        self.strategy.activated.connect(lambda i: self._edit_kpi("strategy_key", self.strategy.itemData(i) or ""))
        self.add_value_button.clicked.connect(self.add_measurement)
        self.value.returnPressed.connect(self.add_measurement)
        self.remove_value_button.clicked.connect(self.remove_measurement)
        self.import_button.clicked.connect(self.choose_csv)
        for signal in (self.document.entity_added, self.document.entity_removed):
            signal.connect(self._entity_event)
        self.document.entity_changed.connect(lambda _old, new, _fields: self._entity_event(new))

    # ------------------------------------------------------------------ state
    @property
    def case(self) -> BusinessCase | None:
        return kpis.case_of(self.document.model, self.improvement_id)

    @property
    def current(self) -> Kpi | None:
        item = self.kpi_list.currentItem()
        found = self.document.model.find(item.data(ID_ROLE)) if item is not None else None
        return found if isinstance(found, Kpi) else None

    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, Improvement) and entity.id == self.improvement_id not in self.document.model:
            self.reject()  # the improvement went: nothing left to edit
        elif isinstance(entity, (BusinessCase, Kpi, KpiMeasurement, Barrier, Improvement)):
            self.refresh()

    def refresh(self) -> None:
        model = self.document.model
        improvement = model.find(self.improvement_id)
        if isinstance(improvement, Improvement):
            self.setWindowTitle(_tr("Business case and KPIs: %1").replace("%1", one_line(improvement.title, 60)))
        case, lang = self.case, self._lang()
        self.cost.setText(editable(case.cost, lang) if case and case.cost is not None else "")
        self.benefit.setText(editable(case.benefit, lang) if case and case.benefit is not None else "")
        self.case_notes.setText(case.notes if case else "")
        barriers = [("", _tr("(none)"))] + [(b.id, one_line(b.description, 60)) for b in model.all(Barrier)]
        segments = [("", _tr("(none)"))] + [
            (k, contact_policy.segment_name(model, k)) for k in contact_policy.segment_keys(model)
        ]
        self._fill(self.barrier, barriers, case.barrier_id if case else "")
        self._fill(self.segment, segments, case.segment_key if case else "")
        current = self.current.id if self.current else None
        with QSignalBlocker(self.kpi_list):
            self.kpi_list.clear()
            for kpi in kpis.kpis_of(model, self.improvement_id):
                item = QListWidgetItem(kpi.name)
                item.setData(ID_ROLE, kpi.id)
                self.kpi_list.addItem(item)
                if kpi.id == current:
                    self.kpi_list.setCurrentItem(item)
            if self.kpi_list.currentItem() is None and self.kpi_list.count():
                self.kpi_list.setCurrentRow(0)
        self._show_kpi()

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]], chosen: str) -> None:
        with QSignalBlocker(combo):
            combo.clear()
            for data, text in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _lang(self) -> str:
        return "ru" if self.document.model.info.language == "ru" else "en"

    def _show_kpi(self) -> None:
        kpi, lang = self.current, self._lang()
        for widget in (self.name, self.unit, self.baseline, self.target, self.started_on, self.reviews,
                       self.strategy, self.remove_kpi_button, self.value_date, self.value, self.add_value_button,
                       self.remove_value_button):  # fmt: skip
            widget.setEnabled(kpi is not None)
        self.name.setText(kpi.name if kpi else "")
        self.unit.setText(kpi.unit if kpi else "")
        self.baseline.setText(editable(kpi.baseline, lang) if kpi else "")
        self.target.setText(editable(kpi.target, lang) if kpi else "")
        self.started_on.setText(kpi.started_on if kpi else "")
        self.reviews.setText(kpi.reviews if kpi else "")
        strategy = [("", _tr("(none)"))] + [(c.key, c.title(lang)) for c in CHECKLIST]
        self._fill(self.strategy, strategy, kpi.strategy_key if kpi else "")
        values = kpis.measurements_of(self.document.model, kpi.id) if kpi else []
        self.chart.show_kpi(kpi, values)
        self.values.setRowCount(len(values))
        for n, m in enumerate(values):
            for column, text in enumerate((m.measured_on, kpis.amount(m.value, kpi.unit if kpi else "", lang))):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, m.id)
                self.values.setItem(n, column, item)
        self.status.setText(self.review_text(kpi, lang) if kpi else _tr("Add a KPI to measure the improvement."))

    def review_text(self, kpi: Kpi, lang: str) -> str:
        """ "Review 2025-04-01: 4,1 against 4,01 on the line, behind · Review 2025-07-01: not measured yet"."""
        parts = []
        for review in kpis.reviews(self.document.model, kpi):
            head = _tr("Review %1").replace("%1", review.day.isoformat())
            if review.value is None:
                parts.append(head + _tr(": not measured yet"))
                continue
            text = _tr(": %1 against %2 on the line").replace("%1", kpis.amount(review.value, kpi.unit, lang))
            text = text.replace("%2", kpis.amount(review.planned, kpi.unit, lang))
            parts.append(head + text + (_tr(", behind") if review.behind else _tr(", on track")))
        return " · ".join(parts)

    # ------------------------------------------------------------------ edits
    def _push(self, command: Any) -> bool:
        reason = push_or_reason(self.document, command)
        self.message.setText(reason)
        return not reason

    def _read(self, field: QLineEdit, read: Callable[[str], Any]) -> tuple[bool, Any]:
        try:
            shown = self.isVisible()
        except RuntimeError:  # the window itself is gone, its fields still finishing
            return False, None
        if not shown:  # a field losing focus as the window closes (or its project does): no edit
            return False, None
        try:
            return True, read(field.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            self.refresh()  # the field shows the stored value again
            return False, None

    def _case_text(self, name: str, field: QLineEdit, read: Callable[[str], Any]) -> None:
        ok, value = self._read(field, read)
        if ok:
            self._edit_case(name, value)

    def _edit_case(self, name: str, value: Any) -> None:
        case = self.case
        if case is None:
            if value in (None, ""):
                return
            made = BusinessCase(id=new_id(), improvement_id=self.improvement_id, **{name: value})
            self._push(AddEntities(self.document.model, [made], _tr("Business case")))
        elif getattr(case, name) != value:
            self._push(SetFields(self.document.model, case, _tr("Business case"), **{name: value}))

    def _kpi_text(self, name: str, field: QLineEdit, read: Callable[[str], Any]) -> None:
        ok, value = self._read(field, read)
        if ok:
            self._edit_kpi(name, value)

    def _edit_kpi(self, name: str, value: Any) -> None:
        kpi = self.current
        pushed = kpi is None or getattr(kpi, name) == value
        if not pushed and not self._push(SetFields(self.document.model, kpi, _tr("Edit KPI"), **{name: value})):
            self._show_kpi()  # refused (a review before the start, say): show the stored value again

    def add_kpi(self) -> None:
        """A new KPI starting today, reviewed three and six months on."""
        model, today = self.document.model, date.today()
        siblings = kpis.kpis_of(model, self.improvement_id)
        kpi = Kpi(
            id=new_id(), improvement_id=self.improvement_id, order=model.order_at(siblings, len(siblings)),
            name=_tr("New KPI"), started_on=today.isoformat(), reviews=kpis.default_reviews(today),
        )  # fmt: skip
        if self._push(AddEntities(model, [kpi], _tr("Add KPI"))):
            self._select(kpi.id)

    def remove_kpi(self) -> None:
        kpi = self.current
        if kpi is not None:
            self._push(DeleteEntities(self.document.model, [kpi.id], _tr("Remove KPI")))

    def _select(self, kpi_id: str) -> None:
        for row in range(self.kpi_list.count()):
            if self.kpi_list.item(row).data(ID_ROLE) == kpi_id:
                self.kpi_list.setCurrentRow(row)

    def add_measurement(self) -> None:
        """The value typed for the date typed; a day already measured gets the new value."""
        kpi = self.current
        if kpi is None:
            return
        ok, day = self._read(self.value_date, parse_date)
        ok2, value = self._read(self.value, parse_number) if ok else (False, None)
        if not (ok and ok2):
            return
        old = next((m for m in kpis.measurements_of(self.document.model, kpi.id) if m.measured_on == day), None)
        if old is not None:
            done = self._push(SetFields(self.document.model, old, _tr("Measurement"), value=value))
        else:
            made = KpiMeasurement(id=new_id(), kpi_id=kpi.id, measured_on=day, value=value)
            done = self._push(AddEntities(self.document.model, [made], _tr("Add measurement")))
        if done:
            self.value.clear()

    def remove_measurement(self) -> None:
        row = self.values.currentRow()
        item = self.values.item(row, 0) if row >= 0 else None
        if item is not None:
            self._push(DeleteEntities(self.document.model, [item.data(ID_ROLE)], _tr("Remove measurement")))

    def choose_csv(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _tr("Import KPI measurements"), "", _tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.import_measurements(Path(name))

    def import_measurements(self, path: Path) -> bool:
        """Add (or replace) the file's measurements in one step; a bad file or row changes nothing."""
        try:
            result = read_measurements(self.document.model, path.read_bytes())
        except (OSError, CsvError) as exc:
            self.message.setText(f"{path.name}: {getattr(exc, 'strerror', None) or exc}")
            return False
        if result.problems:
            more = len(result.problems) - 1
            tail = _tr(" (and %1 more problems)").replace("%1", str(more)) if more else ""
            self.message.setText(f"{path.name}: {result.problems[0]}{tail}")
            return False
        if not result.changes:
            self.message.setText(_tr("%1: no new values.").replace("%1", path.name))
            return False
        changes: list[tuple[Any, Any]] = [(old, new) for old, new in result.changes]
        if not self._push(ApplyChanges(self.document.model, changes, _tr("Import KPI measurements"))):
            return False
        self.message.setText(_tr("%1: %2 values imported.").replace("%1", path.name).replace("%2", str(len(changes))))
        return True
