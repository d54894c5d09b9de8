"""A table over entities of the whole map (not of one touchpoint): barriers, the roadmap, the checklist.

It reuses ``EntityTableModel``'s columns, cell editing (one undoable ``SetFields`` per edit) and refusals,
but lists ``rows()`` for the whole map and re-reads them whenever an entity of one of the ``watch`` kinds is
added, removed or changed (a roadmap re-sorts when an effort changes; a barrier's place follows its
touchpoint's title). Lists of a few dozen rows make a full refresh cheaper than bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from cxdesigner.document import Document
from cxdesigner.panels.entity_table import Column, EntityTableModel


class MapTableModel(EntityTableModel):
    """Rows from ``rows()``, refreshed after any change to an entity of the ``watch`` kinds."""

    def __init__(
        self,
        document: Document,
        rows: Callable[[], list[Any]],
        watch: tuple[type, ...],
        columns: list[Column],
        parent: QObject | None = None,
    ) -> None:
        self._map_rows = rows
        self._watch = watch
        super().__init__(document, lambda _tp: rows(), watch[0], columns, parent)
        self._timer = QTimer(self)  # the many events of one edit refresh once
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._map_rows()
        self.endResetModel()

    def _mine(self, entity: Any) -> bool:
        return isinstance(entity, self._watch)

    def _on_added_or_removed(self, entity: Any) -> None:
        if self._mine(entity):
            self._timer.start()

    def _on_changed(self, old: Any, new: Any, fields: Any) -> None:
        if self._mine(new):
            row = self.row_of(new.id)
            if row >= 0:  # show the new values at once, re-sort on the next turn
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            self._timer.start()
