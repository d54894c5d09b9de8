"""The flow arrow: an orthogonal polyline from the layout's route, with an arrowhead and a literal label.

The route comes from ``domain.layout`` (``FlowRoute.coords``); while cards are being dragged the move tool
shows a temporary route with ``preview`` and the next layout puts the real one back. The label (and the
share of customers, when known) is drawn as plain text in a small white box at the longest segment.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.style import LOD_THRESHOLD, Z
from cxdesigner.canvas.text import elide
from cxdesigner.domain.entities import Flow
from cxdesigner.domain.geometry import FlowRoute

ARROW = 8.0
LABEL_PX = 11
LABEL_MAX = 160.0
PICK_WIDTH = 10.0


def _label_text(flow: Flow) -> str:
    if flow.share is None:
        return flow.label
    share = f"{round(flow.share * 100)} %"
    return f"{flow.label} · {share}" if flow.label else share


def _midpoint(coords: tuple[float, ...]) -> QPointF:
    """The middle of the longest segment (``FlowRoute.label_at`` for flat coordinates)."""
    best, at = -1.0, QPointF(coords[0], coords[1])
    for i in range(0, len(coords) - 2, 2):
        length = abs(coords[i + 2] - coords[i]) + abs(coords[i + 3] - coords[i + 1])
        if length > best:
            best = length
            at = QPointF((coords[i] + coords[i + 2]) / 2.0, (coords[i + 1] + coords[i + 3]) / 2.0)
    return at


class FlowArrow(QGraphicsItem):
    """One flow between two cards; ``entity_id`` names it, ``flow`` and ``route`` are what it draws."""

    constructed = 0

    def __init__(self, flow: Flow, route: FlowRoute | None) -> None:
        super().__init__()
        FlowArrow.constructed += 1
        self.entity_id = flow.id
        self.flow = flow
        self.route = route
        self.updates = 0
        self.highlights: tuple[str, ...] = ()
        self._coords: tuple[float, ...] = ()
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._label = ""
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z.FLOW)
        self._rebuild(route.coords if route is not None else ())

    # ------------------------------------------------------------------ data from the scene
    def set_flow(self, flow: Flow) -> None:
        if flow != self.flow:
            self.flow = flow
            self.updates += 1
            self._rebuild(self._coords)

    def set_route(self, route: FlowRoute | None) -> bool:
        """Follow the layout's route; True if it changed (also ends a drag preview)."""
        if route is self.route and (route is None or route.coords == self._coords):
            return False
        coords = route.coords if route is not None else ()
        self.route = route
        if coords == self._coords:
            return False
        self.updates += 1
        self._rebuild(coords)
        return True

    def preview(self, coords: tuple[float, ...]) -> None:
        """Show a temporary route while cards are dragged; the next ``set_route`` replaces it."""
        if coords != self._coords:
            self._rebuild(coords)

    def end_preview(self) -> None:
        """Go back to the layout's route (a drag was cancelled)."""
        self._rebuild(self.route.coords if self.route is not None else ())

    def set_highlights(self, roles: tuple[str, ...]) -> None:
        if roles != self.highlights:
            self.highlights = roles
            self.update()

    @property
    def coords(self) -> tuple[float, ...]:
        """The corners currently drawn, flat (x0, y0, x1, y1, ...)."""
        return self._coords

    def label_rect(self) -> QRectF:
        """Where the label box is drawn, in scene coordinates (empty without a label)."""
        return QRectF(self._label_rect)

    def label_anchor(self) -> QPointF:
        return _midpoint(self._coords) if len(self._coords) >= 4 else QPointF()

    # ------------------------------------------------------------------ geometry
    def _rebuild(self, coords: tuple[float, ...]) -> None:
        self.prepareGeometryChange()
        self._coords = coords
        path = QPainterPath()
        self._head = QPolygonF()
        self._label_rect = QRectF()
        if len(coords) >= 4:
            path.moveTo(coords[0], coords[1])
            for i in range(2, len(coords), 2):
                path.lineTo(coords[i], coords[i + 1])
            self._head = self._arrowhead(coords)
            self._label = _label_text(self.flow)
            if self._label:
                font = style.font(LABEL_PX)
                self._label = elide(self._label, font, LABEL_MAX)
                width = QFontMetricsF(font).horizontalAdvance(self._label) + 8.0
                height = QFontMetricsF(font).height() + 2.0
                mid = _midpoint(coords)
                self._label_rect = QRectF(mid.x() - width / 2.0, mid.y() - height / 2.0, width, height)
        self._path = path
        bounds = path.boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)
        self._bounds = bounds.united(self._label_rect) if not self._label_rect.isNull() else bounds
        self.update()

    @staticmethod
    def _arrowhead(coords: tuple[float, ...]) -> QPolygonF:
        x1, y1, x0, y0 = coords[-2], coords[-1], coords[-4], coords[-3]
        angle = math.atan2(y1 - y0, x1 - x0)
        left = QPointF(x1 - ARROW * math.cos(angle - 0.45), y1 - ARROW * math.sin(angle - 0.45))
        right = QPointF(x1 - ARROW * math.cos(angle + 0.45), y1 - ARROW * math.sin(angle + 0.45))
        return QPolygonF([QPointF(x1, y1), left, right])

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(PICK_WIDTH)
        shape = stroker.createStroke(self._path)
        if not self._label_rect.isNull():
            shape.addRect(self._label_rect)
        return shape

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._path.isEmpty():
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_THRESHOLD:
            painter.setPen(QPen(style.SELECTION if selected else style.FLOW_INK, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for role in self.highlights[:2]:
            halo = QColor(style.highlight_color(role))
            halo.setAlpha(150)
            painter.setPen(QPen(halo, 7.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(self._path)
        ink = style.SELECTION if selected else style.FLOW_INK
        pen = QPen(ink, 2.5 if selected else 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPolygon(self._head)
        if self._label:
            painter.setPen(QPen(ink if selected else style.GRID, 1.0))
            painter.setBrush(style.CARD_FILL)
            painter.drawRoundedRect(self._label_rect, 3.0, 3.0)
            painter.setFont(style.font(LABEL_PX))
            painter.setPen(style.INK)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, self._label)
