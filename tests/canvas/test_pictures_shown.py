"""Pictures on the canvas: on their card from a readable zoom, a plain stand-in further out, one per stage in a
storyboard lane; each follows add, caption, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.pictures import PLACEHOLDER
from cxdesigner.commands.edit import AddEntities, SetFields
from cxdesigner.domain.entities import Lane, LaneKind, new_id
from tests.canvas.gestures import Canvas
from tests.picture_bytes import picture

RED = (220, 20, 20)


def _colour_at(canvas: Canvas, x: float, y: float, scale: float) -> QColor:
    """The colour the scene paints at scene point x, y when drawn at ``scale``."""
    size = 40
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    half = size / 2 / scale
    canvas.scene.render(painter, QRectF(0, 0, size, size), QRectF(x - half, y - half, 2 * half, 2 * half))
    painter.end()
    return image.pixelColor(size // 2, size // 2)


def _red(colour: QColor) -> bool:
    return colour.red() > 180 and colour.green() < 80 and colour.blue() < 80


def test_a_cards_picture_shows_from_a_readable_zoom_and_goes_with_undo(canvas: Canvas) -> None:
    tp = next(t for t in canvas.model.touchpoints() if t.title == "Website")
    pic = picture(tp.id, 40, 30, rgb=RED)
    canvas.doc.push(AddEntities(canvas.model, [pic], "Add picture"))
    box = canvas.scene.layout.card_pictures[tp.id]
    card = canvas.scene.item_for(tp.id)
    assert isinstance(card, TouchpointCard) and card.picture == pic
    cx, cy = box.rect.center.x, box.rect.center.y
    assert _red(_colour_at(canvas, cx, cy, 1.0))
    assert not _red(_colour_at(canvas, cx, cy, 0.3))  # below the level of detail: no photo scaled down
    canvas.doc.undo()
    assert canvas.scene.item_for(tp.id).picture is None and tp.id not in canvas.scene.layout.card_pictures
    assert not _red(_colour_at(canvas, cx, cy, 1.0))
    canvas.doc.redo()
    assert canvas.scene.item_for(tp.id).picture == pic


def test_a_storyboard_lane_frames_one_picture_per_stage_with_its_caption(canvas: Canvas) -> None:
    model = canvas.model
    tp = next(t for t in model.touchpoints() if t.title == "Website")
    board = Lane(new_id(), "Storyboard", order=model.lanes()[0].order - 1, kind=LaneKind.STORYBOARD)
    pic = picture(tp.id, 40, 30, caption="Site", rgb=RED)
    canvas.doc.push(AddEntities(model, [board, pic], "Add"))
    layout = canvas.scene.layout
    frame = canvas.scene.pictures.frames[(tp.stage_id, board.id)]
    assert frame.picture == pic and len(canvas.scene.pictures.frames) == 1
    r = layout.storyboard[(tp.stage_id, board.id)].rect
    assert _red(_colour_at(canvas, r.center.x, r.center.y, 1.0))
    far = _colour_at(canvas, r.center.x, r.center.y, 0.3)
    assert (far.red(), far.green(), far.blue()) == (PLACEHOLDER.red(), PLACEHOLDER.green(), PLACEHOLDER.blue())
    canvas.doc.push(SetFields(model, pic, "Caption", caption="The site"))
    assert canvas.scene.pictures.frames[(tp.stage_id, board.id)].picture.caption == "The site"
    canvas.doc.undo()
    canvas.doc.undo()
    assert canvas.scene.pictures.frames == {}
