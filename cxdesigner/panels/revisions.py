"""The Revisions panel: take labelled snapshots of the map and compare any two, or one with the map now.

Practice re-maps every six months and looks at what is new. "Take snapshot" keeps a dated copy of the whole
map inside the project file (one undoable step). Comparing lists touchpoints added, removed and changed,
requirement status and measured value changes, designed and measured emotion changes, feedback added and
removed, new and closed barriers and improvement status changes, grouped (``domain.revisions.compare``);
choosing a line selects what it names, and everything that changed is highlighted on the map as "changed".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain import cadence, comparison_words
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.revisions import Comparison, compare
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io import snapshots
from cxdesigner.io.errors import FormatError
from cxdesigner.panels.entity_table import one_line, push_or_reason
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.wrapping import WrappingCheckBox
from cxdesigner.viewstate import ViewState

NOW = ""
IDS_ROLE = Qt.ItemDataRole.UserRole


class RevisionsPanel(QWidget):
    """Snapshots of the map and the differences between two of them, or one and now."""

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.comparison: Comparison | None = None
        self._maps: dict[str, tuple[str, JourneyMap]] = {}
        self._files: dict[str, tuple[str, JourneyMap]] = {}  # File > Compare with…: key -> (file name, map)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("Label, e.g. Spring mapping"))
        self.take_button = QPushButton(self.tr("Take snapshot"), self)
        self.list = QListWidget(self)
        self.label_edit.setAccessibleName(self.tr("Snapshot label"))
        self.list.setAccessibleName(self.tr("Snapshots"))
        self.delete_button = QPushButton(self.tr("Delete snapshot"), self)
        self.old_combo, self.new_combo = QComboBox(self), QComboBox(self)
        for combo in (self.old_combo, self.new_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.highlight_toggle = WrappingCheckBox(self.tr("Highlight changes on the map"), self)
        self.highlight_toggle.setChecked(True)
        self.old_combo.setAccessibleName(self.tr("Compare"))
        self.new_combo.setAccessibleName(self.tr("with"))
        self.differences = QTreeWidget(self)
        self.differences.setAccessibleName(self.tr("Differences"))
        self.differences.setHeaderHidden(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.cadence = QLabel(self)  # six months after the last mapping, it is due again
        self.cadence.setTextFormat(Qt.TextFormat.PlainText)
        self.cadence.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh)
        self._build_layout()
        self._connect()
        self._refresh()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.cadence)
        row = FlowLayout()  # the button under the label's field in a narrow dock
        row.addWidget(self.label_edit)
        row.addWidget(self.take_button)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Compare"), self.old_combo)
        form.addRow(self.tr("with"), self.new_combo)
        layout.addLayout(form)
        layout.addWidget(self.highlight_toggle)
        layout.addWidget(self.differences, 2)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        for signal in (self.document.entity_added, self.document.entity_removed, self.document.model_reset):
            signal.connect(self._schedule)
        self.document.entity_changed.connect(self._schedule)
        self.take_button.clicked.connect(self.take_snapshot)
        self.label_edit.returnPressed.connect(self.take_snapshot)
        self.delete_button.clicked.connect(self.delete_snapshot)
        self.list.currentRowChanged.connect(lambda _row: self._update_state())
        self.old_combo.currentIndexChanged.connect(lambda _i: self.compare())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.compare())
        self.highlight_toggle.toggled.connect(lambda _on: self._highlight())
        self.differences.itemClicked.connect(self._difference_clicked)
        self.view_state.locked_changed.connect(lambda _l: self._update_state())

    # ------------------------------------------------------------ snapshots
    def snapshots(self) -> list[Snapshot]:
        """The map's snapshots, newest first."""
        return sorted(self.document.model.all(Snapshot), key=lambda s: (s.taken_at, s.id), reverse=True)

    def take_snapshot(self) -> Snapshot | None:
        """Keep a copy of the map as it is now, under the typed label (or one made from the date)."""
        label = self.label_edit.text().strip()
        snap = snapshots.take(self.document.model, label)
        if not label:
            snap = Snapshot(
                snap.id, self.tr("Snapshot of %1").replace("%1", snap.taken_at[:10]), snap.taken_at, snap.payload
            )
        reason = push_or_reason(self.document, AddEntities(self.document.model, [snap], self.tr("Take snapshot")))
        if reason:
            self.message.setText(reason)
            return None
        self.label_edit.clear()
        self._refresh()
        self.old_combo.setCurrentIndex(max(self.old_combo.findData(snap.id), 0))
        return snap

    def delete_snapshot(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            text = self.tr("Delete snapshot")
            push_or_reason(self.document, DeleteEntities(self.document.model, [item.data(IDS_ROLE)], text))

    def map_of(self, snapshot_id: str) -> JourneyMap:
        """The map a snapshot holds (read once), or the map now for ``NOW``; ``FormatError`` if damaged."""
        if snapshot_id == NOW:
            return self.document.model
        if snapshot_id in self._files:
            return self._files[snapshot_id][1]
        snap = self.document.model.get(Snapshot, snapshot_id)
        cached = self._maps.get(snapshot_id)
        if cached is None or cached[0] != snap.payload:
            cached = self._maps[snapshot_id] = (snap.payload, snapshots.from_payload(snap.payload))
        return cached[1]

    # ------------------------------------------------------------ following the document
    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def _refresh(self) -> None:
        snaps = self.snapshots()
        current = self.list.currentItem().data(IDS_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for snap in snaps:
            item = QListWidgetItem(f"{one_line(snap.label, 120)} — {snap.taken_at.replace('T', ' ')[:16]}")
            item.setData(IDS_ROLE, snap.id)
            self.list.addItem(item)
            if snap.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
        self.new_combo.addItem(self.tr("the map now"), NOW)
        for snap in snaps:
            text = f"{one_line(snap.label, 60)} ({snap.taken_at[:10]})"
            self.old_combo.addItem(text, snap.id)
            self.new_combo.addItem(text, snap.id)
        for key, (name, _map) in self._files.items():
            text = self.tr("file %1").replace("%1", one_line(name, 60))
            self.old_combo.addItem(text, key)
            self.new_combo.addItem(text, key)
        self.old_combo.setCurrentIndex(max(self.old_combo.findData(old), 0))
        self.new_combo.setCurrentIndex(max(self.new_combo.findData(new if new is not None else NOW), 0))
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(False)
        self._update_state()
        self._show_cadence()
        self.compare()

    def _show_cadence(self, today: date | None = None) -> None:
        last = cadence.last_mapping(self.document.model)
        day = today or date.today()
        if last is None:
            self.cadence.hide()
            return
        if last.due(day):
            text = self.tr("Six months have passed since the last mapping (%1, %2): map the journey again and compare.")
            self.cadence.setStyleSheet("color: #c92a2a; font-weight: bold")
        else:
            text = self.tr("Last mapping: %1, %2. The next is due by %3.").replace("%3", last.next_due.isoformat())
            self.cadence.setStyleSheet("")
        self.cadence.setText(text.replace("%1", one_line(last.label, 60)).replace("%2", last.day.isoformat()))
        self.cadence.show()

    def _update_state(self) -> None:
        editable = not self.document.read_only and not self.view_state.locked
        self.take_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self.list.currentItem() is not None)

    # ------------------------------------------------------------ comparing
    def compare(self) -> Comparison | None:
        """Compare the two chosen versions and list the differences."""
        self.differences.clear()
        self.comparison = None
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if old_id is None:
            self.message.setText(self.tr("Take a snapshot now; in a few months, compare the map with it."))
            self._highlight()
            return None
        try:
            old, new = self.map_of(old_id), self.map_of(new_id if new_id is not None else NOW)
        except FormatError as exc:
            self.message.setText(self.tr("This snapshot cannot be read: %1").replace("%1", str(exc)))
            self._highlight()
            return None
        self.comparison = result = compare(old, new)
        self.message.setText(self.tr("No differences.") if result.empty else "")
        self._fill(result, old, new)
        self._highlight()
        return result

    def _group(self, title: str, lines: list[tuple[str, list[str]]]) -> None:
        if not lines:
            return
        group = QTreeWidgetItem([f"{title} ({len(lines)})"])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setData(0, IDS_ROLE, [i for _text, ids in lines for i in ids])
        for text, ids in lines:
            child = QTreeWidgetItem([text])
            child.setToolTip(0, text)
            child.setData(0, IDS_ROLE, ids)
            group.addChild(child)
        self.differences.addTopLevelItem(group)
        group.setExpanded(True)

    def _fill(self, result: Comparison, old: JourneyMap, new: JourneyMap) -> None:
        """One group per part of the comparison, in the map's words (``domain.comparison_words``)."""
        for group in comparison_words.groups(result, old, new):
            self._group(group.heading, [(line.text, list(line.ids)) for line in group.lines])

    def compare_with(self, name: str, journey: JourneyMap) -> Comparison | None:
        """Compare another map (from a file) with the map now, listed and highlighted like a snapshot."""
        key = f"file:{name}"
        self._files[key] = (name, journey)
        self._refresh()
        self.old_combo.setCurrentIndex(self.old_combo.findData(key))
        self.new_combo.setCurrentIndex(self.new_combo.findData(NOW))
        return self.compare()

    def _highlight(self) -> None:
        on = self.highlight_toggle.isChecked() and self.comparison is not None
        ids = self.comparison.changed_ids() if on and self.comparison is not None else set()
        self.view_state.highlight("changed", {i for i in ids if i in self.document.model})

    def _difference_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = [i for i in item.data(0, IDS_ROLE) or [] if i in self.document.model]
        self.view_state.select(ids)
