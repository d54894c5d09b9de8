"""The report PDF read back: sound, fonts embedded, every section, bookmarks, page numbers, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from cxdesigner.domain.improvements import Improvement
from cxdesigner.domain.quality import QualityRequirement, Status, status
from cxdesigner.export.report import ReportOptions, write_report
from cxdesigner.export.report_style import para_text
from tests.export import pdfcheck
from tests.export.samples import sample


@pytest.fixture(scope="module")
def ru_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("report") / "ru.pdf"
    result = write_report(sample("ru"), path, ReportOptions(date="2026-05-01"))
    return path, result.pages


@pytest.fixture(scope="module")
def ru_text(ru_report: tuple[Path, int]) -> str:
    return pdfcheck.text(ru_report[0])


def test_the_report_is_sound_with_embedded_fonts_on_a4(ru_report: tuple[Path, int]) -> None:
    path, pages = ru_report
    pdfcheck.qpdf_check(path)
    fonts = pdfcheck.fonts(path)
    assert fonts and all(emb == "yes" and "DejaVuSans" in name for name, _, emb in fonts)
    sizes = pdfcheck.page_sizes(path)
    assert len(sizes) == pages > 3 and all(s == pytest.approx(A4, abs=0.01) for s in sizes)


def test_russian_titles_and_sections_come_back_exactly(ru_text: str) -> None:
    journey = sample("ru")
    lines = {line.strip() for line in ru_text.splitlines()}
    flat = pdfcheck.squeeze(ru_text)
    for heading in ("Сводка", "Кривая эмоций", "Этапы", "Запланированные улучшения", "Худшие моменты"):
        assert heading in lines
    for i, stage in enumerate(journey.stages(), start=1):
        assert f"{i}. {stage.title}" in lines
    for tp in journey.touchpoints():
        assert pdfcheck.squeeze(tp.title) in flat
    for req in journey.all(QualityRequirement):
        assert pdfcheck.squeeze(req.text) in flat
    for improvement in journey.all(Improvement):
        assert pdfcheck.squeeze(improvement.title) in flat
    assert pdfcheck.squeeze(journey.info.title) in flat


def test_the_summary_counts_and_names_the_failing_requirements(ru_report: tuple[Path, int]) -> None:
    journey = sample("ru")
    summary = pdfcheck.squeeze(pdfcheck.text(ru_report[0], 3, 3))  # page 2 is for management
    assert f"Точки контакта {journey.count(type(journey.touchpoints()[0]))}" in summary
    failing = [r for r in journey.all(QualityRequirement) if status(r) is Status.NOT_MET]
    assert failing and all(pdfcheck.squeeze(r.text) in summary for r in failing[:5])
    assert "Средняя эмоция по персонам" in summary


def test_every_page_but_the_cover_says_page_n_of_m(ru_report: tuple[Path, int]) -> None:
    path, pages = ru_report
    texts = pdfcheck.text(path).split("\f")[:pages]
    assert "Страница" not in texts[0]
    for n, text in enumerate(texts[1:], start=2):
        assert f"Страница {n} из {pages}" in text


def test_bookmarks_for_every_stage_and_document_metadata(ru_report: tuple[Path, int]) -> None:
    reader = PdfReader(str(ru_report[0]))
    titles = []

    def walk(items) -> None:  # noqa: ANN001 - pypdf's nested outline list
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    journey = sample("ru")
    assert [f"{i}. {s.title}" for i, s in enumerate(journey.stages(), start=1)] == [
        t for t in titles if t[:1].isdigit()
    ]
    assert {"Сводка", "Этапы", "Кривая эмоций"} <= set(titles)
    meta = pdfcheck.metadata(ru_report[0])
    assert meta["/Title"] == journey.info.title and meta["/Author"] == "CX Designer"
    assert meta["/Subject"] == "Отчёт по карте пути клиента" and meta["/Creator"].startswith("CX Designer")


def test_paper_orientation_and_language(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_report(sample("ru"), out, ReportOptions(paper="Letter", landscape=True, language="en"))
    assert all(s == pytest.approx((LETTER[1], LETTER[0]), abs=0.01) for s in pdfcheck.page_sizes(out))
    text = pdfcheck.text(out)
    assert "Summary" in text and "Page 2 of" in text and "Сводка" not in text


def test_user_text_becomes_literal_markup() -> None:
    assert para_text('<b>x</b> & "y"') == '&lt;b&gt;x&lt;/b&gt; &amp; "y"'
    assert para_text("a\nb\x00c") == "a<br/>b c"
    assert para_text("🎉") == "\ufffd"
    assert para_text("x" * 30, limit=10) == "x" * 10 + "…"


def test_a_map_without_emotions_or_improvements_still_reports(tmp_path: Path) -> None:
    from cxdesigner.domain import templates

    out = tmp_path / "blank.pdf"
    result = write_report(templates.blank("Пусто", "ru"), out)
    pdfcheck.qpdf_check(out)
    text = pdfcheck.text(out)
    assert result.pages >= 2 and "Улучшения не запланированы." in text and "Требований к качеству пока нет." in text


def test_the_collector_is_paused_while_the_report_is_written_and_runs_again_after(tmp_path: Path) -> None:
    import gc

    seen: list[bool] = []
    assert gc.isenabled()
    write_report(sample("en"), tmp_path / "r.pdf", progress=lambda done, total: seen.append(gc.isenabled()))
    assert seen and not any(seen)  # no full pass over the map's objects while its stages are laid out
    assert gc.isenabled()
