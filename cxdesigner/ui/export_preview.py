"""The export dialog's preview of what is being exported: the poster on its paper, a report's page, the rest.

For a poster it draws the poster small (the canvas's picture of the map, between a title band and a legend
band, as the poster composes them) and over it the page: scaled into the margins when fitting, or the grid
of sheets with their labels when tiling (the same ``export.tiling`` geometry the PDF uses). For a report
it shows the first page itself, drawn from the PDF (``show_page``); for slides, a workbook or a picture, a
page of the right shape with what the file will hold (``show_outline``).
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
        self.page_image: QImage | None = None  # a rendered page (a report's), drawn instead of the poster
        self.outline: list[str] = []  # what the file holds, one line each, over the map's picture
        self.note = ""  # one line under the page: why it is not drawn, or how many pages

    def show_layout(
        self, poster: Rect, map_area: Rect, page: tuple[float, float], margin: float, tiles: list[Tile]
    ) -> None:
        """Show ``page`` with ``margin``; with ``tiles``, the grid of sheets over the poster instead."""
        self.poster, self.map_area, self.page, self.margin, self.tiles = poster, map_area, page, margin, tiles
        self.page_image, self.outline, self.note = None, [], ""
        self.update()

    def show_page(self, image: QImage | None, page: tuple[float, float], note: str = "") -> None:
        """Show ``image`` as the whole ``page`` (a blank page with ``note`` when there is no image)."""
        self.page, self.tiles, self.page_image, self.outline, self.note = page, [], image, [], note
        self.update()

    def show_outline(self, page: tuple[float, float], lines: list[str]) -> None:
        """Show a ``page`` of the file's shape holding the map's picture and ``lines`` saying what is in it."""
        self.page, self.tiles, self.page_image, self.outline, self.note = page, [], None, lines, ""
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
        elif self.page_image is not None or self.note:
            self._paint_rendered(painter, room)
        elif self.outline:
            self._paint_outline(painter, room)
        else:
            self._paint_page(painter, room)
        painter.end()

    def _sheet(self, painter: QPainter, room: QRectF) -> QRectF:
        """A blank page of ``self.page``'s shape, centred in ``room``."""
        w, h = self.page
        k = min(room.width() / w, room.height() / h)
        page = QRectF(room.x() + (room.width() - w * k) / 2, room.y() + (room.height() - h * k) / 2, w * k, h * k)
        painter.fillRect(page, PAPER)
        painter.setPen(QPen(QColor("#adb5bd"), 1))
        painter.drawRect(page)
        return page

    def _paint_rendered(self, painter: QPainter, room: QRectF) -> None:
        page = self._sheet(painter, room)
        if self.page_image is not None and not self.page_image.isNull():
            painter.drawImage(page, self.page_image)
        if self.note:
            painter.setPen(QColor("#495057"))
            painter.drawText(
                page.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.note
            )

    def _paint_outline(self, painter: QPainter, room: QRectF) -> None:
        page = self._sheet(painter, room)
        inner = page.adjusted(page.width() * 0.05, page.height() * 0.06, -page.width() * 0.05, -page.height() * 0.06)
        text_h = inner.height() * 0.45
        if self.picture is not None and not self.picture.isNull():
            pw, ph = self.picture.width(), self.picture.height()
            k = min(inner.width() / pw, (inner.height() - text_h) / ph)
            painter.drawImage(QRectF(inner.x() + (inner.width() - pw * k) / 2, inner.y(), pw * k, ph * k), self.picture)
        font = QFont(self.font())
        font.setPixelSize(max(8, min(13, int(text_h / max(len(self.outline), 1) * 0.7))))
        painter.setFont(font)
        painter.setPen(QColor("#212529"))
        box = QRectF(inner.x(), inner.bottom() - text_h, inner.width(), text_h)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
            "\n".join(self.outline),
        )

    def _paint_page(self, painter: QPainter, room: QRectF) -> None:
        page = self._sheet(painter, room)
        k = page.width() / self.page[0]
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
