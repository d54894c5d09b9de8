"""Where pictures are drawn, as part of the map's one geometry: a thumbnail on each card that carries a
picture, and one framed picture per stage in each storyboard lane, its caption below.

A thumbnail keeps the picture's aspect within the card's height and at most ``THUMB_SHARE`` of its width,
at the right of the card, clear of the moment-of-truth star and the quality badge. A storyboard frame fills
its cell inside the padding, less a caption line, the picture centred in it at its own aspect.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cxdesigner.domain.entities import Lane, LaneKind
from cxdesigner.domain.geometry import CardBox, Metrics, PictureBox, Rect
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.pictures import Picture, first_pictures, storyboard

THUMB_MARGIN = 6.0  # above and below the thumbnail, inside the card
THUMB_RIGHT = 24.0  # room at the card's right for the star and the badge
THUMB_SHARE = 0.3  # of the card's width, at most: the title keeps most of the card
STORYBOARD_HEIGHT = 190.0  # a storyboard lane is at least this tall
CAPTION_HEIGHT = 18.0


def fit(width: float, height: float, box_w: float, box_h: float) -> tuple[float, float]:
    """The largest size of ``width`` x ``height``'s aspect inside ``box_w`` x ``box_h``."""
    if width <= 0 or height <= 0 or box_w <= 0 or box_h <= 0:
        return 0.0, 0.0
    scale = min(box_w / width, box_h / height)
    return width * scale, height * scale


def card_pictures(journey: JourneyMap, cards: Mapping[str, CardBox]) -> dict[str, PictureBox]:
    """Touchpoint id -> its thumbnail's place on the card."""
    out: dict[str, PictureBox] = {}
    for tid, picture in first_pictures(journey).items():
        card = cards.get(tid)
        if card is None:
            continue
        r = card.rect
        w, h = fit(picture.width, picture.height, r.w * THUMB_SHARE, r.h - 2 * THUMB_MARGIN)
        if w < 4 or h < 4:
            continue
        x = r.x + r.w - THUMB_RIGHT - w
        out[tid] = PictureBox(picture.id, Rect(x, r.y + (r.h - h) / 2.0, w, h))
    return out


def storyboard_boxes(
    journey: JourneyMap, lanes: Sequence[Lane], xs: Sequence[float], ys: Sequence[float], m: Metrics
) -> dict[tuple[str, str], PictureBox]:
    """(stage id, lane id) -> the stage's picture in each storyboard lane."""
    rows = [(i, lane) for i, lane in enumerate(lanes) if lane.kind == LaneKind.STORYBOARD]
    if not rows:
        return {}
    chosen: dict[str, Picture] = storyboard(journey)
    out: dict[tuple[str, str], PictureBox] = {}
    pad = m.cell_padding / 2.0
    for ci, stage in enumerate(journey.stages()):
        picture = chosen.get(stage.id)
        if picture is None:
            continue
        for li, lane in rows:
            x, y = xs[ci] + pad, ys[li] + pad
            w, h = xs[ci + 1] - xs[ci] - 2 * pad, ys[li + 1] - ys[li] - 2 * pad - CAPTION_HEIGHT
            pw, ph = fit(picture.width, picture.height, w, h)
            if pw < 4 or ph < 4:
                continue
            rect = Rect(x + (w - pw) / 2.0, y + (h - ph) / 2.0, pw, ph)
            out[(stage.id, lane.id)] = PictureBox(picture.id, rect, Rect(x, y + h, w, CAPTION_HEIGHT))
    return out
