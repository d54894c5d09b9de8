"""Pictures on paper: the cards' thumbnails and the storyboard frames of the poster, from the same layout as
the canvas (``domain.picture_layout``), and the pictures of a touchpoint in the report.

reportlab embeds each picture once per document however often it is drawn (it keys images by their bytes),
so a picture shown on its card and in the storyboard costs its bytes once.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.utils import ImageReader

from cxdesigner.domain import style as s
from cxdesigner.domain.geometry import MapLayout, Rect
from cxdesigner.domain.pictures import Picture
from cxdesigner.export.pdftext import draw_line, elide

if TYPE_CHECKING:
    from cxdesigner.export.map_painter import MapPainter, Window

CAPTION_PX = 8.0


def reader(picture: Picture) -> ImageReader:
    """reportlab's handle on a stored picture."""
    return ImageReader(BytesIO(picture.data))


def draw(painter: MapPainter, picture: Picture, r: Rect) -> None:
    """A picture at a layout rectangle, with a thin frame."""
    x, y, w, h = painter.rect(r)
    painter.c.drawImage(reader(picture), x, y, w, h)
    painter.stroke(s.CARD_BORDER, 0.5)
    painter.c.rect(x, y, w, h, stroke=1, fill=0)


def storyboard(painter: MapPainter, pictures: dict[str, Picture], layout: MapLayout, window: Window) -> None:
    """The storyboard lanes' frames of the slice's stages, each with its caption below."""
    for (stage_id, _lane_id), box in layout.storyboard.items():
        picture = pictures.get(box.picture_id)
        if picture is None or stage_id not in window.stages:
            continue
        draw(painter, picture, box.rect)
        c = box.caption
        if c is not None and picture.caption:
            text = elide(" ".join(picture.caption.split()), painter.regular, CAPTION_PX, c.w)
            painter.fill(s.INK)
            baseline_y = painter.y(c.y + c.h / 2.0) - CAPTION_PX * 0.35
            draw_line(painter.c, painter.x(c.x + c.w / 2.0), baseline_y, text, painter.regular, CAPTION_PX, "center")
