"""The stamped card frames: each card is given the frame drawn in its own colour, channel and border."""

from __future__ import annotations

import dataclasses
import io

from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.export.stamps import Stamps


def _frame_code(canvas: Canvas, name: str) -> bytes:
    return canvas._doc.idToObject[xObjectName(name)].stream  # type: ignore[no-any-return]


def _card(tid: str, color: str, channel: Channel = Channel.WEBSITE, direct: bool = True) -> Touchpoint:
    return Touchpoint(id=tid, stage_id="s", lane_id="l", title=tid, color=color, channel=channel, direct=direct)


def test_cards_of_one_size_get_the_frames_of_their_own_colour_channel_and_border() -> None:
    canvas = Canvas(io.BytesIO())
    stamps = Stamps(canvas)
    red, blue = _card("a", "#ff0000"), _card("b", "#0000ff", Channel.PHONE)
    dashed, twin = _card("c", "#ff0000", direct=False), _card("d", "#ff0000")
    stamps.prepare([(t, 200.0, 60.0) for t in (red, blue, dashed, twin)], [c.value for c in Channel], [])
    names = [stamps.card(t, 200.0, 60.0) for t in (red, blue, dashed, twin)]
    assert names[0] == names[3] and len({*names}) == 3  # the same look shares one frame
    assert b"\n1 0 0 rg\n" in _frame_code(canvas, names[0])  # the red strip
    assert b"\n0 0 1 rg\n" in _frame_code(canvas, names[1])
    assert xObjectName("cxicon_phone").encode() in _frame_code(canvas, names[1])
    assert b"[4 2] 0 d" in _frame_code(canvas, names[2]) and b"[4 2] 0 d" not in _frame_code(canvas, names[0])


def test_a_card_drawn_other_than_it_was_prepared_is_looked_up_by_its_look() -> None:
    """The frame remembered for a touchpoint is only reused for that very touchpoint at that size."""
    canvas = Canvas(io.BytesIO())
    stamps = Stamps(canvas)
    red, blue = _card("a", "#ff0000"), _card("b", "#0000ff")
    stamps.prepare([(red, 200.0, 60.0), (blue, 200.0, 60.0), (blue, 120.0, 60.0)], [], [])
    recoloured = dataclasses.replace(red, color="#0000ff")
    assert stamps.card(recoloured, 200.0, 60.0) == stamps.card(blue, 200.0, 60.0) != stamps.card(red, 200.0, 60.0)
    assert stamps.card(red, 120.0, 60.0) is None  # never prepared at that size
    assert stamps.card(blue, 120.0, 60.0) not in (None, stamps.card(blue, 200.0, 60.0))
