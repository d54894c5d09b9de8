"""The report's page for management, read back as PDF text in English and Russian."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus
from cxdesigner.domain.personas import Expectation
from cxdesigner.domain.strategy import StrategyScore
from cxdesigner.export.report import ReportOptions, write_report
from cxdesigner.io import snapshots
from tests.export.small_maps import two_cards


def _page(path: Path, n: int) -> str:
    return " ".join(PdfReader(path).pages[n - 1].extract_text().split())


def _worked():  # noqa: ANN202
    """The two-card map with scores 4 and 2 (internal mean 3.0), n/a for technology; Маша has 6 of 9
    expectations met (loyal). A snapshot, then: a barrier closed, an improvement done, a new barrier."""
    journey = two_cards("ru")
    journey.add(StrategyScore(id="s1", key="design", score=4))
    journey.add(StrategyScore(id="s2", key="data", score=2))
    journey.add(StrategyScore(id="s3", key="technology", score=None))
    for i in range(9):
        journey.add(Expectation(id=f"x{i}", persona_id="p1", text=f"E{i}", order=float(i), met=i < 6))
    journey.add(Barrier(id="b1", touchpoint_id="t0", description="Queue"))
    journey.add(Improvement(id="i1", title="Second till", status=ImprovementStatus.PLANNED))
    journey.add(snapshots.take(journey, "Spring"))
    journey.delete(["b1"])
    journey.update(Improvement, "i1", status=ImprovementStatus.DONE)
    journey.add(Barrier(id="b2", touchpoint_id="t1", description="No parking"))
    return journey


def test_the_management_page_in_english(tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    write_report(_worked(), out, ReportOptions(language="en"))
    page = _page(out, 2)
    assert page.startswith("Management summary CX strategy checklist")
    assert "Internal / operational: 3.0 of 5 (2 of 5 scored)" in page
    assert "Design 4/5 · Technology n/a · Data 2/5" in page
    assert "Маша: 6 of 9 met: the truly loyal segment stays" in page
    assert "Compared with “Spring” of" in page
    assert "New barrier: No parking (“Card 1”)" in page
    assert "Improvement done: “Second till”" in page and "Barrier closed: Queue (“Card 0”)" in page


def test_the_management_page_in_russian_and_a_persona_at_risk(tmp_path: Path) -> None:
    journey = _worked()
    journey.update(Expectation, "x0", met=False)
    out = tmp_path / "ru.pdf"
    write_report(journey, out)
    page = _page(out, 2)
    assert page.startswith("Сводка для руководства Чек-лист CX-стратегии")
    assert "Внутренние / операционные: 3,0 из 5 (оценено 2 из 5)" in page
    assert "Маша: выполнено 5 из 9, нужно 6: истинно лояльный сегмент под угрозой" in page
    assert "Новый барьер: No parking («Card 1»)" in page and "Барьер закрыт: Queue («Card 0»)" in page


def test_without_a_snapshot_the_page_says_how_to_compare_next_time(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    write_report(two_cards("en"), out)
    page = _page(out, 2)
    assert "The strategy checklist has not been scored yet." in page
    assert "No earlier mapping is kept in this file" in page and "no expectations listed" in page
