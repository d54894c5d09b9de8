"""The reach funnel: one bar per stage, as wide as the share of entering customers who come into it.

Painted by hand with ``QPainter`` (a bar, the stage's name and the percentage per row); Qt has no chart
widget without QtCharts, which the editor does not ship.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from cxdesigner.domain.findings import percent

ROW = 18
BAR = QColor("#91a7ff")  # light enough for dark text over it
LOST = QColor("#e9ecef")


class Funnel(QWidget):
    """Stages top to bottom with their reach; ``show_reach([(title, share), ...])`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # scrolls (see ``scrolled``)
        self.setAccessibleName(self.tr("Reach by stage"))

    def show_reach(self, rows: list[tuple[str, float]]) -> None:
        grew = len(rows) != len(self.rows)
        self.rows = rows
        self.setToolTip("\n".join(f"{title}: {percent(share)}" for title, share in rows))
        if grew:
            self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, ROW * len(self.rows) + 4)

    def row_height(self) -> float:
        """The height of one stage's row."""
        return float(ROW)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 2.0
        text = self.palette().text().color()
        row = self.row_height()
        for i, (title, share) in enumerate(self.rows):
            top = 2.0 + i * row
            full = QRectF(1.0, top, width, row - 3.0)
            painter.fillRect(full, LOST)
            bar = min(1.0, max(0.0, share)) * width
            painter.fillRect(QRectF(1.0 + (width - bar) / 2, top, bar, row - 3.0), BAR)  # a funnel: centred
            painter.setPen(text)
            label = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(width * 0.7))
            painter.drawText(
                full.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
            )
            painter.drawText(
                full.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, percent(share)
            )
        painter.end()


def scrolled(funnel: Funnel) -> QScrollArea:
    """The funnel in a scroll area that shows six stages at least: a map of 300 stages scrolls."""
    area = QScrollArea(funnel.parentWidget())
    area.setWidget(funnel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setMinimumHeight(6 * ROW + 4)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
