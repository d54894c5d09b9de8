"""The customer base import dialog: a CSV or xlsx file, its columns, the analysis date, the segments, kept.

The file is read with ``io.customer_base``; the encoding ("Auto" decides it), the layout (one row per order
or per customer), the column of each field (guessed from English or Russian headers) and the analysis date
(the latest purchase, or a day the user picks) can be changed, and each change reads the file again and
shows the five segments ``domain.rfm`` finds. A bad base shows its one-line reason (line and column) and
cannot be kept. Keeping adds the analysis and its segments (figures only, never a customer) in ONE undoable
step; the personas drawn for the previous analysis's segments are drawn for the new ones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities
from cxdesigner.document import Document
from cxdesigner.domain import base_trend, rfm, segments
from cxdesigner.domain.numbers import integer, language, number
from cxdesigner.io import customer_base
from cxdesigner.io.encodings import ENCODINGS
from cxdesigner.io.errors import FormatError
from cxdesigner.io.files import read_input
from cxdesigner.panels.entity_table import one_line, push_or_reason

FIELDS = ("customer", "date", "amount", "last", "purchases", "total")
LAYOUT_FIELDS = {"orders": customer_base.ORDERS, "customers": customer_base.CUSTOMERS}


class CustomerBaseImportDialog(QDialog):
    """Map a customer file's columns, pick the analysis date, see the segments, keep the analysis."""

    def __init__(self, document: Document, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path = Path(path)
        self.header: list[str] = []
        self.analysis: rfm.Analysis | None = None
        self.digest = ""
        self.setWindowTitle(self.tr("Import customer base from %1").replace("%1", self.path.name))
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("Auto"), "")
        for codec, name in ENCODINGS.items():
            self.encoding.addItem(name, codec)
        self.layout_choice = QComboBox(self)
        self.layout_choice.addItem(self.tr("One row per order"), "orders")
        self.layout_choice.addItem(self.tr("One row per customer"), "customers")
        self.columns = {name: QComboBox(self) for name in FIELDS}
        self.latest = QCheckBox(self.tr("The latest purchase"), self)
        self.latest.setChecked(True)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setEnabled(False)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_button = QPushButton(self.tr("Keep the analysis"), self)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._build_layout()
        try:
            self.data = read_input(self.path)
        except OSError as exc:
            self.data = b""
            self._fail(self.tr("Cannot read %1: %2").replace("%1", self.path.name).replace("%2", exc.strerror or ""))
        else:
            self._load()
        self._connect()

    def _build_layout(self) -> None:
        names = {
            "customer": self.tr("Customer"),
            "date": self.tr("Order date"),
            "amount": self.tr("Amount"),
            "last": self.tr("Last purchase"),
            "purchases": self.tr("Purchases"),
            "total": self.tr("Total spent"),
        }
        self.form = QFormLayout()
        self.form.addRow(self.tr("Encoding"), self.encoding)
        self.form.addRow(self.tr("Layout"), self.layout_choice)
        for name in FIELDS:
            self.columns[name].setAccessibleName(names[name])
            self.form.addRow(names[name], self.columns[name])
        day = QHBoxLayout()
        day.addWidget(self.latest)
        day.addWidget(self.as_of, 1)
        self.form.addRow(self.tr("Analysis date"), day)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Segments"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def _connect(self) -> None:
        self.encoding.currentIndexChanged.connect(lambda _i: self._load())
        self.layout_choice.currentIndexChanged.connect(lambda _i: self._rebuild())
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(lambda _i: self._rebuild())
        self.latest.toggled.connect(self._latest_toggled)
        self.as_of.dateChanged.connect(lambda _d: self._rebuild())
        self.buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(self.keep)

    # --------------------------------------------------------------- reading
    def _table(self) -> customer_base.Table:
        return customer_base.read_table(self.data, self.encoding.currentData() or None, self.path.name)

    def _load(self) -> None:
        """Read the header again (the encoding changed) and guess the layout and the columns."""
        try:
            table = self._table()
        except FormatError as exc:
            self._fail(str(exc))
            return
        self.header = [one_line(h, 40) for h in table.header]
        self.encoding.setEnabled(table.encoding != "xlsx")
        guess = customer_base.guess_columns(table.header)
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), -1)
            for index, title in enumerate(self.header):
                label = self.tr("Column %1").replace("%1", str(index + 1))
                combo.addItem(label + (f": {title}" if title else ""), index)
            combo.setCurrentIndex(combo.findData(guess.get(name, -1)))
            combo.blockSignals(False)
        self.layout_choice.blockSignals(True)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(customer_base.layout_of(guess)))
        self.layout_choice.blockSignals(False)
        shown = self.tr("workbook") if table.encoding == "xlsx" else ENCODINGS.get(table.encoding, table.encoding)
        self.file_label.setText(self.tr("%1 · %2").replace("%1", self.path.name).replace("%2", shown))
        self._rebuild()

    def mapping(self) -> dict[str, int]:
        """The chosen column of each field of the chosen layout (fields left out are not in it)."""
        chosen = {}
        for name in LAYOUT_FIELDS[self.layout_choice.currentData()]:
            value = self.columns[name].currentData()
            if value is not None and value >= 0:
                chosen[name] = int(value)
        return chosen

    def _rebuild(self) -> None:
        layout = self.layout_choice.currentData()
        for name in FIELDS:
            self.form.setRowVisible(self.columns[name], name in LAYOUT_FIELDS[layout])
        if not self.data:
            return
        try:
            base = customer_base.summarise(self._table(), self.mapping(), layout)
            day = None if self.latest.isChecked() else self.as_of.date().toPython()
            analysis = rfm.analyse(base.customers, day)
        except (FormatError, ValueError) as exc:
            self._fail(str(exc))
            return
        self.analysis, self.digest = analysis, base.digest
        if self.latest.isChecked():
            self.as_of.blockSignals(True)
            self.as_of.setDate(QDate(analysis.as_of.year, analysis.as_of.month, analysis.as_of.day))
            self.as_of.blockSignals(False)
        self._fill_preview(analysis)
        lang = self._language()
        text = self.tr("%1 customers from %2 rows, as of %3.")
        values = (integer(analysis.customers, lang), integer(base.rows, lang), analysis.as_of.isoformat())
        for i, value in enumerate(values, 1):
            text = text.replace(f"%{i}", value)
        self.summary.setText(text + " " + self.tr("Only these figures are kept in the map, never a customer."))
        self.keep_button.setEnabled(not self.document.read_only)

    def _language(self) -> str:
        return "ru" if language(self.document.model.info.language) == "ru" else "en"

    def _latest_toggled(self, on: bool) -> None:
        self.as_of.setEnabled(not on)
        self._rebuild()

    def _fail(self, message: str) -> None:
        self.analysis = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.summary.setText(message)
        self.keep_button.setEnabled(False)

    def _fill_preview(self, analysis: rfm.Analysis) -> None:
        lang = self._language()
        heads = [
            self.tr("Segment"), self.tr("Customers"), self.tr("% of customers"), self.tr("% of revenue"),
            self.tr("Days since last purchase"), self.tr("Purchases"), self.tr("Spent"),
        ]  # fmt: skip
        self.preview.clear()
        self.preview.setColumnCount(len(heads))
        self.preview.setHorizontalHeaderLabels(heads)
        self.preview.setRowCount(len(analysis.segments))
        for row, seg in enumerate(analysis.segments):
            values = (
                rfm.name(seg.key, lang), integer(seg.customers, lang), number(seg.customer_share * 100, lang, 1),
                number(seg.revenue_share * 100, lang, 1), number(seg.mean_recency_days, lang, 0),
                number(seg.mean_frequency, lang, 1), number(seg.mean_monetary, lang, 0),
            )  # fmt: skip
            for col, value in enumerate(values):
                self.preview.setItem(row, col, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()

    # ---------------------------------------------------------------- keep
    def keep(self) -> None:
        """Add the analysis and its segments in one undoable step, and close."""
        if self.analysis is None:
            return
        made = segments.records(self.analysis, self.path.name, self.digest, self._language())
        entities = base_trend.carried(self.document.model, made)  # the personas follow their segments
        name = one_line(self.path.name, 60)
        text = self.tr("Import customer base from %1").replace("%1", name)
        command = AddEntities(self.document.model, entities, text)
        reason = push_or_reason(self.document, command)
        if reason:
            self.summary.setText(reason)
            return
        self.accept()
