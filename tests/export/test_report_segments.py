"""The report's customer segment section: the newest analysis, its change, and the losing-the-best finding."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export.report import write_report
from tests.domain.test_base_trend import _add


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_segments_their_change_and_the_finding_are_printed(tmp_path: Path, journey: JourneyMap) -> None:
    _add(journey, "before", "2024-09-30", (100, 50, 150, 100, 200), [5000, 1000, 3000, 500, 500])
    _add(journey, "after", "2025-03-31", (70, 90, 150, 110, 180), [3500, 2000, 3000, 500, 500])
    out = tmp_path / "report.pdf"
    write_report(journey, out)
    text = _text(out)
    assert "Customer segments" in text and "RFM analysis of 600 customers as of 2025-03-31" in text
    assert "true loyalty 70 (12 %) 37 %" in text  # customers (share), share of revenue
    assert "−30 customers, −1,500 revenue" in text or "-30 customers, -1,500 revenue" in text
    assert "The change is counted from the analysis as of 2024-09-30." in text
    assert "The base is losing its best customers" in text


def test_no_analysis_no_section(tmp_path: Path, journey: JourneyMap) -> None:
    out = tmp_path / "report.pdf"
    write_report(journey, out)
    assert "Customer segments" not in _text(out)


def test_each_segment_s_contact_policy_and_the_50_50_finding_are_printed(tmp_path: Path) -> None:
    from cxdesigner.domain import templates

    out = tmp_path / "report.pdf"
    write_report(templates.build("sample"), out)
    text = _text(out)
    assert "Contact and content policy" in text
    assert "New or promising Social network 8.0; Advert 4.0 17 : 83 %" in text
    assert "Loyal Messenger 2.0; Social network 4.0 53 : 47 %" in text
    assert "New or promising: the contact policy is mostly offers (17 % useful, 83 % offers)" in text
    ru = tmp_path / "ru.pdf"
    write_report(templates.build("sample", language="ru"), ru)
    assert "Контактная и контент-политика" in _text(ru)


def test_a_policy_without_an_analysis_still_has_its_section(tmp_path: Path, journey: JourneyMap) -> None:
    from cxdesigner.domain.contact_policy import ContactPolicy
    from cxdesigner.domain.entities import Channel

    journey.add(ContactPolicy(id="p", segment_key="lost", channel=Channel.WEBSITE, per_month=0.5, useful=0.5))
    out = tmp_path / "report.pdf"
    write_report(journey, out)
    text = _text(out)
    assert "Customer segments" in text and "Lost or sleeping Website 0.5 50 : 50 %" in text
    assert "RFM analysis" not in text


def test_the_russian_sample_s_segment_names_and_headers_keep_whole_words(tmp_path: Path) -> None:
    from cxdesigner.domain.sample import build

    out = tmp_path / "report.pdf"
    write_report(build(language="ru"), out)
    text = _text(out)
    for words in ("Новые и перспективные 90 (15 %)", "Истинная лояльность 109 (18 %)", "Клиенты Выручка В среднем"):
        assert words in text
