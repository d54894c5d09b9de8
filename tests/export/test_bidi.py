"""Right-to-left lines print in the order the Unicode bidirectional algorithm (UAX #9) gives, read back from the PDF.

Each expected display string below was worked out by hand from UAX #9 (weak types W1-W7: ``/`` ``.``
``,`` ``:`` between digits and ``%`` ``#`` ``₪`` beside them stay with the number; a number after Latin
letters is Latin, W7; neutrals N0-N2; reordering L2; brackets mirrored at odd levels, L4), and python-bidi
must agree with it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdf._text_extraction
import pytest
from bidi import get_display
from bidi.mirror import MIRRORED
from pypdf import PdfReader

from cxdesigner.domain.entities import LaneKind, MapInfo, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.templates import add_standard_lanes
from cxdesigner.export.bidi import base_level, visual
from cxdesigner.export.poster import PosterOptions, write_poster
from cxdesigner.export.report import ReportOptions, write_report

# logical text -> the characters drawn from left to right
DISPLAY = {
    "פתוח 24/7": "24/7 חותפ",
    "הנחה 1.5%": "1.5% החנה",
    "מק״ט ABC-123": "ABC-123 ט״קמ",
    "שלום (123) עולם": "םלוע (123) םולש",
    "שלום (abc) עולם": "םלוע (abc) םולש",
    "מחיר: 1,000.50 ₪": "₪ 1,000.50 :ריחמ",
    "טל. 03-1234567": "03-1234567 .לט",
    "שעה 10:30": "10:30 העש",
    "גרסה 2.0.1": "2.0.1 הסרג",
    "קוד #123": "#123 דוק",
    "1/2 כוס": "סוכ 1/2",
    "מ-9 עד 17": "17 דע 9-מ",
    "ערך -5": "5- ךרע",
    "50% הנחה": "החנה 50%",
    "שלום, world!": "!world ,םולש",
    "«ציטוט»": "«טוטיצ»",
    "הזמנה [#42] נשלחה": "החלשנ [#42] הנמזה",
    "كود ABC-123": "ABC-123 دوك",
    "السعر 1.5%": "%1.5 رعسلا",  # after Arabic letters digits are Arabic numbers (W2): "%" is no part of them
}


@pytest.mark.parametrize(("logical", "display"), DISPLAY.items())
def test_a_line_is_put_in_display_order(logical: str, display: str) -> None:
    assert visual(logical) == display
    unmirrored = str(get_display(logical))  # python-bidi orders the same way; it only leaves brackets as typed
    assert all(d == u or MIRRORED.get(d) == u for d, u in zip(display, unmirrored, strict=True))


def test_a_wrapped_line_keeps_its_paragraphs_direction() -> None:
    assert base_level("123 שלום") == 1 and base_level("abc שלום") == 0 and base_level("") == 0
    assert visual("0 עברית", base=0) == "0 תירבע" and visual("0 עברית") == "תירבע 0"
    assert visual("abc") == "abc"


def rtl_map() -> JourneyMap:
    journey = JourneyMap(MapInfo(id="m", title="bidi", language="en"))
    add_standard_lanes(journey, "en")
    lane = next(lane for lane in journey.lanes() if lane.kind is LaneKind.TOUCHPOINTS)
    for n, text in enumerate(DISPLAY):
        journey.add(Stage(id=f"s{n}", title=f"stage {n}", order=float(n), width=600.0))
        journey.add(Touchpoint(id=f"t{n}", stage_id=f"s{n}", lane_id=lane.id, title=text))
    return journey


def drawn(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every string the PDF's text operators draw, in the order they draw its characters.

    pypdf puts right-to-left runs back into reading order when it extracts text; with its pattern for
    right-to-left characters matching nothing, it hands over the characters as drawn.
    """
    monkeypatch.setattr(pypdf._text_extraction, "RTL_CHARACTER_PATTERN", re.compile(r"(?!)"))
    parts: list[str] = []
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=lambda text, *_args: parts.append(text))
    monkeypatch.undo()
    return parts


def test_the_poster_draws_every_line_in_display_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "poster.pdf"
    write_poster(rtl_map(), out, PosterOptions(paper="A0", date="2026-01-01"))
    text = " ".join(drawn(out, monkeypatch))  # the cards' lines are drawn in one text object
    for display in DISPLAY.values():
        assert display in text
    assert not {"7/24", "%5.1", "123-ABC"} & set(text.split())  # what the hand-made algorithm printed
    assert "פתוח" in PdfReader(str(out)).pages[0].extract_text()  # pypdf alone gives reading order back


def test_the_report_draws_every_line_in_display_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.pdf"
    write_report(rtl_map(), out, ReportOptions(date="2026-01-01"))
    text = " ".join(drawn(out, monkeypatch))
    for display in DISPLAY.values():
        assert display in text
    assert not {"7/24", "%5.1", "123-ABC"} & set(text.split())
