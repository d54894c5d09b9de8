"""``cxdesigner check``: findings as text and as JSON; a bad file exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore


def _project(tmp_path: Path, journey: JourneyMap) -> tuple[Path, dict[str, str]]:
    for tp in journey.touchpoints():
        if tp.title != "Seller":
            journey.update(Touchpoint, tp.id, owner="Shop")
    path = tmp_path / "shop.cxd"
    ProjectStore.create(path, journey).close()
    return path, {tp.title: tp.id for tp in journey.touchpoints()}


def test_check_json_lists_findings_with_their_keys(
    tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = _project(tmp_path, journey)
    assert main(["check", str(path), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert isinstance(findings, list) and findings
    assert all(set(f) - {"value"} == {"kind", "severity", "message", "ids"} for f in findings)
    by_kind = {f["kind"]: f for f in findings}
    assert by_kind["path_count"] == {
        "kind": "path_count",
        "severity": "info",
        "message": "1 path leads from 1 entry to 1 exit.",
        "ids": [],
        "value": 1,
    }
    assert by_kind["no_owner"] == {
        "kind": "no_owner",
        "severity": "warning",
        "message": "No one owns “Seller”.",
        "ids": [ids["Seller"]],
    }
    assert by_kind["entry"]["ids"] == [ids["Advert"]] and by_kind["entry"]["severity"] == "info"
    reach = [f for f in findings if f["kind"] == "reach"]
    assert [f["value"] for f in reach] == [1.0] * 4 + [0.0] * 4  # the four cards of stages 1-4 in a line
    # The four cards sit in stages 1-4 of 8: stages 5-8 are empty; the bag is the exit, in the last stage used.
    assert sum(f["kind"] == "empty_stage" for f in findings) == 4
    assert by_kind["exit"]["ids"] == [ids["Bag"]] and "dead_end" not in by_kind
    # No touchpoint has a quality requirement yet.
    assert sorted(i for f in findings if f["kind"] == "no_requirement" for i in f["ids"]) == sorted(ids.values())


def test_check_text_prints_one_line_per_finding(
    tmp_path: Path, journey: JourneyMap, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = _project(tmp_path, journey)
    assert main(["check", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "warning  No one owns “Seller”." in lines
    assert lines[-1] == "1 path; 0 errors, 9 warnings, 12 notes"  # entry, exit, paths, 8 reaches, no mapping dated


def test_check_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.cxd"
    bad.write_text("not a project")
    assert main(["check", str(bad), "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.cxd" in err[0]


def test_check_speaks_the_russian_map_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Russian map's findings, severities and totals are Russian, numbers with a decimal comma."""
    path = tmp_path / "ru.cxd"
    assert main(["new", str(path), "--template", "sample", "--language", "ru"]) == 0
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "внимание  У точки контакта «Услышал от друга» нет ответственного." in lines
    assert "заметка   Клиенты приходят через «Услышал от друга»." in lines
    assert "Больше всего передач (9) на пути «Увидел рекламу в Instagram»" in out
    assert "(средняя эмоция −0,2)" in out and "заметка   8 путей от 2 входов к 2 выходам." in lines
    assert lines[-1].startswith("8 путей; ошибок: 0, предупреждений: ")
    english = [w for w in ("warning", "info", "Customers", "path", "No one owns") if w in out]
    assert not english


def test_check_names_a_contact_policy_far_from_half_useful_half_offer(tmp_path: Path, capsys) -> None:
    path = tmp_path / "sample.cxd"
    assert main(["new", str(path), "--template", "sample"]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    found = [f for f in json.loads(capsys.readouterr().out) if f["kind"] == "content_mix"]
    assert len(found) == 1 and found[0]["severity"] == "warning" and round(found[0]["value"], 3) == 0.167
    assert found[0]["message"].startswith("New or promising: the contact policy is mostly offers")
