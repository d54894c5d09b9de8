"""The report's plain text blocks: lines within the width, every word kept in order, pages split whole."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from cxdesigner.export import fonts
from cxdesigner.export.text_block import TextBlock
from cxdesigner.export.text_wrap import Para, Run, _lines

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


# The fast paths (words added inline, each measured once; the block's operators written directly)
# against the first implementation, kept in text_block_reference.
mixed = st.text(alphabet="ab cdeЖЁщ—W\n\u00a0\t" + "".join(map(chr, range(0x400, 0x430))), max_size=300)
fonts_and_sizes = st.sampled_from([(FONT, 9.0), (BOLD, 11.0), (FONT, 8.5)])


@st.composite
def paras(draw) -> Para:  # noqa: ANN001
    runs = []
    for text, (font, size), color in draw(
        st.lists(st.tuples(mixed, fonts_and_sizes, st.sampled_from(["#000000", "#c92a2a"])), min_size=1, max_size=4)
    ):
        runs.append(Run(text, font, size, color))
    if draw(st.booleans()) and len(runs) > 1:
        runs.append(runs[0])  # the same run again: its words join the piece it may still be filling
    return Para(runs, 12, 9, indent=draw(st.sampled_from([0.0, 12.0])))


@settings(max_examples=300, deadline=None)
@given(para=paras(), width=st.floats(min_value=5, max_value=500))
def test_the_fast_breaker_gives_the_first_breakers_lines(para: Para, width: float) -> None:
    from tests.export import text_block_reference

    assert _lines(para, width) == text_block_reference.lines(para, width)


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(st.lists(paras(), min_size=1, max_size=3), min_size=1, max_size=4))
def test_a_block_writes_the_operators_a_text_object_writes(blocks: list[list[Para]]) -> None:
    from tests.export import text_block_reference

    # several blocks on one canvas: later ones find their characters already coded in the font's subset
    fast = [TextBlock(paras) for paras in blocks]
    slow = [TextBlock(paras) for paras in blocks]
    assert _code_all(fast, None) == _code_all(slow, text_block_reference.draw)


def _code_all(blocks: list[TextBlock], draw) -> str:  # noqa: ANN001
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO(), initialFontName=FONT)
    for block in blocks:
        block.wrap(300, 10_000)
        block.canv = canvas
        draw(block, canvas) if draw else block.draw()
        del block.canv
    return " ".join(canvas._code)


def test_characters_past_the_first_subset_and_missing_glyphs_are_coded_as_reportlab_codes_them() -> None:
    from tests.export import text_block_reference

    many = "".join(map(chr, range(0x400, 0x500))) + " \u00a0 " + "".join(map(chr, range(0x41, 0x7B))) + " \U0001f600"
    paras = [Para([Run(many, FONT, 9, "#000000"), Run(many[::-1], BOLD, 9, "#c92a2a")], 12, 9)] * 2
    fast = _code_all([TextBlock(paras), TextBlock(paras)], None)
    assert "+1 9 Tf" in fast  # the second subset is used
    assert fast == _code_all([TextBlock(paras), TextBlock(paras)], text_block_reference.draw)


def test_own_spaces_measures_a_space_between_runs_in_the_run_it_ends() -> None:
    runs = [Run("Label: ", FONT, 9, "#000"), Run("bold", BOLD, 9, "#000")]
    label = stringWidth("Label:", FONT, 9)
    (_, _), (x_next, _) = _lines(Para(runs, 12, 9), 500)[0]
    (_, _), (x_own, _) = _lines(Para(runs, 12, 9, own_spaces=True), 500)[0]
    assert x_next == pytest.approx(label + stringWidth(" ", BOLD, 9))  # as the touchpoint blocks were drawn
    assert x_own == pytest.approx(label + stringWidth(" ", FONT, 9))  # as a Paragraph puts it
    assert x_own != pytest.approx(x_next)


@pytest.mark.parametrize("short", [0.0, 1e-9, 1e-3])
def test_words_ending_at_the_line_end_break_as_the_first_breaker_breaks_them(short: float) -> None:
    from tests.export import text_block_reference

    para = _para("alpha beta gamma delta epsilon")
    space, widths = stringWidth(" ", FONT, 9), [stringWidth(w, FONT, 9) for w in para.runs[0].text.split()]
    end = widths[0]
    for w in widths[1:]:
        end += space + w  # the sum the breaker keeps
    lines = _lines(para, end - short)
    assert lines == text_block_reference.lines(para, end - short)
    assert len(lines) == (1 if short == 0.0 else 2)


def test_a_block_drawn_on_a_page_writes_what_a_flowable_writes_and_leaves_the_canvas_as_it_was() -> None:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    def drawn(draw_on) -> tuple[list[str], tuple]:  # noqa: ANN001
        canvas = Canvas(io.BytesIO(), initialFontName=FONT)
        block = TextBlock([_para("one two", "three"), _para("four")])
        block.wrap(300, 10_000)
        draw_on(block, canvas, 57.02362, 761.4661)
        return canvas._code, (canvas._currentMatrix, len(canvas.state_stack))

    assert drawn(TextBlock.drawOn) == drawn(Flowable.drawOn)


def test_a_piece_in_the_first_subset_after_one_in_another_switches_back_as_reportlab_does() -> None:
    from tests.export import text_block_reference

    past = "".join(map(chr, range(0x400, 0x520)))  # more characters than the first subset holds
    paras = [Para([Run(past, FONT, 9, "#000000"), Run(" abc", FONT, 9, "#000000"), Run("", FONT, 9, "#000")], 12, 9)]
    fast = _code_all([TextBlock(paras), TextBlock(paras)], None)
    assert "+1 9 Tf" in fast and "+0 9 Tf 10.8 TL (abc) Tj" in fast
    assert fast == _code_all([TextBlock(paras), TextBlock(paras)], text_block_reference.draw)


def _pages_text(flowables: list, height: float) -> list[str]:  # noqa: ANN001
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(300, height), topMargin=20, bottomMargin=20).build(flowables)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def _blocks(sizes: list[list[int]]) -> list[TextBlock]:
    blocks = []
    for n, block in enumerate(sizes):
        paras = []
        for m, words in enumerate(block):
            para = _para(" ".join(f"b{n}p{m}w{k}" for k in range(words)))
            para.space_before, para.space_after = (7.0, 2.0) if m == 0 else (0.0, 1.5)
            paras.append(para)
        blocks.append(TextBlock(paras))
    return blocks


@settings(max_examples=60, deadline=None)
@given(
    sizes=st.lists(st.lists(st.integers(1, 60), min_size=1, max_size=4), min_size=2, max_size=12),
    height=st.floats(120, 400),
)
def test_joined_blocks_fall_on_the_pages_as_the_blocks_one_by_one(sizes: list[list[int]], height: float) -> None:
    from cxdesigner.export.text_block import joined

    assert _pages_text([joined(_blocks(sizes))], height) == _pages_text(_blocks(sizes), height)


def test_each_report_measures_its_texts_afresh(tmp_path) -> None:
    """A report keeps no measured lines of the last one (``forget_texts`` at its start)."""
    from cxdesigner.export import text_wrap
    from cxdesigner.export.report import write_report
    from tests.conftest import small_map

    write_report(small_map(), tmp_path / "a.pdf")
    kept = sum(len(face.segments) for face in text_wrap._FACES.values())
    assert kept > 0  # the report measured lines, each once
    stale = next(iter(text_wrap._FACES.values()))
    stale.segments["a line of a map closed long ago"] = ([], [], [])
    write_report(small_map(), tmp_path / "b.pdf")
    assert "a line of a map closed long ago" not in stale.segments
    assert sum(len(face.segments) for face in text_wrap._FACES.values()) == kept  # the same, measured again
