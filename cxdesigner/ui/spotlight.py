"""The workshop spotlight: one stage of the map lit, the rest washed out, and a frame round the focused cell.

One item over the whole map, drawn from the scene's layout (the same geometry the cards use), so it follows
every edit. It takes no mouse buttons and is not selectable: clicks reach the cards below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas.scene import MapScene
from cxdesigner.domain.geometry import Rect

VEIL = QColor(255, 255, 255, 185)
"""Paper-white over everything but the spotlight: the other stages stay legible but recede."""
FRAME = QColor("#003cb3")
FRAME_WIDTH = 5.0
Z_SPOTLIGHT = 15.0
"""Above cards, headers and tool hints (<= 10); below the inline editor (20)."""


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class Spotlight(QGraphicsItem):
    """Dims the map outside ``stage_id``'s column and frames the cell (``stage_id``, ``lane_id``)."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__()
        self.map_scene = scene
        self.stage_id = ""
        self.lane_id = ""
        self.setZValue(Z_SPOTLIGHT)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self._bounds = QRectF()
        scene.addItem(self)
        scene.layout_changed.connect(self.refresh)
        self.refresh()

    def show_cell(self, stage_id: str, lane_id: str) -> None:
        """Move the spotlight to a stage and the frame to one of its cells."""
        self.stage_id, self.lane_id = stage_id, lane_id
        self.refresh()

    def refresh(self) -> None:
        """Take the map's bounds again (after an edit moved the geometry) and repaint."""
        bounds = _qrect(self.map_scene.layout.bounds).adjusted(-40, -40, 40, 40)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def column_rect(self) -> QRectF:
        """The lit stage: its header and its column, or an empty rect when the stage is gone."""
        box = self.map_scene.layout.stages.get(self.stage_id)
        return QRectF() if box is None else _qrect(box.header).united(_qrect(box.column))

    def cell_rect(self) -> QRectF:
        """The focused cell, or an empty rect."""
        lane = self.map_scene.layout.lanes.get(self.lane_id)
        column = self.column_rect()
        if lane is None or column.isEmpty():
            return QRectF()
        band = _qrect(lane.band)
        return QRectF(column.x(), band.y(), column.width(), band.height())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        veil = QPainterPath()
        veil.setFillRule(Qt.FillRule.OddEvenFill)
        veil.addRect(self._bounds)
        column = self.column_rect()
        if not column.isEmpty():
            veil.addRect(column)
        painter.fillPath(veil, VEIL)
        cell = self.cell_rect()
        if not cell.isEmpty():
            pen = QPen(FRAME, FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FRAME_WIDTH / 2.0
            painter.drawRect(cell.adjusted(half, half, -half, -half))

    def remove(self) -> None:
        """Take the spotlight off the map."""
        self.map_scene.layout_changed.disconnect(self.refresh)
        self.map_scene.removeItem(self)
