"""Renaming in place: a line editor over a card's, stage's or lane's title, or over a flow's label.

One ``QLineEdit`` in one ``QGraphicsProxyWidget`` lives in the scene and is shown over the item being
renamed, so it zooms with the map. Enter (or clicking elsewhere) commits ONE SetFields; Esc cancels.
Titles cannot be empty; a flow's label can. The text is taken as typed: plain text, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QLineEdit

from cxdesigner.canvas import style
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.style import Z
from cxdesigner.commands import SetFields

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

HEIGHT = 28.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


class _LineEdit(QLineEdit):
    """A line editor that reports Esc instead of ignoring it."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class InlineEditor:
    """The scene's one inline editor; ``open(item)`` starts renaming that item."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.target_id: str | None = None
        self.field = ""
        self.line_edit = _LineEdit()
        self.line_edit.setFont(style.font(13))
        self.line_edit.setFrame(True)
        self.proxy = QGraphicsProxyWidget()
        self.proxy.setWidget(self.line_edit)
        self.proxy.setZValue(Z.EDITOR)
        self.proxy.hide()
        scene.addItem(self.proxy)
        self.line_edit.returnPressed.connect(self.commit)
        self.line_edit.editingFinished.connect(self._focus_lost)
        self.line_edit.cancelled.connect(self.cancel)
        scene.layout_changed.connect(self._follow)

    @property
    def active(self) -> bool:
        return self.target_id is not None

    def contains(self, pos: QPointF) -> bool:
        return self.active and self.proxy.sceneBoundingRect().contains(pos)

    def _place(self, item: Any) -> QRectF:
        if isinstance(item, FlowArrow):
            anchor = item.label_anchor()
            width = max(160.0, item.label_rect().width())
            return QRectF(anchor.x() - width / 2.0, anchor.y() - HEIGHT / 2.0, width, HEIGHT)
        rect = item.sceneBoundingRect() if not isinstance(item, TouchpointCard) else item.card_rect()
        if isinstance(item, TouchpointCard):
            top = item.pos().y() + (rect.height() - HEIGHT) / 2.0
            return QRectF(item.pos().x() + 4.0, top, rect.width() - 8.0, HEIGHT)
        return QRectF(rect.x() + 4.0, rect.y() + 6.0, rect.width() - 8.0, HEIGHT)

    def open(self, item: Any) -> bool:
        """Start renaming an item: a card, a stage header, a lane label or a flow arrow."""
        if self.active:
            self.commit()
        entity = self.scene.document.model.find(item.entity_id)
        if entity is None:
            return False
        self.field = "label" if isinstance(item, FlowArrow) else getattr(item, "text_field", "title")
        self.target_id = item.entity_id
        self.line_edit.setText(getattr(entity, self.field))
        self.line_edit.selectAll()
        self.proxy.setGeometry(self._place(item))
        self.proxy.show()
        self.proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scene.editing_changed.emit(True)
        return True

    def _follow(self) -> None:
        if self.active:
            item = self.scene.item_for(self.target_id or "")
            if item is None:
                self.cancel()
            else:
                self.proxy.setGeometry(self._place(item))

    def _close(self) -> None:
        self.target_id = None
        self.proxy.clearFocus()
        self.proxy.hide()
        self.scene.editing_changed.emit(False)
        for view in self.scene.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """Close the editor without changing anything."""
        if self.active:
            self._close()

    def _focus_lost(self) -> None:
        if self.active and not self.line_edit.hasFocus():
            if self.field == "title" and not self.line_edit.text().strip():
                self.cancel()
            else:
                self.commit()

    def commit(self) -> bool:
        """Store the typed text as ONE SetFields; an empty title is refused and the editor stays open."""
        if not self.active:
            return False
        text = self.line_edit.text()
        if self.field == "title" and not text.strip():
            self.scene.status_message.emit(_tr("A title cannot be empty; press Esc to keep the old one."))
            return False
        entity = self.scene.document.model.find(self.target_id or "")
        field = self.field
        self._close()
        if entity is None or getattr(entity, field) == text:
            return False
        model = self.scene.document.model
        return self.scene.push(SetFields(model, entity, _tr("Rename"), **{field: text}))
