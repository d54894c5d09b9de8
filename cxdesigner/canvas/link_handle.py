"""The link handle as a sure target: its size in screen pixels at any zoom, what is under the pointer, and the
hotspot that shows a hovered handle with a cross cursor.

A card draws its handle (the circle in the middle of its right edge) at least ``HANDLE_DRAWN_PX`` across and
takes a press within ``HANDLE_TARGET_PX`` across of its centre, however far the map is zoomed out (up to half
the card's height, so far out the handle never swallows the card it sits on). The hit test reads the layout,
not the items, so it also holds where the overview paints the cards. The hotspot is one item the scene
moves over the hovered handle: the view's own cursor logic then shows its cross cursor, and it paints the
handle filled, so the user sees before pressing that a press links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.style import HANDLE_RADIUS, Z
from cxdesigner.domain.placement import handle_at

if TYPE_CHECKING:
    from cxdesigner.canvas.card import TouchpointCard
    from cxdesigner.canvas.scene import MapScene

HANDLE_TARGET_PX = 24.0
"""The handle takes presses this many screen pixels across (the WCAG minimum target size), at any zoom."""
HANDLE_DRAWN_PX = 12.0
"""The handle is drawn at least this many screen pixels across."""
LINK_CURSOR = Qt.CursorShape.CrossCursor


def reach(zoom: float, card_height: float) -> float:
    """How far from the handle's centre a press still takes the handle, in scene units."""
    return min(max(HANDLE_RADIUS + 2.0, HANDLE_TARGET_PX / 2.0 / zoom), card_height / 2.0)


def drawn_radius(zoom: float) -> float:
    """The radius the handle is drawn at, in scene units."""
    return max(HANDLE_RADIUS, HANDLE_DRAWN_PX / 2.0 / max(zoom, style.LOD_THRESHOLD))


def zoom_of(widget: QWidget | None) -> float:
    """The zoom of the view whose viewport is ``widget`` (1.0 when there is none)."""
    view = widget.parentWidget() if widget is not None else None
    return view.transform().m11() if isinstance(view, QGraphicsView) else 1.0


def card_with_handle_at(scene: MapScene, pos: QPointF, zoom: float) -> TouchpointCard | None:
    """The card whose handle is under a scene point at this zoom, if any."""
    layout = scene.layout
    card_id = handle_at(layout, pos.x(), pos.y(), reach(zoom, layout.metrics.card_height))
    item = scene.item_for(card_id) if card_id is not None else None
    return item if item is not None and item.isVisible() else None  # type: ignore[return-value]


class HandleHotspot(QGraphicsItem):
    """The hovered handle: filled, under a cross cursor, as large as the area that takes the press."""

    def __init__(self) -> None:
        super().__init__()
        self.card_id: str | None = None
        self._reach = HANDLE_RADIUS
        self._drawn = HANDLE_RADIUS
        self.setZValue(Z.TOOL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCursor(LINK_CURSOR)
        self.setVisible(False)

    def show_on(self, card: TouchpointCard | None, zoom: float) -> None:
        """Sit on ``card``'s handle (None: hide)."""
        if card is None:
            self.card_id = None
            self.setVisible(False)
            return
        size = (reach(zoom, card.card_rect().height()), drawn_radius(zoom))
        if size != (self._reach, self._drawn):
            self.prepareGeometryChange()
            self._reach, self._drawn = size
        self.card_id = card.entity_id
        self.setPos(card.mapToScene(card.handle_center()))
        self.setVisible(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = max(self._reach, self._drawn + 1.0)
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0.0, 0.0), self._reach, self._reach)  # where a press takes the handle
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._drawn
        painter.setPen(QPen(style.SELECTION, 1.5 * r / HANDLE_RADIUS))
        painter.setBrush(QBrush(style.SELECTION))
        painter.drawEllipse(QPointF(0.0, 0.0), r, r)
        painter.setBrush(QBrush(style.CARD_FILL))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(0.0, 0.0), r / 2.5, r / 2.5)
