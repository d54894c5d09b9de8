"""The Emotions panel: which personas' curves show, designed or measured or both, their values and curve.

The check boxes and the mode follow and drive the window's ``ViewState``, so the map's curves change with
them. The table edits designed values (each one undoable); the chart shows the curve of the chosen path, or
of the whole map when no path is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import Document
from cxdesigner.domain.entities import Emotion, Flow, Lane, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.panels.emotion_chart import EmotionChart
from cxdesigner.panels.emotion_table import EmotionTableModel, emotion_choices
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.wrapping import WrappingCheckBox, wrapped
from cxdesigner.viewstate import EMOTION_MODES, ViewState

WIDE_FROM = 600
"""From this width, a panel twice as wide as tall puts its table beside the curve instead of above it."""
WATCHED = (Emotion, Persona, Touchpoint, Stage, Lane, Flow, FeedbackItem)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmotionsPanel", text)


SIGNS = {"+": 1, "-": -1, "−": -1, "–": -1}
"""Typed signs: plus, the hyphen-minus of the keyboard, the minus sign and the en dash some layouts give."""


class EmotionBox(QComboBox):
    """The value box: pick from the list, or type the value (−2…+2, the sign optional; Delete for none).

    A combo box's own keyboard search would jump to the first item starting with what was typed ("+" picks
    "+1", and the "2" after it matches nothing), and each jump used to commit at once. Here a sign waits
    for its digit, a digit picks exactly its value, and typing commits nothing until Enter or leaving.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign = 1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text in SIGNS:
            self._sign = SIGNS[text]
            event.accept()
            return
        if text.isdigit():
            value = self._sign * int(text)
            self._sign = 1
            found = self.findData(value)
            if found >= 0:
                self.setCurrentIndex(found)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setCurrentIndex(max(0, self.findData(None)))
            event.accept()
            return
        super().keyPressEvent(event)


class EmotionDelegate(QStyledItemDelegate):
    """Edits a designed value with a drop-down of the five named values and blank; a value can be typed."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt override
        combo = EmotionBox(parent)
        combo.setAccessibleName(_tr("Designed emotion"))
        for value, label in emotion_choices():
            combo.addItem(label, value)
        # a pick from the list (or an arrow key) commits at once; a typed value waits for Enter, Tab or leaving
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802 - Qt override
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EmotionsPanel(QWidget):
    """Persona toggles, the designed/measured switch, the value table and the path's curve."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.persona_boxes = QWidget(self)
        self._persona_layout = FlowLayout(self.persona_boxes)  # wrapping in a narrow side dock
        self._persona_layout.setContentsMargins(0, 0, 0, 0)
        self.modes = QButtonGroup(self)
        mode_row = FlowLayout()
        names = {"designed": _tr("Designed (to-be)"), "measured": _tr("Measured (as-is)"), "both": _tr("Both")}
        for mode in EMOTION_MODES:
            button = QRadioButton(names[mode], self)
            button.setObjectName(f"mode_{mode}")
            button.setAccessibleName(names[mode])
            button.setChecked(mode == view_state.emotion_mode)
            button.toggled.connect(lambda on, m=mode: on and self.view_state.set_emotion_mode(m))
            self.modes.addButton(button)
            mode_row.addWidget(button)
        self.table_model = EmotionTableModel(document, view_state)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(EmotionDelegate(self.table))
        self.table.setAccessibleName(_tr("Emotion values"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Sized from the rows in view, and only while the panel shows: by default Qt reads a thousand rows
        # for every sizing, and a hidden table reads every row (288,000 data() calls while the window
        # opened on a 3,000-card map with this panel closed).
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.path_label = wrapped(QLabel(self))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c92a2a")
        self.chart = EmotionChart(self)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows: more of them in view
        self._controls = QWidget(self)
        controls = QVBoxLayout(self._controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.persona_boxes)
        controls.addLayout(mode_row)
        self._values, self._curve = QVBoxLayout(), QVBoxLayout()
        self._values.addWidget(self._controls)
        self._values.addWidget(self.table, 1)
        self._values.addWidget(self.message)
        self._curve.addWidget(self.path_label)
        self._curve.addWidget(self.chart, 1)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.addLayout(self._values, 2)
        self._layout.addLayout(self._curve, 1)
        self._connect()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(event.size().width() >= max(2 * event.size().height(), WIDE_FROM))

    def _arrange(self, wide: bool) -> None:
        """Tall (a side dock): toggles, table, curve stacked. Wide and short (a bottom dock): the table on
        the left at the panel's full height, toggles and curve on the right, so the table keeps its rows."""
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() == direction:
            return
        self._layout.setDirection(direction)
        column = self._curve if wide else self._values
        column.insertWidget(0, self._controls)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _connect(self) -> None:
        self.document.entity_added.connect(self._entity_event)
        self.document.entity_removed.connect(self._entity_event)
        self.document.entity_changed.connect(self._entity_changed)
        self.view_state.personas_changed.connect(self.refresh)
        self.view_state.path_changed.connect(self.refresh)
        self.view_state.emotion_mode_changed.connect(self._mode_changed)
        self.view_state.locked_changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.document.edit_refused.connect(self.message.setText)

    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, WATCHED):
            self.refresh()

    def _mode_changed(self, mode: str) -> None:
        for button in self.modes.buttons():
            with QSignalBlocker(button):
                button.setChecked(button.objectName() == f"mode_{mode}")
        self._refresh_chart()

    def _entity_changed(self, _old: Any, new: Any, _fields: frozenset[str]) -> None:
        self._entity_event(new)

    def refresh(self, *_args: Any) -> None:
        """Rebuild the toggles, the table and the chart from the model and the view state."""
        self._refresh_toggles()
        self.table_model.reload()
        if self.table_model.refused:
            self.message.setText(self.table_model.refused)
            self.table_model.refused = ""
        path = self.view_state.path
        self.path_label.setText(
            _tr("Curve of the chosen path (%1 touchpoints)").replace("%1", str(len(path)))
            if path
            else _tr("Curve of the whole map, in journey order")
        )
        self._refresh_chart()

    def _refresh_toggles(self) -> None:
        while self._persona_layout.count():
            item = self._persona_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for persona in self.document.model.personas():
            box = WrappingCheckBox(persona.name or _tr("(unnamed)"), self.persona_boxes)
            box.setObjectName(f"persona_{persona.id}")
            box.setAccessibleName(_tr("Show %1").replace("%1", persona.name))
            box.label.setStyleSheet(f"color: {QColor(persona.color).name()}; font-weight: bold;")
            box.setChecked(self.view_state.persona_visible(persona.id))
            box.toggled.connect(lambda on, pid=persona.id: self.view_state.set_persona_visible(pid, on))
            self._persona_layout.addWidget(box)

    def _refresh_chart(self) -> None:
        model = self.table_model
        mode = self.view_state.emotion_mode
        curves: list[tuple[QColor, dict[str, float], bool]] = []
        for persona in model.personas:
            color = QColor(persona.color)
            if mode in ("designed", "both"):
                curves.append((color, model.designed.get(persona.id, {}), False))
            if mode in ("measured", "both"):
                curves.append((color, model.measured.get(persona.id, {}), True))
        self.chart.set_data(model.rows, curves)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.view_state.select([self.table_model.data(current, Qt.ItemDataRole.UserRole)])
