"""A plain line prints as the Paragraph of the same text: drawn directly when one line, else that Paragraph."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PIL import Image, ImageChops
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cxdesigner.export.report_line import PlainLine, plain_line
from cxdesigner.export.report_style import Styles, plain_text
from cxdesigner.export.text_block import TextBlock

ST = Styles()
WIDTH = 300.0
# one line; the line reportlab lets run 1.6 pt long (its spaces shrink); a no-break space; a line break;
# a word longer than the line; Russian; right-to-left; spaces to collapse
TEXTS = [
    "Stage quality: 3 of 4 met (75 %)",
    "Personas' expectations here: Student, buys a gift: Surprise me (met); Office worker, buys for himself:"
    " Surprise me (met)",
    "Выручка 1\u00a0000 ₽ за неделю",
    "First line\nsecond line",
    "x" * 120,
    "Ожидание клиента: «быстро и понятно»",
    "Hebrew שלום עולם here",
    "  spaced    out   words  ",
]


def _markup(text: str) -> str:
    return "<br/>".join(map(escape, text.split("\n")))


def _png(flowables: list, folder: Path, name: str) -> Image.Image:
    pdf = folder / f"{name}.pdf"
    SimpleDocTemplate(str(pdf), pagesize=(WIDTH + 40, 900), leftMargin=14, rightMargin=14, topMargin=14,
                      bottomMargin=14).build(flowables)  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(folder / name)], check=True)
    return Image.open(folder / f"{name}.png").convert("L")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_plain_lines_look_like_the_paragraphs_of_the_same_text(tmp_path: Path) -> None:
    styles = [ST.h1, ST.h2, ST.body, ST.meta, ST.item]
    texts = [plain_text(t) for t in TEXTS]
    mine = _png([plain_line(t, s) for s in styles for t in texts], tmp_path, "lines")
    theirs = _png([Paragraph(_markup(t), s) for s in styles for t in texts], tmp_path, "paragraphs")
    assert sum(ImageChops.difference(mine, theirs).histogram()[40:]) == 0
    assert mine.getextrema()[0] < 100  # something was drawn


def test_one_line_is_a_text_block_and_anything_else_the_paragraph() -> None:
    inner = {}
    for text in TEXTS:
        line = plain_line(plain_text(text), ST.body)
        line.wrap(WIDTH, 1000)
        inner[text] = line._inner
        paragraph = Paragraph(_markup(plain_text(text)), ST.body)
        assert line.wrap(WIDTH, 1000) == paragraph.wrap(WIDTH, 1000)
    assert isinstance(inner[TEXTS[0]], TextBlock) and isinstance(inner[TEXTS[5]], TextBlock)
    assert all(isinstance(inner[t], Paragraph) for t in TEXTS[1:5])  # too long, no-break space, break, cut


def test_a_line_reportlab_lets_run_long_stays_its_paragraph() -> None:
    text = plain_text(TEXTS[1])
    width = 481.2283559  # an A4 report's frame: the Paragraph keeps "himself:" on the first line
    line, paragraph = plain_line(text, ST.body), Paragraph(_markup(text), ST.body)
    assert line.wrap(width, 1000) == paragraph.wrap(width, 1000)
    assert paragraph.blPara.lines[0][1][-1] == "himself:"
    assert isinstance(line._inner, Paragraph)


def _mixed(label: str, text: str, bold_second: bool) -> tuple[PlainLine, Paragraph]:
    """The stage lines of two runs: "Label: <b>text</b>" (the space in the regular run) or
    "<b>Label:</b> <font color=…>text</font>" (the space in the second run)."""
    from cxdesigner.export.text_block import Run, ink

    body, font, size = ST.body, ST.body.fontName, ST.body.fontSize
    if bold_second:
        runs = [Run(f"{label}: ", font, size, ink(body)), Run(text, ST.bold_font, size, ink(body))]
        markup = f"{escape(label)}: <b>{escape(text)}</b>"
    else:
        runs = [Run(f"{label}:", ST.bold_font, size, ink(body)), Run(f" {text}", font, size, "#c92a2a")]
        markup = f'<b>{escape(label)}:</b> <font color="#c92a2a">{escape(text)}</font>'
    return PlainLine(runs, body, markup), Paragraph(markup, body)


MIXED = [("What the customer expects", "Fast & clear", True), ("Барьеры", "Долго отвечают (теряем 15 %)", False),
         ("What the customer expects", "word " * 40, True), ("Barriers", "x" * 90, False)]  # fmt: skip


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_two_runs_meet_as_in_their_paragraph(tmp_path: Path) -> None:
    pairs = [_mixed(*case) for case in MIXED]
    mine = _png([line for line, _ in pairs], tmp_path, "lines")
    theirs = _png([paragraph for _, paragraph in pairs], tmp_path, "paragraphs")
    assert sum(ImageChops.difference(mine, theirs).histogram()[40:]) == 0
    line, _ = pairs[0]
    assert isinstance(line._inner, TextBlock)  # drawn directly: the bold word where the Paragraph puts it
    assert all(isinstance(pair[0]._inner, Paragraph) for pair in pairs[2:])  # longer than a line
