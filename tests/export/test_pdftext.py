"""Fitting plain text into boxes for the PDF, right-to-left lines in display order, and the label catalogue."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export import catalogue, fonts
from cxdesigner.export.bidi import base_level, visual
from cxdesigner.export.pdftext import ELLIPSIS, _split, _take_line, elide, fit_lines, width, wrap

REG, BOLD = fonts.register()


def test_lines_fit_the_box_and_the_last_is_elided() -> None:
    text = "Примерка на островке в торговом центре и вопрос о возврате после первой стирки"
    lines = fit_lines(text, REG, 12, 120, 3)
    assert len(lines) == 3
    assert all(width(line, REG, 12) <= 120 + 1e-6 for line in lines)
    assert lines[-1].endswith(ELLIPSIS)
    assert " ".join(lines).replace(ELLIPSIS, "").split()[:-1] == text.split()[: len(" ".join(lines).split()) - 1]


def test_a_word_longer_than_the_box_is_broken_anywhere() -> None:
    lines = fit_lines("x" * 500, REG, 12, 60, 3)
    assert len(lines) == 3 and all(width(line, REG, 12) <= 60 for line in lines)
    assert wrap("y" * 300, REG, 10, 50) and all(width(line, REG, 10) <= 50 for line in wrap("y" * 300, REG, 10, 50))


@given(st.text(max_size=300), st.floats(5.0, 400.0), st.integers(1, 4))
def test_fitting_never_overflows_and_keeps_the_text_in_order(text: str, room: float, max_lines: int) -> None:
    lines = fit_lines(text, REG, 11, room, max_lines)
    assert len(lines) <= max_lines
    for line in lines:
        assert width(line, REG, 11) <= room + 1e-6 or len(line) == 1
    shown = "".join(lines).replace(ELLIPSIS, "").replace(" ", "")
    source = "".join(fonts.clean(text).split()).replace(ELLIPSIS, "")  # the text may hold "…" itself
    assert source.startswith(shown) or not shown


def test_elide_keeps_what_fits() -> None:
    assert elide("short", REG, 12, 200) == "short"
    cut = elide("a fairly long line of text", REG, 12, 60)
    assert cut.endswith(ELLIPSIS) and width(cut, REG, 12) <= 60
    assert elide("anything", REG, 12, 2) == ""


def test_control_characters_become_spaces_and_glyphless_ones_a_replacement() -> None:
    assert fonts.clean("a\x00b\x1fc\td\n") == "a b c\td\n"
    assert fonts.drawable("emoji 🎉 ok") == "emoji \ufffd ok"
    assert fonts.drawable("isolate\u2066d\u2069") == "isolated"  # invisible format characters are dropped
    assert not fonts.missing("Ёлка & <b>") and fonts.missing("🎉")


def test_right_to_left_text_is_drawn_in_display_order() -> None:
    assert visual("abc") == "abc"
    assert visual("שלום עולם") == "םלוע םולש"
    assert visual("price עברית 100 end") == "price 100 תירבע end"  # the number joins the RTL run
    assert visual("שלום (123) עולם") == "םלוע (123) םולש"  # brackets mirrored, numbers left to right
    assert base_level("123 שלום") == 1 and base_level("abc שלום") == 0
    # a wrapped line keeps the direction of the paragraph it came from
    assert visual("0 עברית", base=0) == "0 תירבע" and visual("0 עברית") == "תירבע 0"


def test_the_catalogue_speaks_both_languages() -> None:
    for key in catalogue.phrase_keys():
        en, ru = catalogue.say(key, "en"), catalogue.say(key, "ru")
        assert en and ru
    assert catalogue.say("page_of", "ru", page=2, pages=9) == "Страница 2 из 9"
    assert catalogue.language_of("ru_RU") == "ru" and catalogue.language_of("") == "en"
    assert catalogue.channel_name("website", "ru") == "Сайт" and catalogue.channel_name("nonsense", "en") == "Other"


def _fit_line_by_line(text: str, font: str, size: float, room: float, max_lines: int) -> list[str]:
    """``fit_lines`` as it was written before it measured the text once: wrap line by line, elide the last."""
    text = " ".join(fonts.clean(text[:600]).split())
    if not text or room <= 4 or max_lines <= 0:
        return []
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(elide(rest, font, size, room))
            break
        line, rest = _take_line(rest, font, size, room)
        lines.append(line)
    return [line for line in lines if line]


@given(
    st.text(alphabet=st.sampled_from("ab WiмЖ—… 1\t\n😀שׁ"), max_size=200),
    st.sampled_from([REG, BOLD]),
    st.sampled_from([7.5, 9.0, 11.0, 13.0]),
    st.floats(0.0, 300.0),
    st.integers(0, 5),
)
def test_fitting_measured_once_breaks_where_line_by_line_wrapping_did(
    text: str, font: str, size: float, room: float, max_lines: int
) -> None:
    assert fit_lines(text, font, size, room, max_lines) == _fit_line_by_line(text, font, size, room, max_lines)


@given(st.text(alphabet=st.sampled_from("abcWiм "), min_size=1, max_size=80), st.data())
def test_fitting_at_a_room_exactly_as_wide_as_a_start_of_the_text(text: str, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, len(text)))
    room = width(text[:k], REG, 11) + data.draw(st.sampled_from([0.0, 1e-9, -1e-9]))
    lines = data.draw(st.integers(1, 4))
    assert fit_lines(text, REG, 11, room, lines) == _fit_line_by_line(text, REG, 11, room, lines)


def test_quick_pdfdoc_encoding_gives_reportlabs_bytes_and_refuses_what_it_refuses() -> None:
    original = fonts._PDFDOC
    assert pdfdoc.pdfdocEnc is fonts.pdfdoc_encode
    for text in ["q 1 0 0 1 3.50 7.25 cm /FormXob.cxcard_1 Do Q", "(caf\\351) Tj", "", "é€ü", b"raw"]:
        assert fonts.pdfdoc_encode(text) == original(text)
    for bad in ["\x18", "a\x1fb", "\u4e2d"]:
        with pytest.raises(UnicodeEncodeError):
            original(bad)
        with pytest.raises(UnicodeEncodeError):
            fonts.pdfdoc_encode(bad)
    assert all(fonts.pdfdoc_encode(chr(i)) == original(chr(i)) for i in range(128) if not 0x18 <= i <= 0x1F)


_MIXED = st.text(alphabet=st.sampled_from("ab Z~(\\)\xa0йЖё€😀\u0627\u05d0\x7f\u4e2d"), max_size=30)


@given(st.lists(_MIXED, min_size=1, max_size=8), st.sampled_from([True, False]))
def test_splitting_a_line_into_subset_codes_gives_reportlabs_chunks(lines: list[str], readable: bool) -> None:
    """The quick look-up of already coded characters answers what reportlab's loop does, line after line
    of one document (each may bring characters seen for the first time), ASCII-readable or not."""
    doc = Canvas(None)._doc  # noqa: SLF001
    font = pdfmetrics.getFont(REG)
    if not readable:
        font._assignState(doc, asciiReadable=False)  # noqa: SLF001
    for line in lines:
        mine = _split(font, line, doc)
        assert mine == font.splitString(line, doc)  # the second call finds every code assigned
