"""Feedback items the tools draw while a gesture is under way: where a drop lands and the rubber link line.

They belong to no entity and are never saved; a tool shows them on press or drag and hides them when the
gesture ends. One of each lives in the scene for its whole life, so a gesture creates no items.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.style import Z

_TINT = QColor(style.INDICATOR)
_TINT.setAlpha(28)


class DropIndicator(QGraphicsItem):
    """A tinted area (the target cell or card) and a thick insert line, both optional."""

    def __init__(self) -> None:
        super().__init__()
        self.area = QRectF()
        self.line = QLineF()
        self.setZValue(Z.TOOL)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_at(self, area: QRectF | None = None, line: QLineF | None = None) -> None:
        """Show a tinted ``area`` and/or an insert ``line`` (scene coordinates)."""
        area = QRectF(area) if area is not None else QRectF()
        line = QLineF(line) if line is not None else QLineF()
        if area != self.area or line != self.line:
            self.prepareGeometryChange()
            self.area, self.line = area, line
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        bounds = QRectF(self.area)
        if not self.line.isNull():
            ends = QRectF(self.line.p1(), self.line.p2()).normalized().adjusted(-4.0, -4.0, 4.0, 4.0)
            bounds = ends if bounds.isNull() else bounds.united(ends)
        return bounds.adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.area.isNull():
            painter.setPen(QPen(style.INDICATOR, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(_TINT)
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
