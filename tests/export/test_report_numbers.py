"""The report writes numbers the way the map's language does: "+0,5" in Russian, "+0.5" in English."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain.numbers import integer, number
from cxdesigner.export.report import ReportOptions, write_report
from tests.export.small_maps import two_cards


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_numbers_by_language() -> None:
    assert number(0.25, "ru", signed=True) == "+0,2"  # Python rounds half to even, like printf
    assert number(-1.25, "ru", 2, signed=True) == "\u22121,25"
    assert number(-0.04, "en", signed=True) == "+0.0"
    assert integer(12000, "ru") == "12\u00a0000" and integer(12000, "en") == "12,000"
    assert number(9.0, "ru", 2, trim=True) == "9" and number(4.5, "ru", 2, trim=True) == "4,5"


def test_a_russian_report_has_decimal_commas(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    write_report(two_cards("ru"), out)
    text = _text(out)
    # both means over the one card that has both: designed +1, measured +1.5
    assert "целевая +1,0, измеренная +1,5 (точек контакта, где есть обе: 1; шкала" in text
    assert "4,5 по шкале 1–5" in text
    assert "+1.0" not in text and "4.5" not in text


def test_an_english_report_has_decimal_points(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_report(two_cards("ru"), out, ReportOptions(language="en"))
    text = _text(out)
    assert "designed +1.0, measured +1.5, over the 1 touchpoints with both" in text and "4.5 on 1–5" in text


def test_nps_and_csat_are_printed_beside_the_emotion_they_imply(tmp_path: Path) -> None:
    from cxdesigner.domain.feedback import FeedbackItem

    journey = two_cards("ru")
    for n, score in enumerate((10, 9, 5)):  # two promoters, one detractor: NPS +33
        journey.add(FeedbackItem(id=f"n{n}", touchpoint_id="t1", score=score, scale_min=0, scale_max=10))
    out = tmp_path / "ru.pdf"
    write_report(journey, out)
    text = " ".join(_text(out).split())
    assert "Голос клиента: CSAT 100 % довольных (ответов по шкале 1–5: 1) · эмоция +1,5" in text
    assert "Голос клиента: NPS +33 (ответов по шкале 0–10: 3) · эмоция +1,2" in text  # (2 + 1.6 + 0) / 3


def test_a_number_asked_again_in_another_language_or_way_is_written_that_way() -> None:
    assert number(-1234.5, "en") == "\u22121,234.5"
    assert number(-1234.5, "ru") == "\u22121\u00a0234,5"  # kept answers are per language
    assert number(-1234.5, "en", 0) == "\u22121,234"  # and per number of decimals
    assert number(0.0, "en", signed=True) == "+0.0" and number(-0.0, "en") == "0.0"
