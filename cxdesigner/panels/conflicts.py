"""The Conflicts panel: what a git merge could not decide, resolved one by one.

A merged file with conflicts holds our side wherever the two disagreed, and a copy of the ancestor and of
their side (``io.merge_record``). The list shows each conflict in one line; Take mine keeps the map as it
is, Take theirs gives it their value, Edit selects the thing so the inspector can change it (then Take mine
keeps the edit). Each resolution is one undoable step; the last one also removes the merge record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import ApplyChanges
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.merge import Conflict
from cxdesigner.io import merge_record
from cxdesigner.io.errors import FormatError
from cxdesigner.panels.entity_table import push_or_reason
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.viewstate import ViewState

INDEX_ROLE = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    """The unresolved conflicts of a merged map, with Take mine, Take theirs and Edit."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.state: merge_record.Pending | None = None
        self._read: dict[str, JourneyMap] = {}  # the stored sides already read, by payload
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setWordWrap(True)  # long lines wrap inside the dock, never widen it
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(120)
        self.mine_button = QPushButton(self.tr("Take mine"), self)
        self.theirs_button = QPushButton(self.tr("Take theirs"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        buttons = FlowLayout()  # as many side by side as the dock's width holds
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for signal in (self.document.entity_added, self.document.entity_removed, self.document.model_reset):
            signal.connect(self._schedule)
        self.document.entity_changed.connect(self._schedule)
        self.list.currentRowChanged.connect(lambda _row: self._update_state())
        self.mine_button.clicked.connect(lambda: self.resolve(theirs=False))
        self.theirs_button.clicked.connect(lambda: self.resolve(theirs=True))
        self.edit_button.clicked.connect(self.edit)
        self.view_state.locked_changed.connect(lambda _l: self._update_state())
        self.refresh()

    @property
    def conflicts(self) -> list[Conflict]:
        return self.state.conflicts if self.state is not None else []

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Find the conflicts again from the map and its merge record."""
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        try:
            self.state = merge_record.pending(self.document.model, self._read)
        except FormatError as exc:
            self.state = None
            self.message.setText(self.tr("The merge record cannot be read: %1").replace("%1", str(exc)))
            self._update_state()
            return
        model = self.document.model
        theirs = self.state.theirs if self.state is not None else model
        if self.conflicts:  # the lines' words, only for a map that has conflicts (issue 15: start-up)
            from cxdesigner.io import conflict_text
        for i, conflict in enumerate(self.conflicts):
            text = conflict_text.line(conflict, model, model, theirs).removeprefix("CONFLICT ")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(INDEX_ROLE, i)
            self.list.addItem(item)
        if self.conflicts:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
            self.message.setText(self.tr("%n conflict(s) from the merge.", "", len(self.conflicts)))
        else:
            self.message.setText(self.tr("No merge conflicts."))
        self._update_state()

    def _update_state(self) -> None:
        chosen = self.list.currentItem() is not None
        editable = chosen and not self.document.read_only and not self.view_state.locked
        self.mine_button.setEnabled(editable)
        self.theirs_button.setEnabled(editable)
        self.edit_button.setEnabled(chosen)

    def _current(self) -> Conflict | None:
        item = self.list.currentItem()
        return None if item is None or self.state is None else self.conflicts[item.data(INDEX_ROLE)]

    def resolve(self, theirs: bool) -> str:
        """Resolve the chosen conflict with their side or ours, in one undoable step; "" or why not."""
        conflict, state = self._current(), self.state
        if conflict is None or state is None:
            return ""
        model = self.document.model
        try:
            pick = merge_record.take_theirs if theirs else merge_record.take_mine
            changes = merge_record.finishing(model, state, pick(model, state, conflict))
        except (ModelError, FormatError) as exc:
            reason = str(exc)
        else:
            text = self.tr("Take theirs") if theirs else self.tr("Take mine")
            reason = push_or_reason(self.document, ApplyChanges(model, changes, text))
        if reason:
            self.message.setText(self.tr("This conflict cannot be resolved so: %1").replace("%1", reason))
            return reason
        self.refresh()
        return ""

    def edit(self) -> None:
        """Select what the chosen conflict is about, for the inspector."""
        conflict = self._current()
        if conflict is not None and conflict.entity_id in self.document.model:
            self.view_state.select([conflict.entity_id])
