"""A Figure draws what the same reportlab graphics shapes draw, writing each state change once."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageChops
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.graphics.shapes import Path as GraphicsPath
from reportlab.lib.colors import HexColor
from reportlab.platypus import SimpleDocTemplate

from cxdesigner.export import fonts
from cxdesigner.export.report_figure import Curve, Dot, Figure, Label, Rectangle, Segment, Stroke

FONT, BOLD = fonts.register()
W, H = 300.0, 160.0
CURVE = ((20.0, 40.0), (((60.0, 140.0), (100.0, 10.0), (140.0, 90.0)), ((170.0, 130.0), (200.0, 60.0), (280.0, 80.0))))


def _figure() -> Figure:
    figure = Figure(W, H)
    figure.add(Rectangle(10, 10, 120, 140, fill="#f5f7f9"))
    figure.add(Rectangle(130, 10, 160, 140, fill="#e9ecef", stroke=Stroke("#1864ab", 2)))
    figure.add(Segment(10, 80, 290, 80, Stroke("#d9dee3", 0.8, (2.0, 3.0))))
    figure.add(Curve(CURVE[0], CURVE[1], Stroke("#d9480f", 1.6, (), True)))
    figure.add(Curve(CURVE[0], CURVE[1][:1], Stroke("#868e96", 1.2, (4.0, 3.0), True)))
    figure.add(Dot(140, 90, 2.6, "#d9480f", Stroke("#c92a2a", 1.2)))
    figure.add(Dot(60, 60, 4, "#1864ab"))
    figure.add(Label(150, 20, "Середина", FONT, 9, "middle"))
    figure.add(Label(290, 30, "the end", BOLD, 8, "end"))
    figure.add(Label(12, 140, "start +2", FONT, 8))
    return figure


def _drawing() -> Drawing:
    """The same picture as reportlab graphics shapes, as the report drew its chart before."""
    d = Drawing(W, H)
    d.initialFontName = FONT
    d.add(Rect(10, 10, 120, 140, fillColor=HexColor("#f5f7f9"), strokeColor=None))
    d.add(Rect(130, 10, 160, 140, fillColor=HexColor("#e9ecef"), strokeColor=HexColor("#1864ab"), strokeWidth=2))
    d.add(Line(10, 80, 290, 80, strokeColor=HexColor("#d9dee3"), strokeWidth=0.8, strokeDashArray=[2, 3]))
    for pieces, color, width, dash in ((CURVE[1], "#d9480f", 1.6, None), (CURVE[1][:1], "#868e96", 1.2, [4, 3])):
        path = GraphicsPath(strokeColor=HexColor(color), strokeWidth=width, fillColor=None, strokeLineJoin=1,
                            strokeLineCap=1, strokeDashArray=dash)  # fmt: skip
        path.moveTo(*CURVE[0])
        for c1, c2, end in pieces:
            path.curveTo(*c1, *c2, *end)
        d.add(path)
    d.add(Circle(140, 90, 2.6, fillColor=HexColor("#d9480f"), strokeColor=HexColor("#c92a2a"), strokeWidth=1.2))
    d.add(Circle(60, 60, 4, fillColor=HexColor("#1864ab"), strokeColor=None))
    d.add(String(150, 20, "Середина", fontName=FONT, fontSize=9, textAnchor="middle"))
    d.add(String(290, 30, "the end", fontName=BOLD, fontSize=8, textAnchor="end"))
    d.add(String(12, 140, "start +2", fontName=FONT, fontSize=8))
    return d


def _png(flowable, folder: Path, name: str) -> Image.Image:  # noqa: ANN001
    pdf = folder / f"{name}.pdf"
    SimpleDocTemplate(str(pdf), pagesize=(W + 20, H + 20), leftMargin=4, rightMargin=4, topMargin=4,
                      bottomMargin=4).build([flowable])  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(folder / name)], check=True)
    return Image.open(folder / f"{name}.png").convert("RGB")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_a_figure_looks_like_the_same_graphics_drawing(tmp_path: Path) -> None:
    mine, theirs = _png(_figure(), tmp_path, "figure"), _png(_drawing(), tmp_path, "drawing")
    assert mine.size == theirs.size
    diff = ImageChops.difference(mine, theirs).convert("L")
    assert sum(diff.histogram()[40:]) == 0  # not a pixel visibly apart (antialiasing aside)
    assert mine.convert("L").getextrema()[0] < 100  # and something was drawn


def test_state_is_written_when_it_changes_and_labels_share_a_text_object() -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    figure = Figure(W, H)
    for i in range(50):
        figure.add(Dot(10 + i, 50, 1.8, "#1864ab"))
    figure.add(Label(10, 10, "a", FONT, 8))
    figure.add(Label(20, 10, "b", FONT, 8))
    figure.canv = Canvas(BytesIO())
    ops = " ".join(figure.operators())
    assert ops.count(" rg") == 2  # the dots' colour once, the labels' black once
    assert ops.count("BT") == 1 and ops.count(" f*") == 50
    assert ops.startswith("q ") and ops.endswith(" Q")


def _dot_as_first_written(x: float, y: float, r: float) -> str:
    from reportlab.lib.rl_accel import fp_str

    from cxdesigner.export.report_figure import KAPPA

    k = KAPPA * r
    return (
        f"{fp_str(x + r, y)} m {fp_str(x + r, y + k, x + k, y + r, x, y + r)} c "
        f"{fp_str(x - k, y + r, x - r, y + k, x - r, y)} c {fp_str(x - r, y - k, x - k, y - r, x, y - r)} c "
        f"{fp_str(x + k, y - r, x + r, y - k, x + r, y)} c"
    )


@given(
    x=st.floats(min_value=-2000, max_value=2000),
    y=st.floats(min_value=-2000, max_value=2000),
    r=st.sampled_from([2.5, 3.2]),
)
def test_a_dot_is_written_as_its_four_arcs_were_first_written(x: float, y: float, r: float) -> None:
    from cxdesigner.export.report_figure import _dot

    known: dict = {}
    assert _dot(x, y, r, known) == _dot_as_first_written(x, y, r)
    assert _dot(y, x, r, known) == _dot_as_first_written(y, x, r)  # each place now taken from what is known
