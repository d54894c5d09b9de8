"""A requirement's history over the control rounds: a small trend line and the rounds in words.

The Quality panel shows it under the table for the requirement in the current row. The line joins the
values round by round (yes as 1, no as 0), oldest on the left, with the target dashed across it; the last
point is coloured by the requirement's status. The words list each round's date, who walked it and the
value measured, newest first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

from cxdesigner.domain import control_rounds
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import QualityRequirement, read_value, status
from cxdesigner.panels.entity_table import one_line
from cxdesigner.panels.quality_names import status_color

SHOWN = 4  # rounds named in words; the line shows them all
BESIDE_FROM = 360  # px: from this width the words sit beside the line


class Sparkline(QWidget):
    """A line through a few values, with an optional target drawn dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.target: float | None = None
        self.last_color = QColor("#495057")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(140, 34)

    def set_values(self, values: list[float], target: float | None, last_color: QColor) -> None:
        self.values, self.target, self.last_color = list(values), target, last_color
        self.update()

    def _y(self, value: float) -> float:
        """Where a value is drawn up and down; the range takes in the values and the target."""
        seen = [*self.values, *([self.target] if self.target is not None else [])]
        low, high = min(seen), max(seen)
        r = self.rect().adjusted(4, 4, -4, -4)
        return r.bottom() - (value - low) / ((high - low) or 1.0) * r.height()

    def points(self) -> list[QPointF]:
        """Where each value is drawn, oldest on the left (one value in the middle)."""
        r = self.rect().adjusted(4, 4, -4, -4)
        step = r.width() / max(len(self.values) - 1, 1)
        if len(self.values) == 1:
            return [QPointF(r.center().x(), self._y(self.values[0]))]
        return [QPointF(r.left() + i * step, self._y(v)) for i, v in enumerate(self.values)]

    def _target_y(self) -> float | None:
        return self._y(self.target) if self.target is not None and self.values else None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        points = self.points()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = self._target_y()
        if y is not None:
            painter.setPen(QPen(QColor("#adb5bd"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(2, y), QPointF(self.width() - 2, y))
        if points:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(QColor("#495057"), 1.5))
            painter.drawPath(path)
            painter.setBrush(self.last_color)
            painter.drawEllipse(points[-1], 3.5, 3.5)
        painter.end()


class RequirementHistory(QWidget):
    """The trend and the last rounds of one requirement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requirement_id = ""
        self.line = Sparkline(self)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setStyleSheet("color: #495057;")
        self.line.setAccessibleName(self.tr("Trend of the measured value over the control rounds"))
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.words, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        narrow = event.size().width() < BESIDE_FROM  # a side dock: the words under the line, not beside it
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override: the line's width, the words wrap below
        return QSize(self.line.sizeHint().width(), super().minimumSizeHint().height())

    def show_requirement(self, journey: JourneyMap, requirement_id: str) -> None:
        """Show the history of a requirement ("" or a missing one: say how to start one)."""
        self.requirement_id = requirement_id
        req = journey.find(requirement_id) if requirement_id else None
        if not isinstance(req, QualityRequirement):
            self.line.set_values([], None, QColor("#495057"))
            self.words.setText(self.tr("Choose a requirement to see its history over the control rounds."))
            return
        rounds = control_rounds.history(journey, req.id)
        self.line.set_values(control_rounds.trend(journey, req.id), _target(req), status_color(status(req)))
        if not rounds:
            self.words.setText(self.tr("No control round has measured it yet."))
            return
        parts = [self._round_text(r, value) for r, value in reversed(rounds[-SHOWN:])]
        head = self.tr("%n control round(s): ", "", len(rounds))
        self.words.setText(head + " · ".join(parts))

    def _round_text(self, round_: Any, value: str) -> str:
        who = f" ({one_line(round_.walked_by, 40)})" if round_.walked_by.strip() else ""
        return f"{round_.walked_on}{who}: {one_line(value, 40) or '–'}"


def _target(req: QualityRequirement) -> float | None:
    if not req.target.strip():
        return None
    try:
        value = read_value(req.comparison, req.target)
    except ValueError:
        return None
    return float(value)  # yes as 1, no as 0, like the trend
