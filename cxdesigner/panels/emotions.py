"""The Emotions panel: which personas' curves show, designed or measured or both, their values and curve.

The check boxes and the mode follow and drive the window's ``ViewState``, so the map's curves change with
them. The table edits designed values (each one undoable); the chart shows the curve of the chosen path, or
of the whole map when no path is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
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
from cxdesigner.viewstate import EMOTION_MODES, ViewState

WATCHED = (Emotion, Persona, Touchpoint, Stage, Lane, Flow, FeedbackItem)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmotionsPanel", text)


class EmotionDelegate(QStyledItemDelegate):
    """Edits a designed value with a drop-down of the five named values and blank."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.setAccessibleName(_tr("Designed emotion"))
        for value, label in emotion_choices():
            combo.addItem(label, value)
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
        self._persona_layout = QHBoxLayout(self.persona_boxes)
        self._persona_layout.setContentsMargins(0, 0, 0, 0)
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
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
        self.path_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c92a2a")
        self.chart = EmotionChart(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.persona_boxes)
        layout.addLayout(mode_row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.path_label)
        layout.addWidget(self.chart, 1)
        self._connect()
        self.refresh()

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
            box = QCheckBox(persona.name or _tr("(unnamed)"), self.persona_boxes)
            box.setObjectName(f"persona_{persona.id}")
            box.setAccessibleName(_tr("Show %1").replace("%1", persona.name))
            box.setStyleSheet(f"QCheckBox {{ color: {QColor(persona.color).name()}; font-weight: bold; }}")
            box.setChecked(self.view_state.persona_visible(persona.id))
            box.toggled.connect(lambda on, pid=persona.id: self.view_state.set_persona_visible(pid, on))
            self._persona_layout.addWidget(box)
        self._persona_layout.addStretch(1)

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
