"""Feedback items: where a drop lands, the rubber link line, and the hint in an empty map.

They belong to no entity and are never saved; a tool shows them on press or drag and hides them when the
gesture ends. One of each lives in the scene for its whole life, so a gesture creates no items.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.style import Z
from cxdesigner.canvas.text import draw_lines, fit_lines

HINT_PX = 12
HINT_LINE = 16.0
HINT_PAD = 14.0

_TINT = QColor(style.INDICATOR)
_TINT.setAlpha(28)
_PREVIEW = QColor(style.FLOW_INK).lighter(150)


class DropIndicator(QGraphicsItem):
    """A tinted area (the target cell or card) and a thick insert line, both optional, and lighter tinted
    areas for the other cells a dragged group lands in."""

    def __init__(self) -> None:
        super().__init__()
        self.area = QRectF()
        self.line = QLineF()
        self.others: list[QRectF] = []
        self.setZValue(Z.TOOL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # paint() is told the exposed part: a scattered group's cells span the map, and every drag frame
        # repaints some of it, so only the cells there are drawn (drawing all of them cost 2 ms a frame).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setVisible(False)

    def show_at(self, area: QRectF | None = None, line: QLineF | None = None, others: list[QRectF] = ()) -> None:
        """Show a tinted ``area`` and/or an insert ``line``, and the ``others`` lighter (scene coordinates)."""
        area = QRectF(area) if area is not None else QRectF()
        line = QLineF(line) if line is not None else QLineF()
        others = [QRectF(r) for r in others]
        if area != self.area or line != self.line or others != self.others:
            self.prepareGeometryChange()
            self.area, self.line, self.others = area, line, others
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        bounds = QRectF(self.area)
        for rect in self.others:
            bounds = rect if bounds.isNull() else bounds.united(rect)
        if not self.line.isNull():
            ends = QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-4.0, -4.0, 4.0, 4.0)
            bounds = ends if bounds.isNull() else bounds.united(ends)
        return bounds.adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        for rect in self.others:
            if not rect.intersects(exposed):
                continue
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(rect, _TINT)
            painter.setPen(QPen(style.INDICATOR, 0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if not self.area.isNull():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(self.area, _TINT)
            painter.setPen(QPen(style.INDICATOR, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.area)
        if not self.line.isNull():
            painter.setPen(QPen(style.INDICATOR, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(self.line)


class RubberLine(QGraphicsItem):
    """The dashed line from a card's handle to the mouse while a link is being drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineF()
        self.setZValue(Z.TOOL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_from(self, start: QPointF, end: QPointF) -> None:
        line = QLineF(start, end)
        if line != self.line:
            self.prepareGeometryChange()
            self.line = line
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-8.0, -8.0, 8.0, 8.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.INDICATOR, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self.line)
        painter.setBrush(style.INDICATOR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(self.line.p2(), 4.0, 4.0)


class EmptyHint(QGraphicsItem):
    """A muted line in the first cell of an empty map saying how to add the first touchpoint."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self._lines: list[str] = []
        self.setZValue(Z.LINE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    @staticmethod
    def text() -> str:
        return QCoreApplication.translate(
            "MapScene", "Drag a channel from the palette into a cell, or press Enter to add a touchpoint."
        )

    def show_in(self, rect: QRectF | None) -> None:
        """Show the hint inside ``rect`` (a cell), or hide it with None."""
        if rect is None:
            self.setVisible(False)
            return
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
            inner = self.rect.width() - 2 * HINT_PAD
            self._lines = fit_lines(self.text(), style.font(HINT_PX), inner, int((rect.height() - 8) // HINT_LINE))
        self.setVisible(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(style.font(HINT_PX))
        painter.setPen(style.MUTED)
        top = self.rect.y() + (self.rect.height() - len(self._lines) * HINT_LINE) / 2.0
        draw_lines(painter, self._lines, self.rect.x() + HINT_PAD, top, self.rect.width() - 2 * HINT_PAD, HINT_LINE)


class DragGroup(QGraphicsItem):
    """The parent the move tool puts dragged cards (and the arrows between them) under for the drag:
    moving one parent each frame instead of every card keeps a drag of many cards fluid."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(Z.DRAGGED)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        return


class StretchPreview(QGraphicsItem):
    """The arrows from dragged cards to cards that stay, drawn together as quick elbows during a drag."""

    def __init__(self) -> None:
        super().__init__()
        self.routes: list[QPolygonF] = []
        self._bounds = QRectF()
        self.setZValue(Z.FLOW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_routes(self, routes: list[tuple[float, ...]]) -> None:
        self.prepareGeometryChange()
        self.routes = [QPolygonF([QPointF(c[i], c[i + 1]) for i in range(0, len(c), 2)]) for c in routes]
        bounds = QRectF()
        for polygon in self.routes:
            bounds = bounds.united(polygon.boundingRect())
        self._bounds = bounds.adjusted(-8.0, -8.0, 8.0, 8.0)
        self.setVisible(bool(self.routes))

    def clear(self) -> None:
        self.prepareGeometryChange()
        self.routes = []
        self._bounds = QRectF()
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # orthogonal, and many of them
        painter.setPen(QPen(_PREVIEW, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for polygon in self.routes:
            painter.drawPolyline(polygon)
