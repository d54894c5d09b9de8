"""The channel icons read from their SVG files into shapes reportlab can draw."""

from __future__ import annotations

import pytest

from cxdesigner.domain.entities import Channel
from cxdesigner.export.svg_icons import channel_icon, parse, parse_path


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_icon_parses_into_stroked_or_filled_shapes(channel: Channel) -> None:
    icon = channel_icon(channel.value)
    assert icon is not None and icon.size == (48.0, 48.0)
    assert icon.shapes
    for shape in icon.shapes:
        assert shape.fill or shape.stroke
        assert shape.ops[0][0] == "M"
        for _, values in shape.ops:
            assert all(-1.0 <= v <= 49.0 for v in values)  # inside the viewBox (plus a stroke's reach)


def test_the_group_style_is_inherited_and_overridden() -> None:
    icon = parse(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><g fill="none" stroke="#1f2933" '
        'stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"><line x1="1" y1="2" x2="3" y2="4"/>'
        '<circle cx="5" cy="5" r="2" fill="#ff0000" stroke="none"/></g></svg>'
    )
    line, dot = icon.shapes
    assert (line.fill, line.stroke, line.stroke_width, line.cap, line.join) == ("", "#1f2933", 3.5, 1, 1)
    assert (dot.fill, dot.stroke) == ("#ff0000", "")
    assert line.ops == (("M", (1.0, 2.0)), ("L", (3.0, 4.0)))


def test_path_commands_become_absolute_lines_and_cubics() -> None:
    ops = parse_path("M6 19 H15 L31 10 V38 Z m1 1 l2 0 h1 v1 Q 10 10 20 20 q1 1 2 0")
    assert ops[:5] == (("M", (6.0, 19.0)), ("L", (15.0, 19.0)), ("L", (31.0, 10.0)), ("L", (31.0, 38.0)), ("Z", ()))
    # after Z the pen is back at the subpath's start; a relative move goes from there
    assert ops[5] == ("M", (7.0, 20.0))
    assert ops[6:9] == (("L", (9.0, 20.0)), ("L", (10.0, 20.0)), ("L", (10.0, 21.0)))
    op, (c1x, c1y, c2x, c2y, x, y) = ops[9]
    # a quadratic curve from (10, 21) through control (10, 10) to (20, 20) as a cubic
    assert op == "C" and (x, y) == (20.0, 20.0)
    assert (c1x, c1y) == pytest.approx((10.0, 21 + 2 / 3 * (10 - 21)))
    assert (c2x, c2y) == pytest.approx((20 + 2 / 3 * (10 - 20), 20 + 2 / 3 * (10 - 20)))
    assert ops[10][1][-2:] == (22.0, 20.0)


def test_implicit_line_to_after_a_move_and_unknown_elements_are_skipped() -> None:
    assert parse_path("M0 0 10 10 20 0") == (("M", (0.0, 0.0)), ("L", (10.0, 10.0)), ("L", (20.0, 0.0)))
    icon = parse(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>hi</text><rect width="4" height="2"/></svg>'
    )
    assert len(icon.shapes) == 1 and icon.shapes[0].fill == "#000000"
