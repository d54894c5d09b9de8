"""The report of a 300-stage, 3,000-touchpoint map: written once, read back in several ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export.report import ReportOptions, ReportResult, write_report
from tests.export import pdfcheck
from tests.export.maps import RUSSIAN_TITLE, large_map


@pytest.fixture(scope="module")
def big() -> JourneyMap:
    return large_map()


@pytest.fixture(scope="module")
def report(big: JourneyMap, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReportResult]:
    path = tmp_path_factory.mktemp("large") / "report.pdf"
    return path, write_report(big, path, ReportOptions(date="2026-05-01"))


@pytest.fixture(scope="module")
def text(report: tuple[Path, ReportResult]) -> str:
    return pdfcheck.text(report[0])


def test_sound_embedded_and_a4(report: tuple[Path, ReportResult]) -> None:
    path, result = report
    pdfcheck.qpdf_check(path)
    assert all(emb == "yes" for _, _, emb in pdfcheck.fonts(path))
    sizes = pdfcheck.page_sizes(path)
    assert len(sizes) == result.pages > 100
    assert all(size == pytest.approx(A4, abs=0.01) for size in sizes)


def test_every_russian_stage_and_touchpoint_comes_back(text: str, big: JourneyMap) -> None:
    lines = {line.strip() for line in text.splitlines()}
    assert RUSSIAN_TITLE in pdfcheck.squeeze(text.split("\f")[0])  # the cover wraps it over two lines
    assert all(f"{i}. {s.title}" in lines for i, s in enumerate(big.stages(), start=1))
    flat = pdfcheck.squeeze(text)
    assert all(tp.title in flat for tp in big.touchpoints())


def test_one_bookmark_per_stage_and_the_last_page_number(report: tuple[Path, ReportResult], text: str) -> None:
    path, result = report
    outline = PdfReader(str(path)).outline
    stages = next(item for i, item in enumerate(outline) if isinstance(item, list) and i > 0)
    assert len(stages) == 300
    assert f"Страница {result.pages} из {result.pages}" in text.split("\f")[result.pages - 1]
