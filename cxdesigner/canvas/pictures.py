"""Pictures on the canvas: decoded once per picture, drawn on cards and as storyboard frames.

``picture_image`` decodes a stored picture once (its bytes never change, only its caption) and keeps it by id.
``draw_picture`` paints one into a rectangle from a readable zoom on; further out (below ``LOD_THRESHOLD``)
a plain tinted rectangle stands for it, so a far-zoomed map never scales hundreds of photos. A
``StoryboardFrame`` is a storyboard lane's picture for one stage, with its caption below; it takes no mouse
buttons, so presses reach the lane beneath as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.style import LOD_THRESHOLD, Z
from cxdesigner.domain.geometry import MapLayout, PictureBox
from cxdesigner.domain.pictures import Picture

if TYPE_CHECKING:
    from cxdesigner.canvas.card import TouchpointCard
    from cxdesigner.canvas.scene import MapScene

PLACEHOLDER = QColor("#ced4da")
_IMAGES: dict[str, QImage] = {}
_CACHE_LIMIT = 48  # decoded pictures kept; each at most SHOWN_SIDE on its long side, under 2 MB
SHOWN_SIDE = 800  # a frame or thumbnail never needs more on screen at the zooms the view allows


def picture_image(picture: Picture) -> QImage:
    """The decoded picture, no larger than SHOWN_SIDE (cached by id; a picture's bytes never change)."""
    image = _IMAGES.get(picture.id)
    if image is None:
        if len(_IMAGES) >= _CACHE_LIMIT:
            _IMAGES.clear()
        image = QImage.fromData(QByteArray(picture.data))
        if max(image.width(), image.height()) > SHOWN_SIDE:
            image = image.scaled(
                SHOWN_SIDE, SHOWN_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        _IMAGES[picture.id] = image
    return image


def draw_picture(painter: QPainter, picture: Picture | None, rect: QRectF, lod: float) -> None:
    """Paint a picture into ``rect``; a placeholder below the readable zoom or when it does not decode."""
    image = picture_image(picture) if picture is not None and lod >= LOD_THRESHOLD else None
    if image is None or image.isNull():
        painter.fillRect(rect, PLACEHOLDER)
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(rect, image)
    painter.setPen(QPen(style.CARD_BORDER, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


class StoryboardFrame(QGraphicsItem):
    """One stage's picture in a storyboard lane, with its caption."""

    def __init__(self, box: PictureBox, picture: Picture) -> None:
        super().__init__()
        self.box, self.picture = box, picture
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z.LINE + 1.0)

    def set_box(self, box: PictureBox, picture: Picture) -> None:
        if box != self.box or picture != self.picture:
            self.prepareGeometryChange()
            self.box, self.picture = box, picture
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = self.box.rect
        area = QRectF(r.x, r.y, r.w, r.h)
        if self.box.caption is not None:
            c = self.box.caption
            area = area.united(QRectF(c.x, c.y, c.w, c.h))
        return area.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        r = self.box.rect
        draw_picture(painter, self.picture, QRectF(r.x, r.y, r.w, r.h), lod)
        c = self.box.caption
        if c is not None and self.picture.caption and lod >= LOD_THRESHOLD:
            font = style.font(11)
            painter.setFont(font)
            painter.setPen(style.INK)
            caption = " ".join(self.picture.caption.split())
            text = QFontMetricsF(font).elidedText(caption, Qt.TextElideMode.ElideRight, c.w)
            painter.drawText(QRectF(c.x, c.y, c.w, c.h), Qt.AlignmentFlag.AlignCenter, text)


class PictureSync:
    """Keeps the cards' thumbnails and the storyboard frames in step with the layout."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.frames: dict[tuple[str, str], StoryboardFrame] = {}

    def sync(self, layout: MapLayout) -> None:
        """Give each card its thumbnail (or none) and each storyboard cell its frame; drop frames gone."""
        from cxdesigner.canvas.card import TouchpointCard

        model = self.scene.document.model
        for item in self.scene.built_items_by_id().values():
            if isinstance(item, TouchpointCard):
                self.dress(item, layout)
        for key in [k for k in self.frames if k not in layout.storyboard]:
            self.scene.removeItem(self.frames.pop(key))
        for key, box in layout.storyboard.items():
            picture = model.find(box.picture_id)
            if not isinstance(picture, Picture):
                continue
            frame = self.frames.get(key)
            if frame is None:
                frame = self.frames[key] = StoryboardFrame(box, picture)
                self.scene.addItem(frame)
            else:
                frame.set_box(box, picture)

    def dress(self, card: TouchpointCard, layout: MapLayout) -> None:
        """Give one card its thumbnail (or none)."""
        box = layout.card_pictures.get(card.entity_id)
        picture = self.scene.document.model.find(box.picture_id) if box is not None else None
        card.set_picture(picture if isinstance(picture, Picture) else None, box)

    def clear(self) -> None:
        for frame in self.frames.values():
            self.scene.removeItem(frame)
        self.frames.clear()
