"""A small chart of one KPI over time: the measured values against the line from baseline to target.

Time runs left to right from the KPI's start to its last review (or its last measurement, if later). The
planned line is dashed, from the baseline at the start to the target at the last review, then level; each
review date is a thin vertical tick; the measured values are joined by a solid line, and the point that
stands at a review behind the line is red. ``points`` gives the geometry the tests read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxdesigner.domain import kpis
from cxdesigner.domain.kpis import Kpi, KpiMeasurement

LINE = QColor("#868e96")
VALUES = QColor("#1864ab")
BEHIND = QColor("#c92a2a")
ON_TRACK = QColor("#2b8a3e")


class KpiChart(QWidget):
    """The trend of one KPI's measurements against its planned line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi: Kpi | None = None
        self.values: list[KpiMeasurement] = []
        self.setMinimumSize(220, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 110)

    def show_kpi(self, kpi: Kpi | None, values: list[KpiMeasurement]) -> None:
        self.kpi, self.values = kpi, list(values)
        self.update()

    def _span(self) -> tuple[date, date, float, float]:
        assert self.kpi is not None
        start, end = date.fromisoformat(self.kpi.started_on), kpis.review_dates(self.kpi)[-1]
        days = [date.fromisoformat(m.measured_on) for m in self.values]
        first, last = min([start, *days]), max([end, *days])
        seen = [self.kpi.baseline, self.kpi.target, *(m.value for m in self.values)]
        return first, last, min(seen), max(seen)

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(6, 6, -6, -6)

    def to_point(self, day: date, value: float) -> QPointF:
        first, last, low, high = self._span()
        area = self._area()
        x = area.left() + (day - first).days / ((last - first).days or 1) * area.width()
        y = area.bottom() - (value - low) / ((high - low) or 1.0) * area.height()
        return QPointF(x, y)

    def points(self) -> list[QPointF]:
        """Where each measurement is drawn, oldest first."""
        if self.kpi is None:
            return []
        return [self.to_point(date.fromisoformat(m.measured_on), m.value) for m in self.values]

    def line(self) -> list[QPointF]:
        """The planned line: baseline at the start, target at the last review, level to the right edge."""
        if self.kpi is None:
            return []
        kpi = self.kpi
        _first, last, _low, _high = self._span()
        end = kpis.review_dates(kpi)[-1]
        out = [self.to_point(date.fromisoformat(kpi.started_on), kpi.baseline), self.to_point(end, kpi.target)]
        return out + ([self.to_point(last, kpi.target)] if last > end else [])

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.kpi is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        painter.setPen(QPen(QColor("#dee2e6"), 1))
        for day in kpis.review_dates(self.kpi):
            x = self.to_point(day, self.kpi.target).x()
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        line = self.line()
        painter.setPen(QPen(LINE, 1.2, Qt.PenStyle.DashLine))
        for a, b in zip(line, line[1:], strict=False):
            painter.drawLine(a, b)
        points = self.points()
        if points:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(VALUES, 1.8))
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            for m, p in zip(self.values, points, strict=True):
                behind = kpis.is_behind(self.kpi, m.value, date.fromisoformat(m.measured_on))
                painter.setBrush(BEHIND if behind else ON_TRACK)
                painter.drawEllipse(p, 3.5, 3.5)
        painter.end()
