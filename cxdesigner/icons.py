"""Line icons that follow the theme: drawn in dark ink on light windows and in light ink on dark ones.

Our SVG icons (``resources/icons``) are drawn with one ink colour, ``INK``. ``ink_icon`` wraps such a file in
an icon engine that renders it at the size asked for, with ``INK`` replaced by the application palette's text
colour when the window colour is dark, so the dark theme needs no second set of files and an icon already on
screen changes with the theme. Disabled icons are drawn faded. The map's own card icons stay dark: the map
keeps its paper colours in every theme.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

INK = "#1f2933"
DISABLED_OPACITY = 0.35


@cache
def _svg(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def current_ink() -> str:
    """The ink for icons now: the original on light windows, the palette's text colour on dark ones."""
    palette = QGuiApplication.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return INK
    return palette.color(QPalette.ColorRole.WindowText).name()


@cache
def _renderer(path: str, ink: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(path).replace(INK, ink).encode("utf-8")))


class InkIconEngine(QIconEngine):
    """Renders one SVG icon in the current ink, at any size and device pixel ratio."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(DISABLED_OPACITY)
        _renderer(self.path, current_ink()).render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        """Crisp on high-DPI screens: rendered at the device's pixels, not scaled up from the logical size."""
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return InkIconEngine(self.path)

    def key(self) -> str:
        return "cxdesigner-ink"


def ink_icon(path: Path | str) -> QIcon:
    """An icon from one of our single-ink SVG files that follows the theme."""
    return QIcon(InkIconEngine(str(path)))
