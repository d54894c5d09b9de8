"""``cxdesigner diff`` prints the complete revision comparison (the Revisions panel's and the report's), in the
map's language, before the field-by-field lines; worked out by hand on the small map."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.entities import MapInfo, Persona
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.storage.store import ProjectStore


def _write(path: Path, journey: JourneyMap) -> Path:
    ProjectStore.create(path, journey).close()
    return path


def _two_mappings(journey: JourneyMap, tmp_path: Path, language: str) -> tuple[Path, Path]:
    """Before: one 5 of 1..5 (+2.0) at the website, answers in 240 minutes. After: a complaint at 1 (−2.0) moves
    the persona's mean to 0.0, answers take 120 minutes (now met), the improvement is done, its barrier closed."""
    journey.put(dataclasses.replace(journey.info, language=language))
    site = next(t for t in journey.touchpoints() if t.title == "Website")
    p = journey.add(Persona(id="p", name="Masha", color="#1864ab"))
    journey.add(FeedbackItem(id="f1", touchpoint_id=site.id, score=5, persona_id=p.id, text="Great"))
    journey.add(
        QualityRequirement(
            id="r", touchpoint_id=site.id, text="Answer time", comparison=Comparison.AT_MOST, target="180",
            unit="min", measured="240",
        )
    )  # fmt: skip
    barrier = journey.add(Barrier(id="b", touchpoint_id=site.id, description="Slow answers"))
    journey.add(Improvement(id="i", title="Answer within the hour", status=ImprovementStatus.IN_PROGRESS))
    before = _write(tmp_path / "before.cxd", journey)
    journey.add(
        FeedbackItem(
            id="f2", touchpoint_id=site.id, source=FeedbackSource.COMPLAINT, score=1, persona_id=p.id, text="No answer"
        )
    )
    journey.update(QualityRequirement, "r", measured="120", checked_on="2026-06-01")
    journey.update(Improvement, "i", status=ImprovementStatus.DONE)
    journey.delete([barrier.id])
    return before, _write(tmp_path / "after.cxd", journey)


def test_the_diff_says_what_the_revisions_panel_says(journey: JourneyMap, tmp_path: Path, capsys) -> None:
    before, after = _two_mappings(journey, tmp_path, "en")
    assert main(["diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out.splitlines()
    blank = out.index("")
    assert out[:blank] == [
        "Requirement status changes (1):",
        "  “Website”: Answer time: not met → met",
        "Measured value changes (1):",
        "  “Website”: Answer time: 240 → 120 min",
        "Measured emotion changes (2):",
        "  “Website”, all customers: +2.0 → +0.0",
        "  “Website”, Masha: +2.0 → +0.0",
        "Feedback added (1):",
        "  “Website”: No answer (1)",
        "Barriers closed (1):",
        "  Slow answers (“Website”)",
        "Improvement status changes (1):",
        "  “Answer within the hour”: in progress → done",
    ]
    assert "Barrier “Slow answers” at “Website” removed" in out[blank + 1 :]  # then entity by entity


def test_a_russian_map_is_compared_in_russian_with_decimal_commas(journey: JourneyMap, tmp_path: Path, capsys) -> None:
    before, after = _two_mappings(journey, tmp_path, "ru")
    assert main(["diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert "Изменились измеренные эмоции (2):\n  «Website», все клиенты: +2,0 → +0,0\n" in out
    assert "Изменился статус требований (1):\n  «Website»: Answer time: не выполнено → выполнено\n" in out
    assert "Закрытые барьеры (1):\n  Slow answers («Website»)\n" in out
    assert "«Answer within the hour»: в работе → сделано" in out


def test_json_holds_the_comparison_and_the_differences(journey: JourneyMap, tmp_path: Path, capsys) -> None:
    before, after = _two_mappings(journey, tmp_path, "en")
    assert main(["diff", str(before), str(after), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    groups = {g["group"]: g for g in data["comparison"]}
    assert groups["values"]["heading"] == "Measured value changes"
    site = next(t for t in journey.touchpoints() if t.title == "Website")
    assert groups["values"]["lines"] == [{"text": "“Website”: Answer time: 240 → 120 min", "ids": [site.id]}]
    assert {d["kind"] for d in data["differences"]} >= {"feedback_items", "barriers", "quality_requirements"}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_same_map_prints_nothing(journey: JourneyMap, tmp_path: Path, capsys, language: str) -> None:
    journey.put(MapInfo(id=journey.info.id, title=journey.info.title, language=language))
    a = _write(tmp_path / "a.cxd", journey)
    assert main(["diff", str(a), str(a)]) == 0
    assert capsys.readouterr().out == ""
