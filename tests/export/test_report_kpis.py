"""The report's KPI page: the business case, each KPI's line and reviews, its chart, and the finding."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain import templates
from cxdesigner.domain.kpis import Kpi
from cxdesigner.export.report import ReportOptions, write_report
from cxdesigner.export.report_kpis import chart


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_the_kpi_page_prints_the_case_the_line_each_review_and_the_finding(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(templates.build("sample"), out, ReportOptions(date="2025-05-01"))
    page = _pages(out)[-1]
    assert page.startswith("Business cases and KPIs Switch to a wash-proof print supplier")
    assert "Cost 120,000 · expected benefit 300,000 a year · serves: The print fades after the first wash; Loyal" in (
        page
    )
    assert "Orders returned for a faded print (%) from 6 % on 2025-01-01 to 2 %" in page
    assert "Measures the CX strategy's Consistency" in page
    assert "Review 2025-04-01: 4.1 % against 4.01 %, behind" in page
    assert "Review 2025-07-01: 4.1 % against 2 %, behind" in page  # the latest value so far, before the review
    assert "is behind its line: 4.1 % at the review of 2025-04-01" in page  # only April has passed on 1 May
    management = next(p for p in _pages(out) if "CX strategy" in p)
    assert "Consistency 2/5 (KPI: Orders returned for a faded print) · Convenience 3/5" in management


def test_the_russian_page_and_no_page_without_cases_or_kpis(tmp_path: Path) -> None:
    out = tmp_path / "ru.pdf"
    write_report(templates.build("sample", language="ru"), out, ReportOptions(date="2025-08-01"))
    page = _pages(out)[-1]
    assert page.startswith("Обоснования и ключевые показатели (KPI)")
    assert "Пересмотр 2025-07-01: 4,1 % при плане 2 %, отстаёт" in page
    bare = templates.build("online-shop")
    plain = tmp_path / "plain.pdf"
    write_report(bare, plain)
    assert not any("Business cases and KPIs" in p for p in _pages(plain))


def test_the_chart_draws_the_line_falling_to_the_target_and_the_points_behind_it_red() -> None:
    journey = templates.build("sample")
    (kpi,) = journey.all(Kpi)
    drawing = chart(journey, kpi)
    shapes = drawing.contents
    plan = next(s for s in shapes if type(s).__name__ == "PolyLine" and s.strokeDashArray)
    assert plan.points[1] > plan.points[3]  # from the baseline (top) down to the target
    dots = [s for s in shapes if type(s).__name__ == "Circle"]
    assert [d.fillColor.hexval() for d in dots] == ["0x2b8a3e", "0xc92a2a", "0xc92a2a"]  # on track, behind, behind
