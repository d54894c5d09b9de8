"""A small chart of the emotion curves along the chosen path (or the whole map), for the Emotions panel.

Touchpoints are spaced evenly left to right in the table's order; each visible persona's designed curve is
solid and its measured curve dashed, in the persona's colour, smoothed the same way as on the map
(``layout.smooth_through``). Points below zero are pain points (red rim); moments of truth are diamonds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN, Touchpoint
from cxdesigner.domain.layout import smooth_through

PAIN = QColor("#c92a2a")
MARGIN_LEFT, MARGIN = 28.0, 10.0


class EmotionChart(QWidget):
    """Curves of (colour, values by touchpoint id, dashed) over a row of touchpoints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("EmotionChart", "Emotion curve of the chosen path"))
        self.touchpoints: list[Touchpoint] = []
        self.curves: list[tuple[QColor, dict[str, float], bool]] = []

    def set_data(self, touchpoints: list[Touchpoint], curves: list[tuple[QColor, dict[str, float], bool]]) -> None:
        """Show these curves over these touchpoints and repaint."""
        self.touchpoints = touchpoints
        self.curves = curves
        self.update()

    def _area(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT, MARGIN, max(1.0, self.width() - MARGIN_LEFT - MARGIN), max(1.0, self.height() - 2 * MARGIN)
        )

    def y_of(self, value: float) -> float:
        area = self._area()
        return area.top() + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * area.height()

    def x_of(self, index: int) -> float:
        area = self._area()
        count = max(1, len(self.touchpoints) - 1)
        return area.left() + (area.width() * index / count if len(self.touchpoints) > 1 else area.width() / 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._paint_scale(painter)
        for color, values, dashed in self.curves:
            self._paint_curve(painter, color, values, dashed)
        painter.end()

    def _paint_scale(self, painter: QPainter) -> None:
        area = self._area()
        for value in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = self.y_of(value)
            painter.setPen(QPen(QColor("#868e96") if value == 0 else QColor("#e9ecef"), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("#495057"))
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 4, 16), Qt.AlignmentFlag.AlignRight, f"{value:+d}".replace("+0", "0")
            )

    def _paint_curve(self, painter: QPainter, color: QColor, values: dict[str, float], dashed: bool) -> None:
        points = [(i, t, values[t.id]) for i, t in enumerate(self.touchpoints) if t.id in values]
        if not points:
            return
        xs = [self.x_of(i) for i, _t, _v in points]
        ys = [self.y_of(v) for _i, _t, v in points]
        pen = QPen(color, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            path = QPainterPath(QPointF(xs[0], ys[0]))
            for _p0, c1, c2, p1 in smooth_through(xs, ys, self.y_of(EMOTION_MAX), self.y_of(EMOTION_MIN)):
                path.cubicTo(QPointF(c1.x, c1.y), QPointF(c2.x, c2.y), QPointF(p1.x, p1.y))
            painter.drawPath(path)
        for (_i, tp, value), x, y in zip(points, xs, ys, strict=True):
            painter.setPen(QPen(PAIN if value < 0 else color, 2))
            painter.setBrush(Qt.GlobalColor.white if dashed else color)
            if tp.moment_of_truth:
                painter.drawPolygon(
                    QPolygonF([QPointF(x, y - 6), QPointF(x + 6, y), QPointF(x, y + 6), QPointF(x - 6, y)])
                )
            else:
                painter.drawEllipse(QPointF(x, y), 4, 4)
