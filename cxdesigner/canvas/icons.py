"""Channel icons for the cards: one ``QSvgRenderer`` per channel, and rendered pixmaps cached per size.

Rendering SVG on every paint is slow for thousands of cards, so each channel's icon is drawn once per
device size (rounded up to a multiple of 8 px) and the pixmap reused. A missing or broken SVG gives no
icon rather than an error: the card still shows its title and colour.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cxdesigner.domain.entities import Channel
from cxdesigner.paths import resource_path

_renderers: dict[str, QSvgRenderer | None] = {}
_pixmaps: dict[tuple[str, int], QPixmap] = {}


def renderer(channel: Channel | str) -> QSvgRenderer | None:
    """The SVG renderer of a channel's icon, loaded once; None if the icon is missing or invalid."""
    key = str(channel)
    if key not in _renderers:
        path = resource_path("icons", "channels", f"{key}.svg")
        svg = QSvgRenderer(str(path)) if path.is_file() else None
        _renderers[key] = svg if svg is not None and svg.isValid() else None
    return _renderers[key]


def pixmap(channel: Channel | str, device_size: float) -> QPixmap | None:
    """The icon rendered at least ``device_size`` pixels square (cached per 8-pixel step)."""
    svg = renderer(channel)
    if svg is None:
        return None
    size = min(max(8, int(math.ceil(device_size / 8.0)) * 8), 256)
    key = (str(channel), size)
    cached = _pixmaps.get(key)
    if cached is None:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter, QRectF(0, 0, size, size))
        painter.end()
        cached = _pixmaps[key] = QPixmap.fromImage(image)
    return cached


def draw(painter: QPainter, channel: Channel | str, target: QRectF) -> None:
    """Draw a channel's icon into ``target`` (scene units), sharp at the painter's current zoom.

    On a vector device (an SVG file, a printer) the icon is drawn as vector shapes, not as a pixmap.
    """
    engine = painter.paintEngine()
    if engine is not None and engine.type() != QPaintEngine.Type.Raster:
        svg = renderer(channel)
        if svg is not None:
            svg.render(painter, target)
        return
    scale = math.hypot(painter.worldTransform().m11(), painter.worldTransform().m12())
    icon = pixmap(channel, target.width() * max(scale, 0.01) * painter.device().devicePixelRatioF())
    if icon is not None:
        painter.drawPixmap(target, icon, QRectF(icon.rect()))
