"""The current quality requirement as a form: each of its fields on its own row, for a narrow Quality dock.

In a side dock the table's nine columns do not fit, and a requirement just added showed its text and nothing
of its target or measured value. ``RequirementForm`` shows the table's current row through Qt's
``QDataWidgetMapper`` over the same model, so an edit here is the same ``setData``, the same one-step
``SetFields``, as an edit in a cell; the comparison is a list, the status a label.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDataWidgetMapper, QFormLayout, QLabel, QLineEdit, QWidget

from cxdesigner.panels.entity_table import ChoiceDelegate, EntityTableModel


class RequirementForm(QWidget):
    """Edits one row of the requirements table, field by field."""

    def __init__(self, model: EntityTableModel, columns: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(model)
        self.mapper.setItemDelegate(ChoiceDelegate(model, self.mapper))
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, column in columns.items():
            widget = self._field(name, column)
            self.fields[name] = widget
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widget.setAccessibleName(title)
            form.addRow(title, widget)
            self.mapper.addMapping(widget, column, b"text" if isinstance(widget, QLabel) else b"")
        model.modelReset.connect(self._follow_reset)

    def _field(self, name: str, column: int) -> QWidget:
        if self.model.columns[column].choices is not None:
            combo = QComboBox(self)
            for value, label in self.model.columns[column].choices():
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self.mapper.submit())
            return combo
        if self.model.columns[column].parse is None:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            return label
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def show_row(self, index: QModelIndex) -> None:
        """Show the row of ``index`` (none: the form empties). The panel decides whether it can be edited."""
        if index.isValid():
            self.mapper.setCurrentIndex(index.row())
        else:
            self.mapper.setCurrentIndex(-1)
            for widget in self.fields.values():
                if isinstance(widget, QLineEdit | QLabel):
                    widget.clear()

    def _follow_reset(self) -> None:
        row = self.mapper.currentIndex()
        self.show_row(self.model.index(row, 0) if 0 <= row < self.model.rowCount() else QModelIndex())
