"""The export dialog's preview: how the poster falls on the paper, one sheet or a grid of sheets.

It draws the poster small (the canvas's picture of the map, between a title band and a legend band, as
the poster composes them) and over it the page: scaled into the margins when fitting, or the grid of
sheets with their labels when tiling (the same ``export.tiling`` geometry the PDF uses).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxdesigner.domain.geometry import Rect
from cxdesigner.export.tiling import Tile

PAPER = QColor("#ffffff")
DESK = QColor("#dee2e6")
GRID = QColor("#1c7ed6")
BAND = QColor("#e9ecef")


class ExportPreview(QWidget):
    """Paints the page layout of the export being set up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture: QImage | None = None
        self.poster = Rect(0, 0, 1, 1)
        self.map_area = Rect(0, 0, 1, 1)
        self.page = (595.0, 842.0)
        self.margin = 28.0
        self.tiles: list[Tile] = []
        self.whole_page = True  # a report or a fitted poster: show one page

    def show_layout(
        self, poster: Rect, map_area: Rect, page: tuple[float, float], margin: float, tiles: list[Tile]
    ) -> None:
        """Show ``page`` with ``margin``; with ``tiles``, the grid of sheets over the poster instead."""
        self.poster, self.map_area, self.page, self.margin, self.tiles = poster, map_area, page, margin, tiles
        self.update()

    def _draw_poster(self, painter: QPainter, target: QRectF) -> None:
        """The poster scaled into ``target``: title band, the map picture, legend band."""
        k = target.width() / max(self.poster.w, 1.0)
        painter.fillRect(target, PAPER)
        top = QRectF(target.x(), target.y(), target.width(), self.map_area.y * k)
        painter.fillRect(top.adjusted(2, 2, -target.width() * 0.5, -top.height() * 0.4), BAND)
        area = QRectF(
            target.x() + self.map_area.x * k, target.y() + self.map_area.y * k, self.map_area.w * k, self.map_area.h * k
        )
        if self.picture is not None and not self.picture.isNull():
            painter.drawImage(area, self.picture)
        else:
            painter.fillRect(area, BAND)
        legend_top = area.bottom() + 4
        if target.bottom() - legend_top > 4:
            painter.fillRect(
                QRectF(target.x() + 2, legend_top, target.width() * 0.6, target.bottom() - legend_top - 2), BAND
            )

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), DESK)
        room = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        if self.tiles:
            self._paint_tiles(painter, room)
        else:
            self._paint_page(painter, room)
        painter.end()

    def _paint_page(self, painter: QPainter, room: QRectF) -> None:
        w, h = self.page
        k = min(room.width() / w, room.height() / h)
        page = QRectF(room.x() + (room.width() - w * k) / 2, room.y() + (room.height() - h * k) / 2, w * k, h * k)
        painter.fillRect(page, PAPER)
        painter.setPen(QPen(QColor("#adb5bd"), 1))
        painter.drawRect(page)
        inner = page.adjusted(self.margin * k, self.margin * k, -self.margin * k, -self.margin * k)
        painter.setPen(QPen(QColor("#ced4da"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(inner)
        f = min(inner.width() / self.poster.w, inner.height() / self.poster.h)
        target = QRectF(0, 0, self.poster.w * f, self.poster.h * f)
        target.moveCenter(inner.center())
        self._draw_poster(painter, target)

    def _paint_tiles(self, painter: QPainter, room: QRectF) -> None:
        first, last = self.tiles[0].source, self.tiles[-1].source
        ew, eh = last.right - first.x, last.bottom - first.y
        k = min(room.width() / ew, room.height() / eh)
        ox = room.x() + (room.width() - ew * k) / 2 - first.x * k
        oy = room.y() + (room.height() - eh * k) / 2 - first.y * k
        self._draw_poster(painter, QRectF(ox, oy, self.poster.w * k, self.poster.h * k))
        painter.setPen(QPen(GRID, 1))
        font = QFont(self.font())
        cell = min(first.w, first.h) * k
        font.setPixelSize(max(7, min(22, int(cell / 4))))
        painter.setFont(font)
        for tile in self.tiles:
            r = QRectF(ox + tile.source.x * k, oy + tile.source.y * k, tile.source.w * k, tile.source.h * k)
            painter.drawRect(r)
            if cell >= 18:
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, tile.label)
