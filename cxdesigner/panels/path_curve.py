"""A small chart of one path's emotion curves: one line per persona, the path's touchpoints left to right.

The analysis panel shows it for the chosen path. Values come in as (colour, name, values by position) and
are drawn on the −2..+2 scale, with the zero line, moments of truth as taller ticks, and each point below
zero (a pain point) as a filled dot.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN

MARGIN = 10.0


@dataclass(frozen=True)
class CurveSeries:
    """One persona's values along the path (None where the persona has no value)."""

    color: str
    name: str
    values: tuple[float | None, ...]


class PathCurve(QWidget):
    """The emotion curves of one path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[CurveSeries] = []
        self.moments: tuple[bool, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(90)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 110)

    def show_curves(self, series: list[CurveSeries], moments: tuple[bool, ...]) -> None:
        """Draw these series over ``len(moments)`` positions."""
        self.series, self.moments = series, moments
        self.update()

    def point_at(self, index: int, value: float) -> QPointF:
        """Where the value at one position of the path is drawn."""
        area = self._area()
        n = max(len(self.moments), 1)
        x = area.left() + (area.width() * (index + 0.5) / n)
        share = (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)
        return QPointF(x, area.top() + share * area.height())

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = self._area()
        zero = self.point_at(0, 0.0).y()
        painter.setPen(QPen(QColor("#ced4da"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero))
        painter.setPen(QPen(QColor("#adb5bd"), 1))
        for i, moment in enumerate(self.moments):
            x = self.point_at(i, 0.0).x()
            reach = 8.0 if moment else 3.0
            painter.drawLine(QPointF(x, zero - reach), QPointF(x, zero + reach))
        for series in self.series:
            color = QColor(series.color) if QColor.isValidColorName(series.color) else QColor("#495057")
            points = [(self.point_at(i, v), v) for i, v in enumerate(series.values) if v is not None]
            if len(points) > 1:
                path = QPainterPath(points[0][0])
                for point, _v in points[1:]:
                    path.lineTo(point)
                painter.setPen(QPen(color, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            for point, value in points:
                painter.setPen(QPen(color, 1.5))
                painter.setBrush(color if value < 0 else QColor("#ffffff"))
                painter.drawEllipse(point, 3.5, 3.5)
        painter.end()
