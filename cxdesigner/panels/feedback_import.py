"""The CSV import dialog: choose which column feeds which field, see a preview and the bad rows, import.

The file is read with ``io.feedback_csv``; every change of encoding ("Auto" decides it, see
``io.encodings``), delimiter, header row, mapping or default scale re-reads it and refreshes the preview.
Nothing is imported half-way: with no bad rows the button says "Import N rows"; with bad rows it lists them
("line N, field: what is wrong") and offers "Import the N good rows" or Cancel. Either way the import is ONE
undoable step (see docs/feedback-csv.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities
from cxdesigner.document import Document
from cxdesigner.domain.feedback import FeedbackSource
from cxdesigner.domain.numbers import language
from cxdesigner.io import feedback_problems
from cxdesigner.io.encodings import ENCODINGS
from cxdesigner.io.feedback_csv import (
    FIELDS,
    CsvError,
    CsvTable,
    Defaults,
    ImportResult,
    build_items,
    guess_mapping,
    read_table,
)
from cxdesigner.io.files import read_input
from cxdesigner.panels.entity_table import one_line, push_or_reason
from cxdesigner.panels.quality_names import source_choices

PREVIEW_ROWS = 50
PROBLEMS_SHOWN = 500


class FeedbackImportDialog(QDialog):
    """Map the columns of one CSV file onto feedback fields and import the rows in one step."""

    def __init__(self, document: Document, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path = Path(path)
        self.table: CsvTable | None = None
        self.result = ImportResult()
        self.setWindowTitle(self.tr("Import feedback from %1").replace("%1", self.path.name))
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.delimiter = QComboBox(self)
        for value, label in (("", self.tr("found by itself")), (";", ";"), (",", ","), ("\t", self.tr("tab"))):
            self.delimiter.addItem(label, value)
        self.encoding = QComboBox(self)
        self.encoding.addItem(self.tr("Auto"), "")
        for codec, name in ENCODINGS.items():
            self.encoding.addItem(name, codec)
        self.has_header = QCheckBox(self.tr("First row holds column names"), self)
        self.has_header.setChecked(True)
        self.columns: dict[str, QComboBox] = {name: QComboBox(self) for name in FIELDS}
        self.scale_min, self.scale_max = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for box, value in ((self.scale_min, 1.0), (self.scale_max, 5.0)):
            box.setRange(-1000.0, 1000.0)
            box.setDecimals(1)
            box.setValue(value)
        self.source = QComboBox(self)
        for value, label in source_choices():
            self.source.addItem(label, value)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.problems = QListWidget(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._build_layout()
        self._load()
        self._connect()

    # ---------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        self.field_names = names = {
            "touchpoint": self.tr("Touchpoint"),
            "source": self.tr("Source"),
            "score": self.tr("Score"),
            "scale_min": self.tr("Scale from"),
            "scale_max": self.tr("Scale to"),
            "text": self.tr("Text"),
            "date": self.tr("Date"),
            "persona": self.tr("Persona"),
        }
        mapping = QGridLayout()
        for i, name in enumerate(FIELDS):
            mapping.addWidget(QLabel(names[name], self), i // 2, (i % 2) * 2)
            mapping.addWidget(self.columns[name], i // 2, (i % 2) * 2 + 1)
        options = QFormLayout()
        options.addRow(self.tr("Encoding"), self.encoding)
        options.addRow(self.tr("Delimiter"), self.delimiter)
        options.addRow("", self.has_header)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel("–", self))
        scale.addWidget(self.scale_max)
        options.addRow(self.tr("Scale when a row gives none"), scale)
        options.addRow(self.tr("Source when a row gives none"), self.source)
        top = QHBoxLayout()
        top.addLayout(options)
        top.addLayout(mapping, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Preview"), self))
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("Rows that cannot be imported"), self))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def _connect(self) -> None:
        self.encoding.currentIndexChanged.connect(lambda _i: self._load())
        self.delimiter.currentIndexChanged.connect(lambda _i: self._load())
        self.has_header.toggled.connect(lambda _on: self._load())
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(lambda _i: self._rebuild())
        for box in (self.scale_min, self.scale_max):
            box.valueChanged.connect(lambda _v: self._rebuild())
        self.source.currentIndexChanged.connect(lambda _i: self._rebuild())
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_rows)

    # --------------------------------------------------------------- reading
    def _load(self) -> None:
        """Read the file again (delimiter or header row changed) and guess the mapping."""
        try:
            data = read_input(self.path)
            self.table = read_table(data, self.delimiter.currentData() or None, self.encoding.currentData() or None)
        except OSError as exc:
            self._fail(self.tr("Cannot read %1: %2").replace("%1", self.path.name).replace("%2", exc.strerror or ""))
            return
        except CsvError as exc:
            self._fail(str(exc))
            return
        table = self.table
        header = [one_line(c, 40) for c in table.rows[0][1]] if table.rows else []
        guess = guess_mapping(header if self.has_header.isChecked() else None, table.width)
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), -1)
            for index in range(table.width):
                title = header[index] if self.has_header.isChecked() and index < len(header) else ""
                label = self.tr("Column %1").replace("%1", str(index + 1)) + (f": {title}" if title else "")
                combo.addItem(label, index)
            found = guess.get(name)
            combo.setCurrentIndex(combo.findData(found if found is not None else -1))
            combo.blockSignals(False)
        names = {";": ";", ",": ",", "\t": self.tr("tab")}
        rows = str(max(len(table.rows) - int(self.has_header.isChecked()), 0))
        if table.sheet:  # a workbook: its sheet instead of an encoding and a delimiter
            text = self.tr("%1 · sheet %2 · %3 rows").replace("%1", self.path.name).replace("%2", table.sheet)
            self.file_label.setText(text.replace("%3", rows))
            self._rebuild()
            return
        self.file_label.setText(
            self.tr("%1 · encoding %2 · delimiter %3 · %4 rows")
            .replace("%1", self.path.name)
            .replace("%2", ENCODINGS.get(table.encoding, table.encoding))
            .replace("%3", names.get(table.delimiter, table.delimiter))
            .replace("%4", str(max(len(table.rows) - int(self.has_header.isChecked()), 0)))
        )
        self._rebuild()

    def _fail(self, message: str) -> None:
        self.table = None
        self.result = ImportResult()
        self.file_label.setText(message)
        self.preview.clear()
        self.problems.clear()
        self.summary.setText(message)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)

    def mapping(self) -> dict[str, int | None]:
        """The chosen column for each field (None: not imported)."""
        chosen: dict[str, int | None] = {}
        for name, combo in self.columns.items():
            value = combo.currentData()
            chosen[name] = None if value is None or value < 0 else int(value)
        return chosen

    def _rebuild(self) -> None:
        if self.table is None:
            return
        defaults = Defaults(
            source=FeedbackSource(self.source.currentData()),
            scale_min=self.scale_min.value(),
            scale_max=self.scale_max.value(),
        )
        self.result = build_items(
            self.document.model, self.table, self.mapping(), self.has_header.isChecked(), defaults
        )
        self._fill_preview()
        self.problems.clear()
        russian = language(self.document.model.info.language) == "ru"  # a Russian map hears its problems in Russian
        for problem in self.result.problems[:PROBLEMS_SHOWN]:
            if russian or problem.sheet:
                lang = "ru" if russian else "en"
                text = feedback_problems.problem_line(problem.line, problem.field, problem.message, lang, problem.sheet)
                self.problems.addItem(one_line(text, 260))
                continue
            text = self.tr("line %1, %2: %3").replace("%1", str(problem.line)).replace("%2", problem.field)
            self.problems.addItem(text.replace("%3", one_line(problem.message, 200)))
        good, bad = len(self.result.items), len(self.result.bad_lines)
        if bad:
            text = self.tr("%1 rows are good, %2 cannot be imported. Import the good rows, or cancel and fix the file.")
            self.summary.setText(text.replace("%1", str(good)).replace("%2", str(bad)))
            self.import_button.setText(self.tr("Import the %1 good rows").replace("%1", str(good)))
        else:
            self.summary.setText(self.tr("Every row can be imported."))
            self.import_button.setText(self.tr("Import %1 rows").replace("%1", str(good)))
        self.import_button.setEnabled(good > 0 and not self.document.read_only)

    def _fill_preview(self) -> None:
        assert self.table is not None
        rows = self.table.rows[1:] if self.has_header.isChecked() else self.table.rows
        mapping = self.mapping()
        bad = set(self.result.bad_lines)
        shown = [name for name in FIELDS if mapping[name] is not None]
        self.preview.clear()
        self.preview.setColumnCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels([self.tr("Line"), *(self.field_names[n] for n in shown)])
        self.preview.setRowCount(min(len(rows), PREVIEW_ROWS))
        for r, (line, cells) in enumerate(rows[:PREVIEW_ROWS]):
            values = [str(line)] + [cells[i] if (i := mapping[n]) is not None and i < len(cells) else "" for n in shown]
            for c, value in enumerate(values):
                item = QTableWidgetItem(one_line(value, 200))  # a table item shows its text literally
                if line in bad:
                    item.setBackground(QColor("#ffc9c9"))
                self.preview.setItem(r, c, item)

    # ---------------------------------------------------------------- import
    def import_rows(self) -> None:
        """Add the good rows' items in one undoable step and close."""
        if not self.result.items:
            return
        name = one_line(self.path.name, 60)
        command = AddEntities(
            self.document.model, self.result.items, self.tr("Import feedback from %1").replace("%1", name)
        )
        reason = push_or_reason(self.document, command)
        if reason:
            self.summary.setText(reason)
            return
        self.accept()
