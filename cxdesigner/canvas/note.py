"""A note in the barriers, ideas or external conditions lane: a barrier (red, with the share of customers it
loses), an improvement (yellow, with its status, impact and effort, and a star for a quick win) or an
external condition (grey-blue, filling its cell).

Like a card, a note draws one entity at the rectangle the layout gives it (``MapLayout.notes``); the scene
sets both. It can be selected (the panels follow), renamed in place and deleted, but not dragged: where it
sits follows from what it is attached to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.map_words import map_language, say
from cxdesigner.canvas.style import HALO, LOD_THRESHOLD, Z
from cxdesigner.canvas.text import draw_lines, elide, fit_lines
from cxdesigner.domain import style as look
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.geometry import Rect
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus, is_quick_win
from cxdesigner.domain.numbers import number

PAD = 6.0
LINE = 14.0
TEXT_PX = 11
RADIUS = 3.0
BARRIER_FILL, BARRIER_INK = QColor(look.NOTE_BARRIER_FILL), QColor(look.NOTE_BARRIER_INK)  # shared with the poster
IDEA_FILL, IDEA_INK = QColor(look.NOTE_IDEA_FILL), QColor(look.NOTE_IDEA_INK)
DONE_FILL = QColor(look.NOTE_DONE_FILL)
CONDITION_FILL, CONDITION_INK = QColor(look.NOTE_CONDITION_FILL), QColor(look.NOTE_CONDITION_INK)
Noted = Barrier | Improvement | Condition


def _tr(text: str) -> str:
    return QCoreApplication.translate("Note", text)


class NoteItem(QGraphicsItem):
    """One barrier, improvement or condition on the canvas; ``entity_id`` names it, ``entity`` is what it
    draws."""

    def __init__(self, entity: Noted, rect: Rect) -> None:
        super().__init__()
        self.entity_id = entity.id
        self.entity = entity
        self.rect = rect
        self.highlights: tuple[str, ...] = ()
        self._w, self._h = rect.w, rect.h
        self._lines: list[str] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z.CARD)
        self.setPos(rect.x, rect.y)

    @property
    def text_field(self) -> str:
        """The field the inline editor edits: a barrier's description, an improvement's title, a condition's
        text."""
        if isinstance(self.entity, Condition):
            return "text"
        return "description" if isinstance(self.entity, Barrier) else "title"

    def set_entity(self, entity: Any) -> None:
        if entity != self.entity:
            self.entity = entity
            self._lines = None
            self.update()

    def set_rect(self, rect: Rect) -> bool:
        if rect == self.rect:
            return False
        if (rect.w, rect.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = rect.w, rect.h
            self._lines = None
        self.rect = rect
        self.setPos(rect.x, rect.y)
        return True

    def set_highlights(self, roles: tuple[str, ...]) -> None:
        if roles != self.highlights:
            self.highlights = roles
            self.update()

    def note_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._w, self._h)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.note_rect().adjusted(-HALO - 1.0, -HALO - 1.0, HALO + 1.0, HALO + 1.0)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(Z.CARD + (0.5 if value else 0.0))
        return super().itemChange(change, value)

    # ------------------------------------------------------------------ painting
    def _colors(self) -> tuple[QColor, QColor]:
        if isinstance(self.entity, Condition):
            return CONDITION_FILL, CONDITION_INK
        if isinstance(self.entity, Barrier):
            return BARRIER_FILL, BARRIER_INK
        return (DONE_FILL if self.entity.status is ImprovementStatus.DONE else IDEA_FILL), IDEA_INK

    def _text(self) -> str:
        if isinstance(self.entity, Condition):
            return self.entity.text or _tr("(external condition)")
        if isinstance(self.entity, Barrier):
            return self.entity.description or _tr("(barrier)")
        return self.entity.title or _tr("(improvement)")

    def _footer(self) -> str:
        entity, lang = self.entity, map_language(self)
        if isinstance(entity, Condition):
            return ""
        if isinstance(entity, Barrier):
            if entity.share_lost is None:
                return ""
            return say("lost", lang, share=number(entity.share_lost * 100, lang, 1, trim=True))
        star = "★ " if is_quick_win(entity) else ""
        status = say("imp_" + entity.status.value, lang)
        return say("note_footer", lang, star=star, status=status, impact=entity.impact, effort=entity.effort)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill, ink = self._colors()
        rect = self.note_rect()
        if option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_THRESHOLD:
            if self.highlights:
                painter.fillRect(
                    rect.adjusted(-HALO + 1, -HALO + 1, HALO - 1, HALO - 1), style.highlight_color(self.highlights[0])
                )
            painter.fillRect(rect, ink if selected else fill.darker(108))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, role in enumerate(self.highlights[:2]):
            grow = HALO - 1.5 - i * 2.5
            painter.setPen(QPen(style.highlight_color(role), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), RADIUS + grow, RADIUS + grow)
        painter.setPen(QPen(style.SELECTION if selected else ink, 2.0 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.fillRect(QRectF(0.0, 0.0, 4.0, self._h), ink)
        footer = self._footer()
        width = self._w - 2 * PAD - 4.0
        if self._lines is None:
            room = self._h - 2 * 3.0 - (LINE if footer else 0.0)
            self._lines = fit_lines(self._text(), style.font(TEXT_PX), width, max(1, int(room // LINE)))
        painter.setFont(style.font(TEXT_PX))
        painter.setPen(style.INK)
        draw_lines(painter, self._lines, PAD + 4.0, 3.0, width, LINE)
        if footer:
            small = style.font(TEXT_PX - 2)
            painter.setFont(small)
            painter.setPen(ink.darker(130))
            text = elide(footer, small, width)
            painter.drawText(QRectF(PAD + 4.0, self._h - LINE - 1.0, width, LINE), Qt.AlignmentFlag.AlignVCenter, text)
