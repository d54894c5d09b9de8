"""The contact and content policy of one customer segment, edited in the Personas panel.

A segment is chosen (the current persona's segment when it has one); its table lists each channel used to
reach it, how many contacts a month and the content mix (useful : offer). The row chosen in the table is
edited below it: the channel (one of the map's touchpoint channels not yet in this segment's policy), the
contacts a month and the useful share. Every change is one undoable command. The line under the table gives
the segment's whole mix, weighted by contacts, and says when it is far from half useful, half offer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.commands import AddEntities, DeleteEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain import contact_policy
from cxdesigner.domain.contact_policy import ContactPolicy
from cxdesigner.domain.entities import Channel, Touchpoint, new_id
from cxdesigner.domain.numbers import number
from cxdesigner.domain.segments import CustomerAnalysis, Segment
from cxdesigner.panels.flow_layout import FlowLayout
from cxdesigner.panels.names import channel_name

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactPolicyEditor", text)


class ContactPolicyEditor(QWidget):
    """One segment's channels, contacts a month and content mix, with the 50/50 verdict."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.segment = QComboBox(self)
        self.segment.setAccessibleName(_tr("Policy segment"))
        self.segment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.segment.setMinimumContentsLength(8)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(_tr("Contact policy"))
        self.table.setHorizontalHeaderLabels([_tr("Channel"), _tr("Contacts a month"), _tr("Useful : offer")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):  # the channel's name and "Contacts a month" are read whole
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(_tr("Policy channel"))
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(8)
        self.per_month = QDoubleSpinBox(self)
        self.per_month.setAccessibleName(_tr("Contacts a month"))
        self.per_month.setRange(0.0, contact_policy.MAX_PER_MONTH)
        self.per_month.setDecimals(1)
        self.per_month.setKeyboardTracking(False)  # one step per value, not per keystroke
        self.useful = QSpinBox(self)
        self.useful.setAccessibleName(_tr("Useful share"))
        self.useful.setRange(0, 100)
        self.useful.setSuffix(" %")
        self.useful.setSingleStep(5)
        self.useful.setKeyboardTracking(False)
        self.add_button = QPushButton(_tr("Add channel"), self)
        self.add_button.setToolTip(_tr("Add one of the map's touchpoint channels to this segment's policy"))
        self.remove_button = QPushButton(_tr("Remove channel"), self)
        self.mix = QLabel(self)
        self.mix.setWordWrap(True)
        self._build_layout()
        self.segment.activated.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._show_row)
        self.channel.activated.connect(self._channel_chosen)
        self.per_month.valueChanged.connect(
            lambda v: self._set("per_month", round(float(v), 1), _tr("Contacts a month"))
        )
        self.useful.valueChanged.connect(lambda v: self._set("useful", v / 100, _tr("Content mix")))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        for signal in (document.entity_added, document.entity_removed):
            signal.connect(self._entity_event)
        document.entity_changed.connect(lambda _old, new, _fields: self._entity_event(new))
        self.refresh()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label when narrow
        form.addRow(_tr("Channel"), self.channel)
        form.addRow(_tr("Contacts a month"), self.per_month)
        form.addRow(_tr("Useful content"), self.useful)
        buttons = FlowLayout()  # under each other in a narrow side dock
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.segment)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.mix)

    # ------------------------------------------------------------------ state
    @property
    def segment_key(self) -> str:
        return str(self.segment.currentData() or "")

    def rows(self) -> list[ContactPolicy]:
        return contact_policy.policy_of(self.document.model, self.segment_key)

    @property
    def current(self) -> ContactPolicy | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        found = self.document.model.find(item.data(ID_ROLE)) if item is not None else None
        return found if isinstance(found, ContactPolicy) else None

    def show_segment(self, key: str) -> None:
        """Show the policy of the segment ``key`` (the current persona's)."""
        index = self.segment.findData(key)
        if index >= 0 and index != self.segment.currentIndex():
            self.segment.setCurrentIndex(index)
            self.refresh()

    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, (ContactPolicy, Segment, CustomerAnalysis, Touchpoint)):
            self.refresh()

    def refresh(self) -> None:
        """Show the segments, the chosen segment's rows (keeping the chosen row) and its mix."""
        model = self.document.model
        key, current = self.segment_key, self.current.id if self.current else None
        with QSignalBlocker(self.segment):
            self.segment.clear()
            for k in contact_policy.segment_keys(model):
                self.segment.addItem(contact_policy.segment_name(model, k), k)
            self.segment.setCurrentIndex(max(0, self.segment.findData(key)))
        lang = "ru" if model.info.language == "ru" else "en"
        rows = self.rows()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows))
            for n, row in enumerate(rows):
                cells = [
                    channel_name(row.channel),
                    number(row.per_month, lang, 1),
                    f"{number(row.useful * 100, lang, 0)} : {number((1 - row.useful) * 100, lang, 0)}",
                ]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, row.id)
                    self.table.setItem(n, column, item)
            chosen = next((n for n, r in enumerate(rows) if r.id == current), 0 if rows else -1)
            self.table.setCurrentCell(chosen, 0) if chosen >= 0 else self.table.clearSelection()
        self.add_button.setEnabled(bool(self._free_channels()))
        self.mix.setText(self.mix_text(rows, lang))
        self._show_row()

    def _free_channels(self, keep: Channel | None = None) -> list[Channel]:
        """The map's channels not yet in this segment's policy (and ``keep``, the row's own)."""
        used = {r.channel for r in self.rows()} - {keep}
        return [c for c in contact_policy.map_channels(self.document.model) if c not in used] + (
            [keep] if keep is not None and keep not in contact_policy.map_channels(self.document.model) else []
        )

    def _show_row(self) -> None:
        row = self.current
        for widget in (self.channel, self.per_month, self.useful, self.remove_button):
            widget.setEnabled(row is not None)
        with QSignalBlocker(self.channel), QSignalBlocker(self.per_month), QSignalBlocker(self.useful):
            self.channel.clear()
            if row is not None:
                for channel in self._free_channels(row.channel):
                    self.channel.addItem(channel_name(channel), channel.value)
                self.channel.setCurrentIndex(self.channel.findData(row.channel.value))
            self.per_month.setValue(row.per_month if row else 0.0)
            self.useful.setValue(round(row.useful * 100) if row else 50)

    @staticmethod
    def mix_text(rows: list[ContactPolicy], lang: str) -> str:
        """ "Content mix: 17 % useful : 83 % offer, far from half and half." and the like."""
        share = contact_policy.useful_share(rows)
        if share is None:
            return _tr("No channels yet: add the ones this segment is reached by.")
        text = _tr("Content mix over %1 contacts a month: %2 % useful : %3 % offer")
        text = text.replace("%1", number(contact_policy.contacts(rows), lang, 1))
        text = text.replace("%2", number(share * 100, lang, 0)).replace("%3", number((1 - share) * 100, lang, 0))
        if contact_policy.far_from_balance(share):
            return text + _tr(", far from half and half.")
        return text + _tr(", close to half and half.")

    # ------------------------------------------------------------------ edits
    def _set(self, name: str, value: Any, text: str) -> None:
        row = self.current
        if row is not None and getattr(row, name) != value:
            self.document.push(SetFields(self.document.model, row, text, **{name: value}))

    def _channel_chosen(self, index: int) -> None:
        value = self.channel.itemData(index)
        if value:
            self._set("channel", Channel(value), _tr("Policy channel"))

    def add_row(self) -> None:
        """Add the first of the map's channels this segment's policy lacks: one contact a month, half useful."""
        free = self._free_channels()
        if not free or not self.segment_key:
            return
        rows = self.rows()
        model = self.document.model
        row = ContactPolicy(
            id=new_id(),
            segment_key=self.segment_key,
            order=model.order_at(rows, len(rows)),
            channel=free[0],
        )
        if self.document.push(AddEntities(model, [row], _tr("Add policy channel"))):
            self._select(row.id)

    def remove_row(self) -> None:
        row = self.current
        if row is not None:
            self.document.push(DeleteEntities(self.document.model, [row.id], _tr("Remove policy channel")))

    def _select(self, row_id: str) -> None:
        for n in range(self.table.rowCount()):
            if self.table.item(n, 0).data(ID_ROLE) == row_id:
                self.table.setCurrentCell(n, 0)
