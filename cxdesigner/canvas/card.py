"""The touchpoint card: a rounded rectangle with a colour strip, channel icon, title and connector handle.

A card draws one ``Touchpoint`` at the rectangle the layout gives it; the scene sets both and nothing
else writes to it. The title is plain text, wrapped to three lines and elided; it is laid out lazily at
the first paint, so building a scene of thousands of cards costs no text layout. Below the level-of-detail
zoom the card is a plain coloured rectangle. The connector handle on the right edge shows on hover and
selection, never smaller on screen than ``link_handle`` says; pressing it starts a link (``gestures``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import icons, style
from cxdesigner.canvas.link_handle import drawn_radius
from cxdesigner.canvas.pictures import draw_picture
from cxdesigner.canvas.style import HALO, HANDLE_RADIUS, LOD_THRESHOLD, Z
from cxdesigner.canvas.text import draw_lines, fit_lines
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.geometry import PictureBox, Rect
from cxdesigner.domain.pictures import Picture
from cxdesigner.domain.quality import Badge

STRIP = 6.0
ICON = 20.0
PAD = 8.0
TITLE_PX = 12
LINE = 15.0
RADIUS = 6.0
STAR_SIZE = 13.0
BADGE_RADIUS = 6.5


BADGE_GLYPHS = {Badge.ALL_MET: "✓", Badge.FAILING: "!", Badge.UNCHECKED: "?", Badge.NONE: ""}


def _star(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


class TouchpointCard(QGraphicsItem):
    """One touchpoint on the canvas; ``entity_id`` names it, ``touchpoint`` is what it draws."""

    constructed = 0
    """How many cards were ever made (tests check that edits do not rebuild items)."""

    def __init__(self, touchpoint: Touchpoint, rect: Rect) -> None:
        super().__init__()
        TouchpointCard.constructed += 1
        self.entity_id = touchpoint.id
        self.touchpoint = touchpoint
        self.rect = rect
        self.updates = 0
        self.highlights: tuple[str, ...] = ()
        self.quality = Badge.NONE
        self._w, self._h = rect.w, rect.h
        self._lines: list[str] | None = None
        self._hovered = False
        self._outline: QPainterPath | None = None
        self.picture: Picture | None = None
        self.picture_box: PictureBox | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(Z.CARD)
        self.setPos(rect.x, rect.y)

    # ------------------------------------------------------------------ data from the scene
    def set_touchpoint(self, touchpoint: Touchpoint) -> None:
        """Show new data for the same touchpoint."""
        if touchpoint != self.touchpoint:
            self.touchpoint = touchpoint
            self._lines = None
            self.updates += 1
            self.update()

    def set_rect(self, rect: Rect) -> bool:
        """Move and resize to the layout's rectangle; True if anything changed."""
        if rect is self.rect or rect == self.rect:
            return False
        if (rect.w, rect.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = rect.w, rect.h
            self._lines = None
            self._outline = None
        self.rect = rect
        self.setPos(rect.x, rect.y)
        self.updates += 1
        return True

    def set_picture(self, picture: Picture | None, box: PictureBox | None) -> None:
        """Show the card's first picture where the layout puts it (None: no picture)."""
        if picture != self.picture or box != self.picture_box:
            self.picture, self.picture_box = picture, box
            self._lines = None  # the title makes room for the thumbnail
            self.update()

    def _thumbnail_rect(self) -> QRectF | None:
        box = self.picture_box
        if box is None or self.picture is None:
            return None
        return QRectF(box.rect.x - self.rect.x, box.rect.y - self.rect.y, box.rect.w, box.rect.h)

    def set_highlights(self, roles: tuple[str, ...]) -> None:
        if roles != self.highlights:
            self.highlights = roles
            self.update()

    def set_quality(self, badge: Badge) -> None:
        """Show the touchpoint's quality at a glance: all met, something failing, unchecked, or nothing."""
        if badge != self.quality:
            self.quality = badge
            self._lines = None  # the title makes room for the badge
            self.update()

    def badge_center(self) -> QPointF:
        return QPointF(self._w - PAD - BADGE_RADIUS + 2.0, self._h - PAD - BADGE_RADIUS + 3.0)

    # ------------------------------------------------------------------ geometry
    def card_rect(self) -> QRectF:
        """The card itself in item coordinates (without halo and handle)."""
        return QRectF(0.0, 0.0, self._w, self._h)

    def handle_center(self) -> QPointF:
        return QPointF(self._w, self._h / 2.0)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        grow = max(HALO, drawn_radius(LOD_THRESHOLD) + 1.0)
        return QRectF(-HALO - 1.0, -HALO - 1.0, self._w + HALO + grow + 2.0, self._h + 2 * HALO + 2.0)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # else the handle's half inside the card is a hole
        path.addRect(self.card_rect())
        c = self.handle_center()
        path.addEllipse(c, HANDLE_RADIUS + 2.0, HANDLE_RADIUS + 2.0)
        return path

    def _card_path(self) -> QPainterPath:
        if self._outline is None:
            self._outline = QPainterPath()
            self._outline.addRoundedRect(self.card_rect(), RADIUS, RADIUS)
        return self._outline

    # ------------------------------------------------------------------ events
    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hovered = False
        self.update()

    # ------------------------------------------------------------------ painting
    def strip_color(self) -> QColor:
        """The channel's (or the card's own) colour; its department's when the map is coloured by owner."""
        colors = getattr(self.scene(), "owner_colors", None)
        return style.owner_color(self.touchpoint, colors) if colors is not None else style.card_color(self.touchpoint)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_THRESHOLD:
            self._paint_simple(painter, selected)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_halo(painter)
        tp = self.touchpoint
        outline = self._card_path()
        border = QPen(style.SELECTION if selected else style.CARD_BORDER, 2.0 if selected else 1.0)
        if not tp.direct:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(style.CARD_FILL)
        painter.drawPath(outline)
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(QRectF(0.0, 0.0, STRIP, self._h), self.strip_color())
        painter.restore()
        icons.draw(painter, tp.channel, QRectF(STRIP + 6.0, (self._h - ICON) / 2.0, ICON, ICON))
        left = STRIP + 6.0 + ICON + 6.0
        marks = STAR_SIZE + 2.0 if tp.moment_of_truth else 0.0
        right = self._w - PAD - max(marks, 2 * BADGE_RADIUS + 2.0 if self.quality is not Badge.NONE else 0.0)
        thumb = self._thumbnail_rect()
        if thumb is not None:
            right = min(right, thumb.left() - 6.0)
            draw_picture(painter, self.picture, thumb, lod)
        if self._lines is None:
            max_lines = max(1, int((self._h - 2 * 6.0) // LINE))
            self._lines = fit_lines(tp.title, style.font(TITLE_PX), right - left, max_lines)
        painter.setFont(style.font(TITLE_PX))
        painter.setPen(style.INK)
        top = max(4.0, (self._h - len(self._lines) * LINE) / 2.0)
        draw_lines(painter, self._lines, left, top, right - left, LINE)
        if tp.moment_of_truth:
            painter.setPen(QPen(style.STAR.darker(130), 0.8))
            painter.setBrush(style.STAR)
            half = STAR_SIZE / 2.0
            painter.drawPolygon(_star(self._w - PAD - half + 2.0, PAD + half - 2.0, half))
        if self.quality is not Badge.NONE:
            self._paint_badge(painter)
        if self._hovered or selected:
            self._paint_handle(painter, drawn_radius(lod))

    def _paint_simple(self, painter: QPainter, selected: bool) -> None:
        if self.highlights:
            grow = HALO - 1.0
            rect = self.card_rect().adjusted(-grow, -grow, grow, grow)
            painter.fillRect(rect, style.highlight_color(self.highlights[0]))
        painter.fillRect(self.card_rect(), self.strip_color())
        if self.quality is not Badge.NONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.QUALITY_COLORS[self.quality])
            painter.drawEllipse(self.badge_center(), BADGE_RADIUS + 2.0, BADGE_RADIUS + 2.0)
        if selected:
            painter.setPen(QPen(style.SELECTION, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.card_rect())

    def _paint_halo(self, painter: QPainter) -> None:
        for i, role in enumerate(self.highlights[:2]):
            grow = HALO - 1.5 - i * 2.5
            painter.setPen(QPen(style.highlight_color(role), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = RADIUS + grow
            painter.drawRoundedRect(self.card_rect().adjusted(-grow, -grow, grow, grow), r, r)

    def _paint_handle(self, painter: QPainter, r: float) -> None:
        c = self.handle_center()
        painter.setPen(QPen(style.SELECTION, 1.5 * r / HANDLE_RADIUS))
        painter.setBrush(QBrush(style.CARD_FILL))
        painter.drawEllipse(c, r, r)
        painter.setBrush(QBrush(style.SELECTION))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(c, r / 2.5, r / 2.5)

    def _paint_badge(self, painter: QPainter) -> None:
        c, r = self.badge_center(), BADGE_RADIUS
        color = style.QUALITY_COLORS[self.quality]
        unchecked = self.quality is Badge.UNCHECKED
        painter.setPen(QPen(color, 1.5 if unchecked else 0.8))
        painter.setBrush(style.CARD_FILL if unchecked else color)
        painter.drawEllipse(c, r, r)
        painter.setPen(color if unchecked else style.CARD_FILL)
        painter.setFont(style.font(9, bold=True))
        painter.drawText(
            QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, BADGE_GLYPHS[self.quality]
        )
