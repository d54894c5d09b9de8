"""The palette: Stage, Lane and one entry per channel, dragged onto the canvas or activated from the keyboard.

Dragging an entry starts a ``QDrag`` carrying ``application/x-cxdesigner-palette`` with the payload
"stage", "lane" or "channel:<value>", which the canvas turns into an insert. Double-click or Enter emits
``entry_activated(payload)``; the window adds the thing at the selection (panels never import the canvas).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cxdesigner.document import Document
from cxdesigner.domain.entities import Channel
from cxdesigner.panels.names import channel_icon, channel_name, icon
from cxdesigner.viewstate import ViewState

MIME_TYPE = "application/x-cxdesigner-palette"
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
ICON_SIZE = 40


def channel_payload(channel: Channel) -> str:
    """The drag payload for a channel entry, e.g. "channel:website"."""
    return f"channel:{channel.value}"


class _EntryList(QListWidget):
    """A grid of large icons whose drags carry the palette MIME type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setWordWrap(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        if items:
            payload = str(items[0].data(PAYLOAD_ROLE))
            data.setData(MIME_TYPE, payload.encode("utf-8"))
            data.setText(items[0].text())
        return data

    def fit_grid(self) -> None:
        """Cells as wide as the longest word of a name and as tall as the longest wrapped name needs, measured
        in the list's own type: nothing is cut in Russian or in the projector's large type."""
        metrics = self.fontMetrics()
        names = [self.item(i).text() for i in range(self.count())]
        words = [word for name in names for word in name.split()]
        width = max([2 * ICON_SIZE, *(metrics.horizontalAdvance(word) for word in words)]) + 16
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter
        text = max(
            (metrics.boundingRect(QRect(0, 0, width - 8, 10_000), flags, name).height()
             for name in names),
            default=metrics.lineSpacing(),
        )  # fmt: skip
        self.setGridSize(QSize(width, ICON_SIZE + text + 16))

    def add_entry(self, payload: str, name: str, item_icon: QIcon, tooltip: str) -> QListWidgetItem:
        item = QListWidgetItem(item_icon, name, self)
        item.setData(PAYLOAD_ROLE, payload)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tooltip)
        item.setToolTip(tooltip)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return item


class PalettePanel(QWidget):
    """Things to add to the map: Stage, Lane and each touchpoint channel."""

    entry_activated = Signal(str)

    def __init__(self, document: Document, view_state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view_state = view_state
        self.setAccessibleName(self.tr("Palette"))
        self.structure = _EntryList(self)
        self.structure.setAccessibleName(self.tr("Map structure"))
        self.structure.add_entry(
            "stage",
            self.tr("Stage"),
            icon("stage"),
            self.tr(
                "Stage: drag into the map to insert a column there, or double-click to add one after the selection."
            ),
        )
        self.structure.add_entry(
            "lane",
            self.tr("Lane"),
            icon("lane"),
            self.tr("Lane: drag into the map to insert a row there, or double-click to add one below the selection."),
        )
        self.structure.fit_grid()
        self.structure.setFixedHeight(2 * self.structure.gridSize().height() + 8)  # one column: both entries show
        self.channels = _EntryList(self)
        self.channels.setAccessibleName(self.tr("Touchpoint channels"))
        for channel in Channel:
            name = channel_name(channel)
            tip = self.tr("{name}: drag into a cell to add a touchpoint, or double-click to add one at the selection.")
            self.channels.add_entry(channel_payload(channel), name, channel_icon(channel), tip.format(name=name))
        self.channels.fit_grid()
        # one column beside the scroll bar: the map gets the width (wider docks show two columns)
        bar = self.channels.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.channels.gridSize().width() + bar + 14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for heading, entries in ((self.tr("Structure"), self.structure), (self.tr("Touchpoints"), self.channels)):
            label = QLabel(heading, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet("font-weight: bold")
            label.setBuddy(entries)
            layout.addWidget(label)
            layout.addWidget(entries)
        for entries in (self.structure, self.channels):
            entries.itemActivated.connect(self._activated)
        document.path_changed.connect(self._follow_editability)  # a bound method: dropped with the panel
        view_state.locked_changed.connect(self._follow_editability)
        self._follow_editability()

    def entries(self) -> list[QListWidgetItem]:
        """Every entry, structure first, then the channels in their usual order."""
        return [w.item(i) for w in (self.structure, self.channels) for i in range(w.count())]

    def entry(self, payload: str) -> QListWidgetItem:
        """The entry with this payload; ``KeyError`` when there is none."""
        for item in self.entries():
            if item.data(PAYLOAD_ROLE) == payload:
                return item
        raise KeyError(payload)

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_activated.emit(str(item.data(PAYLOAD_ROLE)))

    def _follow_editability(self, *_args: object) -> None:
        editable = not (self.document.read_only or self.view_state.locked)
        for entries in (self.structure, self.channels):
            entries.setEnabled(editable)
