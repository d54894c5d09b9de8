"""``cxdesigner diff``: what changed between two maps, in words, with diff(1)'s exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.entities import Emotion, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.revisions import differences
from cxdesigner.io import json_format, samples
from cxdesigner.io.snapshots import take
from cxdesigner.storage.store import ProjectStore


def write(path: Path, journey: JourneyMap) -> Path:
    ProjectStore.create(path, journey).close()
    return path


def by_title(journey: JourneyMap, title: str) -> Touchpoint:
    return next(t for t in journey.touchpoints() if t.title == title)


def test_the_same_map_has_no_differences_and_exits_0(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    a = write(tmp_path / "a.cxd", journey)
    assert main(["diff", str(a), str(a)]) == 0
    assert capsys.readouterr().out == ""


def test_a_retitled_touchpoint_is_named_with_both_titles(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    a = write(tmp_path / "a.cxd", journey)
    site = by_title(journey, "Website")
    journey.update(Touchpoint, site.id, title="Online shop", owner="Anna")
    b = write(tmp_path / "b.cxd", journey)
    assert main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out.splitlines()
    head = "Touchpoint “Online shop” (Search / Touchpoints) changed"
    assert out == [
        "Touchpoints changed (1):",
        "  “Online shop”: title, owner",
        "",
        f"{head}: title “Website” → “Online shop”; owner “” → “Anna”",
    ]


def test_every_kind_added_and_removed_is_listed(tmp_path: Path, capsys) -> None:
    earlier = samples.build_template("sample")
    later = samples.build_template("sample")
    gone = by_title(later, "First wash")
    later.delete([gone.id])
    persona = later.personas()[0]
    tp = later.add(Touchpoint(id=new_id(), stage_id=gone.stage_id, lane_id=gone.lane_id, title="Second wash"))
    later.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=-1))
    a, b = write(tmp_path / "a.cxd", earlier), write(tmp_path / "b.cxd", later)
    assert main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "Touchpoint “Second wash” (Use / Customer actions) added" in out
    assert "Touchpoint “First wash” (Use / Customer actions) removed" in out
    assert f"Emotion of “{persona.name}” at “Second wash” added" in out
    assert "Flow “First wash” → " in out  # the flows went with the card, named by the cards they joined
    assert "Barrier “The print fades after the first wash” at “First wash” removed" in out


def test_json_gives_stored_values_field_by_field(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    a = tmp_path / "a.json"
    a.write_text(json_format.dumps(journey), encoding="utf-8")
    site = by_title(journey, "Website")
    journey.update(Touchpoint, site.id, moment_of_truth=True)
    b = write(tmp_path / "b.cxd", journey)
    assert main(["diff", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["comparison"] == [
        {
            "group": "changed",
            "heading": "Touchpoints changed",
            "lines": [{"text": "“Website”: moment of truth", "ids": [site.id]}],
        }
    ]
    (item,) = data["differences"]
    assert item["kind"] == "touchpoints" and item["id"] == site.id and item["change"] == "changed"
    assert item["fields"] == [{"name": "moment_of_truth", "old": 0, "new": 1}]
    assert "moment of truth no → yes" in item["text"]


def test_a_snapshot_inside_a_file_is_named_by_label(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    journey.add(take(journey, "before the workshop"))
    site = by_title(journey, "Website")
    journey.update(Touchpoint, site.id, title="Shop online")
    a = write(tmp_path / "a.cxd", journey)
    assert main(["diff", f"{a}@before the workshop", str(a)]) == 1
    out = capsys.readouterr().out
    assert "title “Website” → “Shop online”" in out
    assert "Snapshot “before the workshop” added" in out  # the snapshot itself holds no snapshots


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("missing.cxd", "missing.cxd does not exist"),
        ("a.cxd@autumn", "has no snapshot “autumn”"),
        ("junk.txt", "neither a project nor a map in JSON"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(tmp_path: Path, journey: JourneyMap, capsys, spec, says) -> None:
    write(tmp_path / "a.cxd", journey)
    (tmp_path / "junk.txt").write_text("not a map", encoding="utf-8")
    assert main(["diff", str(tmp_path / spec), str(tmp_path / "a.cxd")]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1


def test_differences_cover_the_map_record(journey: JourneyMap) -> None:
    other = json_format.loads(json_format.dumps(journey))
    other.put(type(other.info)(id=other.info.id, title="Shop, spring", language=other.info.language))
    (diff,) = differences(journey, other)
    assert diff.kind == "map_info" and [f.name for f in diff.fields] == ["title"]


def test_textconv_prints_the_canonical_json(tmp_path: Path, journey: JourneyMap, capsys) -> None:
    a = write(tmp_path / "a.cxd", journey)
    assert main(["textconv", str(a)]) == 0
    assert capsys.readouterr().out == json_format.dumps(journey)
