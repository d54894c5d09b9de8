"""The flow arrow: an orthogonal polyline from the layout's route, with an arrowhead and a literal label.

The route comes from ``domain.layout`` (``FlowRoute.coords``); while cards are being dragged the move tool
moves or hides the arrows of the dragged cards, and the next layout gives them their new routes. The label (and the
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
        self._path: QPainterPath | None = None
        self._head: QPolygonF | None = None
        self._bar_cache: tuple[float, list[QRectF]] | None = None
        self.share_width: float | None = None  # drawn this thick by its share of customers (``FlowWidths``)
        self._label = ""
        self._label_size: tuple[float, float] | None = None
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z.FLOW)
        self._rebuild(route.coords if route is not None else ())

    # ------------------------------------------------------------------ data from the scene
    def set_flow(self, flow: Flow) -> None:
        if flow != self.flow:
            self.flow = flow
            self._label_size = None
            self.updates += 1
            self._rebuild(self._coords)

    def set_route(self, route: FlowRoute | None) -> bool:
        """Follow the layout's route; True if it changed."""
        if route is self.route and (route is None or route.coords == self._coords):
            return False
        coords = route.coords if route is not None else ()
        self.route = route
        if coords == self._coords:
            return False
        self.updates += 1
        self._rebuild(coords)
        return True

    def set_share_width(self, width: float | None) -> None:
        """Draw the line ``width`` thick (at most ``2 * ARROW - 2``), or as usual with None."""
        if width is not None:
            width = min(2 * ARROW - 2, max(1.0, width))
        if width != self.share_width:
            self.share_width = width
            self.update()

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
        """Take new corners: bounds now (the index needs them), path and arrowhead at the next paint."""
        self.prepareGeometryChange()
        self._coords = coords
        self._path = None
        self._head = None
        self._bar_cache = None
        self._label_rect = QRectF()
        if len(coords) < 4:
            self._bounds = QRectF()
            self.update()
            return
        xs, ys = coords[0::2], coords[1::2]
        left, top = min(xs), min(ys)
        bounds = QRectF(left, top, max(xs) - left, max(ys) - top).adjusted(-ARROW, -ARROW, ARROW, ARROW)
        if self._label_size is None:
            self._label, self._label_size = self._measure_label()
        if self._label:
            width, height = self._label_size
            mid = _midpoint(coords)
            self._label_rect = QRectF(mid.x() - width / 2.0, mid.y() - height / 2.0, width, height)
            bounds = bounds.united(self._label_rect)
        self._bounds = bounds
        self.update()

    def _measure_label(self) -> tuple[str, tuple[float, float]]:
        """The label as drawn (elided to ``LABEL_MAX``) and its box size; measured once per flow data."""
        text = _label_text(self.flow)
        if not text:
            return "", (0.0, 0.0)
        font = style.font(LABEL_PX)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) > LABEL_MAX:
            text = elide(text, font, LABEL_MAX)
        return text, (metrics.horizontalAdvance(text) + 8.0, metrics.height() + 2.0)

    def _polyline(self) -> QPainterPath:
        if self._path is None:
            c = self._coords
            self._path = QPainterPath()
            if len(c) >= 4:
                self._path.moveTo(c[0], c[1])
                for i in range(2, len(c), 2):
                    self._path.lineTo(c[i], c[i + 1])
        return self._path

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
        shape = stroker.createStroke(self._polyline())
        if not self._label_rect.isNull():
            shape.addRect(self._label_rect)
        return shape

    # ------------------------------------------------------------------ painting
    def _bars(self, width: float) -> list[QRectF]:
        """The route's segments as filled bars ``width`` thick: routes are orthogonal, and filling
        rectangles is much faster than stroking a path (and crisp without antialiasing)."""
        key = width
        if self._bar_cache is None or self._bar_cache[0] != key:
            c, half = self._coords, width / 2.0
            bars = []
            for i in range(0, len(c) - 2, 2):
                x0, y0, x1, y1 = c[i], c[i + 1], c[i + 2], c[i + 3]
                left, top = min(x0, x1) - half, min(y0, y1) - half
                bars.append(QRectF(left, top, abs(x1 - x0) + width, abs(y1 - y0) + width))
            self._bar_cache = (key, bars)
        return self._bar_cache[1]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if len(self._coords) < 4:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = style.SELECTION if selected else style.FLOW_INK
        if option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_THRESHOLD:
            painter.setPen(QPen(ink, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._polyline())
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for role in self.highlights[:2]:
            halo = QColor(style.highlight_color(role))
            halo.setAlpha(150)
            painter.setBrush(halo)
            painter.drawRects(self._bars(7.0))
        painter.setBrush(ink)
        base = 2.0 if self.share_width is None else self.share_width
        painter.drawRects(self._bars(base + 1.0 if selected else base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._head is None:
            self._head = self._arrowhead(self._coords)
        painter.drawPolygon(self._head)
        if self._label:
            painter.setPen(QPen(ink if selected else style.GRID, 1.0))
            painter.setBrush(style.CARD_FILL)
            painter.drawRoundedRect(self._label_rect, 3.0, 3.0)
            painter.setFont(style.font(LABEL_PX))
            painter.setPen(style.INK)
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, self._label)
