"""The poster's hand-written path operators are the ones reportlab's own calls write."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export.strokes import round_rect

coordinate = st.floats(-5000.0, 70000.0, allow_nan=False)


@given(coordinate, coordinate, st.floats(-400.0, 400.0), st.floats(-100.0, 100.0), st.sampled_from([0.0, 3.0, 7.5]))
def test_a_flow_labels_box_is_reportlabs_round_rect(x: float, y: float, w: float, h: float, radius: float) -> None:
    canvas = Canvas(io.BytesIO())
    canvas._code = []
    canvas.roundRect(x, y, w, h, radius, stroke=1, fill=1)
    assert "\n".join(canvas._code) == round_rect(x, y, w, h, radius) + "\nB*"
