"""The poster's hand-written operators are the ones reportlab's own calls (or the plain formatting) write."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain import style as s
from cxdesigner.export.map_painter import _fill_op, _stroke_op
from cxdesigner.export.strokes import _route, round_rect

coordinate = st.floats(-5000.0, 70000.0, allow_nan=False)


@given(coordinate, coordinate, st.floats(-400.0, 400.0), st.floats(-100.0, 100.0), st.sampled_from([0.0, 3.0, 7.5]))
def test_a_flow_labels_box_is_reportlabs_round_rect(x: float, y: float, w: float, h: float, radius: float) -> None:
    canvas = Canvas(io.BytesIO())
    canvas._code = []
    canvas.roundRect(x, y, w, h, radius, stroke=1, fill=1)
    assert "\n".join(canvas._code) == round_rect(x, y, w, h, radius) + "\nB*"


@given(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True), st.sampled_from([0.5, 1.0, 1.5, 2.25]))
def test_the_painters_colour_operators_are_the_ones_reportlab_writes(color: str, line_width: float) -> None:
    canvas = Canvas(io.BytesIO())
    canvas._code = []
    canvas.setFillColorRGB(*s.rgb(color))
    assert "\n".join(canvas._code) == _fill_op(color)
    canvas._code = []
    canvas.setStrokeColorRGB(*s.rgb(color))
    canvas.setLineWidth(line_width)
    assert "\n".join(canvas._code) == _stroke_op(color, line_width)


@given(st.lists(coordinate, min_size=2, max_size=6).map(lambda c: tuple(c * 2)), coordinate, coordinate)
def test_a_route_is_written_as_each_corner_formatted_on_its_own(co: tuple[float, ...], x0: float, y0: float) -> None:
    moved = [x0 + v if i % 2 == 0 else y0 - v for i, v in enumerate(co)]
    corners = [f"{moved[i]:.2f} {moved[i + 1]:.2f}" for i in range(0, len(co), 2)]
    expected = " ".join([f"{corners[0]} m", *(f"{c} l" for c in corners[1:]), "S"])
    assert _route(len(co)) % tuple(moved) == expected
