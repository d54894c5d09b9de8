"""The report's plain text blocks: lines within the width, every word kept in order, pages split whole."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from cxdesigner.export import fonts
from cxdesigner.export.text_block import Para, Run, TextBlock, _lines

FONT, BOLD = fonts.register()
words = st.text(alphabet="abcdefghij ЖЁщ—W\n", min_size=0, max_size=400)


def _para(text: str, bold: str = "", indent: float = 0.0) -> Para:
    runs = [Run(text, FONT, 9, "#000000")] + ([Run(bold, BOLD, 11, "#c92a2a")] if bold else [])
    return Para(runs, leading=12, size=9, indent=indent)


@settings(max_examples=200, deadline=None)
@given(text=words, bold=words, width=st.floats(min_value=8, max_value=400), indent=st.sampled_from([0.0, 12.0]))
def test_lines_fit_the_width_and_keep_every_word_in_order(text: str, bold: str, width: float, indent: float) -> None:
    para = _para(text, bold, indent)
    lines = _lines(para, width)
    room = max(width - indent, 1.0)
    for line in lines:
        for x, run in line:
            end = x + stringWidth(run.text, run.font, run.size)
            # one character always goes on a line, however narrow
            assert end <= room + 1e-6 or (x == 0 and len(run.text) == 1), (x, run.text, room)
    drawn = "".join(run.text for line in lines for _, run in line)
    assert drawn.replace(" ", "") == (text + bold).replace(" ", "").replace("\n", "")


def test_a_line_break_starts_a_new_line_and_runs_join_without_a_space() -> None:
    para = Para([Run("one\ntwo ", FONT, 9, "#000"), Run("three", BOLD, 9, "#c00"), Run("four", FONT, 9, "#000")], 12, 9)
    lines = _lines(para, 500)
    assert [[r.text for _, r in line] for line in lines] == [["one"], ["two", "three", "four"]]
    (x2, _), (x3, three), (x4, _) = lines[1]
    assert x3 > x2 and x4 == x3 + stringWidth(three.text, BOLD, 9)  # "three" and "four" touch


def _pdf_of(flowables: list) -> PdfReader:  # noqa: ANN001
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(flowables)
    return PdfReader(io.BytesIO(out.getvalue()))


def test_a_block_longer_than_a_page_splits_across_pages_with_every_word() -> None:
    text = " ".join(f"word{n}" for n in range(4000))
    pdf = _pdf_of([TextBlock([_para("Title"), _para(text), _para("End")])])
    assert len(pdf.pages) > 2
    found = " ".join(page.extract_text() for page in pdf.pages).split()
    assert found == ["Title", *text.split(), "End"]


def test_a_paragraphs_first_line_is_not_left_alone_at_a_page_end() -> None:
    block = TextBlock([_para("x " * 300), _para("y " * 300)])
    block.wrap(300, 10_000)
    first_of_second = next(n for n, ln in enumerate(block._layout(300)) if ln.first and n)
    height = block._layout(300)[first_of_second].top + 12  # room for just the second paragraph's first line
    head, tail = block.split(300, height)
    assert not head._layout(300)[-1].first  # it went over with the rest of its paragraph
    assert tail._layout(300)[0].first and tail._layout(300)[0].top == 0.0
