"""The control round: walk every touchpoint in journey order and record the measured values quickly.

The round is a record (``domain.control_rounds``): its date (today unless changed) and who walks it are
typed at the top, and each value entered is kept on that round, so rounds never overwrite each other;
the newest round's value is the requirement's measured value. One touchpoint at a time, with a "measured"
field per requirement and the value of the previous round beside it. Enter records the value and moves
to the next field, and from the last field to the next touchpoint; Page Down / Page Up (or the buttons)
move between touchpoints. The touchpoint shown is selected on the map. A value the model refuses is put
back to the old one with a one-line message, and the field keeps focus.
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

from cxdesigner.commands import ApplyChanges
from cxdesigner.document import Document
from cxdesigner.domain import control_rounds
from cxdesigner.domain.control_rounds import ControlRound as RoundRecord
from cxdesigner.domain.control_rounds import RoundValue
from cxdesigner.domain.entities import Stage, Touchpoint, new_id
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.quality import QualityRequirement, Status, requirements_of, status
from cxdesigner.domain.values import is_iso_date
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
        self._new_round: RoundRecord | None = None
        self.fields: list[QLineEdit] = []
        self._requirements: list[QualityRequirement] = []
        self._status_labels: list[QLabel] = []
        self._previous_labels: list[QLabel] = []
        self.position = _plain_label("", self)
        self.title = _plain_label("", self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.stage = _plain_label("", self)
        self.walked_on = QLineEdit(today(), self)
        self.walked_on.setAccessibleName(self.tr("Date of the round"))
        self.walked_on.setMaxLength(10)
        self.walked_by = QLineEdit(self)
        self.walked_by.setAccessibleName(self.tr("Walked by"))
        self.walked_by.setPlaceholderText(self.tr("who walks the round"))
        self.walked_by.setMaxLength(120)
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
        self.comparison = _plain_label("", self)  # this round against the one before it
        self.comparison.setWordWrap(True)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.only_with_requirements, 1)
        nav.addWidget(self.next_button)
        who = QHBoxLayout()
        who.addWidget(_plain_label(self.tr("Round of"), self))
        who.addWidget(self.walked_on)
        who.addWidget(_plain_label(self.tr("walked by"), self))
        who.addWidget(self.walked_by, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(who)
        for widget in (self.position, self.title, self.stage):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.comparison)
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
        for edit in (self.walked_on, self.walked_by):
            edit.textChanged.connect(lambda _text: self._refresh_previous())
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
        self.fields, self._status_labels, self._previous_labels = [], [], []
        for edit in (self.walked_on, self.walked_by):
            edit.setReadOnly(self.document.read_only or self.view_state.locked)
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
        self._compare_with_previous()
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
        before = _plain_label(self._previous_text(req), self.rows)
        before.setStyleSheet("color: #495057;")
        self._previous_labels.append(before)
        for column, widget in enumerate((what, target, before, field, state)):
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
        record = self.current_round()
        if record is None:
            self.message.setText(self.tr("The round's date is not a date: type it as YYYY-MM-DD."))
            self.walked_on.setFocus()
            return
        if self._worth_recording(record, req, text, advance):
            changes = control_rounds.record(self.document.model, record, req, text)
            reason = push_or_reason(
                self.document, ApplyChanges(self.document.model, changes, self.tr("Record measured value"))
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

    # ------------------------------------------------------------ the record
    def current_round(self) -> RoundRecord | None:
        """The round being walked: the one of this date and walker, or a new one (added with its first value)."""
        day, who = self.walked_on.text().strip(), " ".join(self.walked_by.text().split())
        if not is_iso_date(day):
            return None
        found = next(
            (r for r in control_rounds.rounds(self.document.model) if r.walked_on == day and r.walked_by == who),
            None,
        )
        if found is not None:
            return found
        if self._new_round is None or (self._new_round.walked_on, self._new_round.walked_by) != (day, who):
            self._new_round = RoundRecord(new_id(), day, who)
        return self._new_round

    def _worth_recording(self, record: RoundRecord, req: QualityRequirement, text: str, advance: bool) -> bool:
        """Whether a typed value goes on the round: a new or changed value does; leaving an unchanged field
        does not, but Enter on a value confirms it on this round (it was measured again)."""
        model = self.document.model
        recorded = control_rounds.values_of(model, record.id).get(req.id) if model.find(record.id) else None
        if recorded is not None:
            return recorded.measured != text
        if text == req.measured:
            return advance and bool(text)
        return True

    def _previous_text(self, req: QualityRequirement) -> str:
        """The value the last round before this one measured, e.g. "before: 240 (2025-03-04)"."""
        record = self.current_round()
        before = [
            (r, v)
            for r, v in control_rounds.history(self.document.model, req.id)
            if record is None
            or (r.id != record.id and (r.walked_on, r.walked_by) <= (record.walked_on, record.walked_by))
        ]
        if not before:
            return self.tr("first round")
        r, value = before[-1]
        return self.tr("before: %1 (%2)").replace("%1", one_line(value, 40) or "–").replace("%2", r.walked_on)

    # ------------------------------------------------------------ following
    def _follow_selection(self, ids: list[str]) -> None:
        if ids and ids[0] != self.touchpoint_id and ids[0] in self.order():
            self.show_touchpoint(ids[0])

    def _refresh_previous(self) -> None:
        for label, req in zip(self._previous_labels, self._requirements, strict=False):
            label.setText(self._previous_text(req))
        self._compare_with_previous()

    def _compare_with_previous(self) -> None:
        """One line: how this round differs from the one before it, over the whole map."""
        model = self.document.model
        record = self.current_round()
        if record is None or model.find(record.id) is None:
            self.comparison.setText(self.tr("Nothing recorded on this round yet."))
            return
        changes = control_rounds.changes(model, record.id)
        before = control_rounds.previous(model, record.id)
        if before is None:
            self.comparison.setText(self.tr("The first round: %n value(s) measured.", "", len(changes)))
            return
        met = sum(c.new_status is Status.MET and c.old_status is not Status.MET for c in changes)
        lost = sum(c.old_status is Status.MET and c.new_status is Status.NOT_MET for c in changes)
        text = self.tr("Against the round of %1: %n value(s) changed", "", len(changes)).replace("%1", before.walked_on)
        text += self.tr(", %n now met", "", met) if met else ""
        text += self.tr(", %n no longer met", "", lost) if lost else ""
        self.comparison.setText(text + ".")

    def _on_added_or_removed(self, entity: Any) -> None:
        if isinstance(entity, (RoundRecord, RoundValue)):
            self._refresh_previous()
            return
        if isinstance(entity, QualityRequirement) and entity.touchpoint_id == self.touchpoint_id:
            self._rebuild(self._focused_row())
        elif isinstance(entity, (Touchpoint, QualityRequirement, Stage)):
            if self.touchpoint_id and self.touchpoint_id not in self.document.model:
                self.touchpoint_id = ""
                self._rebuild()
            else:
                self._refresh_position()

    def _on_changed(self, old: Any, new: Any, fields: Any) -> None:
        if isinstance(new, (RoundRecord, RoundValue)):
            self._refresh_previous()
            return
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
