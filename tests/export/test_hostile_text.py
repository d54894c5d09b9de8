"""Hostile text through the PDF exports (poster and report): no exception, and what the user typed comes back literally.

Markup, ampersands, CDATA ends, control characters, right-to-left script, emoji and very long strings.
Comparison ignores white space (lines wrap, and a long word breaks anywhere) and the bidi marks
pdftotext adds; control characters print as spaces. Characters the bundled font cannot draw print as
U+FFFD but keep the original for copying (ActualText), so they come back too. Right-to-left text is
drawn in display order and pdftotext puts each run back in reading order, but orders the runs of a
line left to right; so a string with right-to-left letters is compared run by run (``runs``).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cxdesigner.domain.entities import Emotion, Flow, LaneKind, MapInfo, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.improvements import Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.templates import add_standard_lanes
from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl
from cxdesigner.export.poster import PosterOptions, write_poster
from cxdesigner.export.report import ReportOptions, write_report
from tests.export import pdfcheck

HOSTILE = [
    "<b>bold</b>",
    "&amp; & &lt;",
    "]]>",
    "<![CDATA[x]]>",
    "\"quoted\" 'single'",
    "<para>",
    "\x00\x07\x1b\x7f",
    "line\nbreak\ttab\r",
    "עברית RTL",
    "العربية",
    "emoji 🎉👕👩‍👩‍👧",
    "Ёлка Потребность",
    "%s {0} \\n",
]
pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=25))
hostile = st.lists(pieces, min_size=1, max_size=4).map("".join).filter(lambda s: s.strip() != "")


def printed(text: str) -> str:
    """What a reader can get back: controls as spaces, invisible format characters the font lacks dropped."""
    text = fonts.clean(text).translate(pdfcheck.BIDI_MARKS)
    return "".join(c for c in text if fonts.has_glyph(c) or unicodedata.category(c) != "Cf")


def squash(text: str) -> str:
    """Compared without white space, controls or bidi marks, in NFC."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", printed(text)))


def _kind(char: str) -> str:
    if not fonts.has_glyph(char):
        return "" if char.isspace() else char  # printed on its own (U+FFFD with ActualText): a run of one
    if unicodedata.bidirectional(char) in ("R", "AL"):
        return "rtl"
    category = unicodedata.category(char)
    if category == "Nd":
        return "digits"  # digits beside right-to-left letters join their run in display order
    return "word" if category[0] in "LM" else ""


def runs(text: str) -> set[str]:
    """The runs of letters of one direction, and of digits, in ``text`` (punctuation and spaces split them)."""
    text = unicodedata.normalize("NFC", printed(text))
    found, current, kind = set(), "", ""
    for char in text + " ":
        k = _kind(char)
        if k != kind or not k or len(k) == 1:
            if current and kind:
                found.add(current)
            current, kind = "", k
        if k:
            current += char
    return found


def report_printed(text: str) -> str:
    """What the report prints: controls as spaces, glyphless characters as U+FFFD (no ActualText in platypus)."""
    return fonts.drawable(text)


def hostile_map(text: str) -> JourneyMap:
    journey = JourneyMap(MapInfo(id="m", title=text, language="en"))
    add_standard_lanes(journey, "en")
    lane = next(lane for lane in journey.lanes() if lane.kind is LaneKind.TOUCHPOINTS)
    journey.add(Stage(id="s1", title=text, order=0.0, width=2400.0, expectation=text))
    journey.add(Stage(id="s2", title="second", order=1.0))
    journey.add(Touchpoint(id="t1", stage_id="s1", lane_id=lane.id, title=text))
    journey.add(Touchpoint(id="t2", stage_id="s2", lane_id=lane.id, title="next"))
    journey.add(Flow(id="f", source_id="t1", target_id="t2", label=text))
    journey.add(Persona(id="p", name=text))
    journey.add(Emotion(id="e", touchpoint_id="t1", persona_id="p", designed=-1))
    journey.add(QualityRequirement(id="q", touchpoint_id="t1", text=text, target="5", measured="7"))
    journey.add(FeedbackItem(id="fb", touchpoint_id="t1", text=text, score=1.0, persona_id="p"))
    journey.add(Improvement(id="i", title=text, effect=text))
    return journey


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
@example(text="<b>&amp;</b> ]]> \x00\x1b")
@example(text="עברית RTL (100) العربية")
@example(text="emoji 🎉👕 שלום🎉 \u2066isolated\u2069")
def test_hostile_text_prints_literally_on_the_poster(tmp_path: Path, text: str) -> None:
    out = tmp_path / "hostile.pdf"
    write_poster(hostile_map(text), out, PosterOptions(paper="A0", date="2026-01-01"))
    pdfcheck.qpdf_check(out)
    got = pdfcheck.text(out)
    # the card is wide enough for the whole title, so all of it is there, literally
    if has_rtl(text):
        assert runs(text) <= runs(got)
    else:
        assert squash(text) in squash(got)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
@example(text="<b>&amp;</b> ]]> \x00\x1b <para>")
@example(text="עברית RTL (100) العربية")
@example(text="emoji 🎉👕 שלום🎉 \u2066isolated\u2069")
def test_hostile_text_prints_literally_in_the_report(tmp_path: Path, text: str) -> None:
    out = tmp_path / "hostile.pdf"
    write_report(hostile_map(text), out, ReportOptions(date="2026-01-01"))
    pdfcheck.qpdf_check(out)
    got = pdfcheck.report_body(out, "", "2026-01-01")
    shown = report_printed(text)
    if has_rtl(text):
        assert runs(shown) <= runs(got)
    else:
        assert squash(shown) in squash(got)


def test_ten_thousand_characters_print_whole_in_the_report(tmp_path: Path) -> None:
    words = ("Длинный текст <без> конца & " * 400)[:10_000]
    out = tmp_path / "long.pdf"
    journey = hostile_map("short")
    journey.update(Touchpoint, "t1", description=words)
    result = write_report(journey, out, ReportOptions(date="2026-01-01"))
    pdfcheck.qpdf_check(out)
    assert result.pages >= 3
    assert squash(words) in squash(pdfcheck.report_body(out, "short", "2026-01-01"))
    one_word = "ъ" * 10_000  # no space anywhere: reportlab splits it across lines and pages
    journey.update(Touchpoint, "t1", description=one_word)
    write_report(journey, out, ReportOptions(date="2026-01-01"))
    assert squash(one_word) in squash(pdfcheck.report_body(out, "short", "2026-01-01"))


def test_ten_thousand_characters_are_cut_to_the_card_not_the_page(tmp_path: Path) -> None:
    text = ("Длинный текст без конца " * 500)[:10_000]
    out = tmp_path / "long.pdf"
    result = write_poster(hostile_map(text), out, PosterOptions(paper="A3"))
    assert result.pages == 1
    pdfcheck.qpdf_check(out)
    got = pdfcheck.squeeze(pdfcheck.text(out))
    assert "Длинный текст без конца Длинный" in got and "…" in got
    assert len(got) < 6000  # every box shows the start of it, elided; nothing runs off on its own
