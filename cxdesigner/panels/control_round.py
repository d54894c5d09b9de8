"""The control round: walk every touchpoint in journey order and record the measured values quickly.

One touchpoint at a time, with a "measured" field per requirement. Enter records the value (with today's
date as the check date) and moves to the next field, and from the last field to the next touchpoint;
Page Down / Page Up (or the buttons) move between touchpoints. The touchpoint shown is selected on the map.
A value the model refuses is put back to the old one with a one-line message, and the field keeps focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Stage, Touchpoint
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.quality import QualityRequirement, requirements_of, status
from cxdesigner.panels.entity_table import one_line, push_or_reason
from cxdesigner.panels.quality_names import status_color, status_name, target_text, today
from cxdesigner.viewstate import ViewState


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class ControlRound(QWidget):
    """One touchpoint's requirements with a measured-value field each, and the way to the next one."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.touchpoint_id = ""
        self.fields: list[QLineEdit] = []
        self._requirements: list[QualityRequirement] = []
        self._status_labels: list[QLabel] = []
        self.position = _plain_label("", self)
        self.title = _plain_label("", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.stage = _plain_label("", self)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus belongs to the measured fields
        scroll.setWidget(self.rows)
        self.only_with_requirements = QCheckBox(self.tr("Only touchpoints with requirements"), self)
        self.only_with_requirements.setChecked(True)
        self.previous_button = QPushButton(self.tr("← Previous"), self)
        self.next_button = QPushButton(self.tr("Next →"), self)
        self.message = _plain_label("", self)
        self.message.setStyleSheet("color: #c92a2a;")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.only_with_requirements, 1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        for widget in (self.position, self.title, self.stage):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(nav)
        self._connect()

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        for key, slot in ((Qt.Key.Key_PageDown, self.next), (Qt.Key.Key_PageUp, self.previous)):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.only_with_requirements.toggled.connect(lambda _on: self._refresh_position())
        self.view_state.selection_changed.connect(self._follow_selection)
        self.view_state.locked_changed.connect(lambda _locked: self._rebuild(self._focused_row()))
        self.document.entity_added.connect(self._on_added_or_removed)
        self.document.entity_removed.connect(self._on_added_or_removed)
        self.document.entity_changed.connect(self._on_changed)

    # ------------------------------------------------------------ the walk
    def order(self) -> list[str]:
        """The touchpoints of the round, in journey order."""
        ids = journey_order(self.document.model)
        if self.only_with_requirements.isChecked():
            ids = [i for i in ids if requirements_of(self.document.model, i)]
        return ids

    def start(self) -> None:
        """Begin at the selected touchpoint when it is on the round, else at the first one."""
        ids = self.order()
        selected = [i for i in self.view_state.selection if i in ids]
        self.show_touchpoint(selected[0] if selected else (ids[0] if ids else ""))

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        ids = self.order()
        if not ids:
            self.show_touchpoint("")
            return
        here = ids.index(self.touchpoint_id) if self.touchpoint_id in ids else -1
        target = min(max(here + delta, 0), len(ids) - 1) if here >= 0 else 0
        self.show_touchpoint(ids[target])

    def show_touchpoint(self, touchpoint_id: str, focus_row: int = 0) -> None:
        """Show a touchpoint's requirements, select it on the map and focus a measured field."""
        self.touchpoint_id = touchpoint_id
        self.message.clear()
        self._rebuild(focus_row)
        if touchpoint_id:
            self.view_state.select([touchpoint_id])

    def _refresh_position(self) -> None:
        ids = self.order()
        total = len(ids)
        if self.touchpoint_id in ids:
            self.position.setText(
                self.tr("Touchpoint %1 of %2")
                .replace("%1", str(ids.index(self.touchpoint_id) + 1))
                .replace("%2", str(total))
            )
        elif not total:
            self.position.setText(self.tr("No touchpoint has quality requirements yet; add them in the Quality panel."))
        else:
            self.position.setText(self.tr("%1 touchpoints on the round").replace("%1", str(total)))
        here = ids.index(self.touchpoint_id) if self.touchpoint_id in ids else -1
        self.previous_button.setEnabled(here > 0)
        self.next_button.setEnabled(bool(ids) and here < total - 1)

    # ------------------------------------------------------------- the form
    def _rebuild(self, focus_row: int = 0) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.fields, self._status_labels = [], []
        model = self.document.model
        tp = model.find(self.touchpoint_id) if self.touchpoint_id else None
        self._requirements = requirements_of(model, self.touchpoint_id) if isinstance(tp, Touchpoint) else []
        if not isinstance(tp, Touchpoint):
            self.touchpoint_id = ""
            self.title.setText("")
            self.stage.setText("")
        else:
            self.title.setText(one_line(tp.title, 200) or self.tr("(untitled touchpoint)"))
            stage = model.find(tp.stage_id)
            self.stage.setText(one_line(stage.title, 200) if isinstance(stage, Stage) else "")
        for row, req in enumerate(self._requirements):
            self._add_row(row, req)
        if not self._requirements and tp is not None:
            self.grid.addWidget(_plain_label(self.tr("This touchpoint has no quality requirements."), self.rows), 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(len(self._requirements) + 1, 1)
        self._refresh_position()
        if self.fields:
            field = self.fields[min(focus_row, len(self.fields) - 1)]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def _add_row(self, row: int, req: QualityRequirement) -> None:
        what = _plain_label(one_line(req.text or req.indicator, 120) or self.tr("(no text)"), self.rows)
        what.setToolTip(one_line(req.text, 1000))
        what.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long text is cut, not widened
        target = _plain_label(target_text(req), self.rows)
        field = QLineEdit(req.measured, self.rows)
        field.setPlaceholderText(self.tr("measured"))
        field.setMaxLength(200)
        field.setMinimumWidth(110)
        field.setReadOnly(self.document.read_only or self.view_state.locked)
        field.returnPressed.connect(lambda f=field: self._record(f, advance=True))
        field.editingFinished.connect(lambda f=field: self._record(f, advance=False))
        state = _plain_label("", self.rows)
        state.setAutoFillBackground(True)
        state.setMinimumWidth(90)
        state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for column, widget in enumerate((what, target, field, state)):
            self.grid.addWidget(widget, row, column)
            widget.show()  # at once, so that the field can take the focus now
        self.fields.append(field)
        self._status_labels.append(state)
        self._show_status(row, req)

    def _show_status(self, row: int, req: QualityRequirement) -> None:
        label = self._status_labels[row]
        current = status(req)
        label.setText(status_name(current))
        palette = label.palette()
        palette.setColor(label.backgroundRole(), status_color(current))
        label.setPalette(palette)

    def _record(self, field: QLineEdit, advance: bool) -> None:
        """Record the measured value typed in a field; with ``advance`` move on (Enter)."""
        if field not in self.fields:
            return  # a field of a touchpoint no longer shown
        row = self.fields.index(field)
        req = self.document.model.find(self._requirements[row].id)
        if not isinstance(req, QualityRequirement):
            return
        text = self.fields[row].text().strip()
        changes: dict[str, Any] = {}
        if text != req.measured:
            changes = {"measured": text, "checked_on": today() if text else req.checked_on}
        elif advance and text and req.checked_on != today():
            changes = {"checked_on": today()}  # Enter on an unchanged value confirms it today
        if changes:
            reason = push_or_reason(
                self.document, SetFields(self.document.model, req, self.tr("Record measured value"), **changes)
            )
            if reason:
                self.message.setText(reason)
                field = self.fields[row]
                field.setText(req.measured)
                field.selectAll()
                field.setFocus()
                return
            self.message.clear()
        if advance:
            if row + 1 < len(self.fields):
                self.fields[row + 1].setFocus()
                self.fields[row + 1].selectAll()
            else:
                self.next()

    # ------------------------------------------------------------ following
    def _follow_selection(self, ids: list[str]) -> None:
        if ids and ids[0] != self.touchpoint_id and ids[0] in self.order():
            self.show_touchpoint(ids[0])

    def _on_added_or_removed(self, entity: Any) -> None:
        if isinstance(entity, QualityRequirement) and entity.touchpoint_id == self.touchpoint_id:
            self._rebuild(self._focused_row())
        elif isinstance(entity, (Touchpoint, QualityRequirement, Stage)):
            if self.touchpoint_id and self.touchpoint_id not in self.document.model:
                self.touchpoint_id = ""
                self._rebuild()
            else:
                self._refresh_position()

    def _on_changed(self, old: Any, new: Any, fields: Any) -> None:
        if isinstance(new, QualityRequirement) and self.touchpoint_id in (old.touchpoint_id, new.touchpoint_id):
            row = next((i for i, r in enumerate(self._requirements) if r.id == new.id), -1)
            if row < 0 or "order" in fields or old.touchpoint_id != new.touchpoint_id or "text" in fields:
                self._rebuild(self._focused_row())
                return
            self._requirements[row] = new
            if self.fields[row].text().strip() != new.measured:
                self.fields[row].setText(new.measured)
            self._show_status(row, new)
        elif isinstance(new, (Touchpoint, Stage)):
            if new.id == self.touchpoint_id or isinstance(new, Stage):
                self._rebuild(self._focused_row())
            else:
                self._refresh_position()

    def _focused_row(self) -> int:
        return next((i for i, f in enumerate(self.fields) if f.hasFocus()), 0)


class ControlRoundDialog(QDialog):
    """The control round in its own window beside the map (not modal)."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Control round"))
        self.setModal(False)
        self.round = ControlRound(document, view_state, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        for button in (*self.findChildren(QPushButton),):
            button.setAutoDefault(False)  # Enter belongs to the measured fields, not to a button
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.round, 1)
        layout.addWidget(close)
        self.resize(640, 420)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.round.start()
