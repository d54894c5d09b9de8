"""The JSON exchange format: canonical text, byte-identical round trips, and errors that name path and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.domain.entities import Flow, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KINDS
from cxdesigner.io import json_format
from cxdesigner.io.errors import FormatError
from cxdesigner.paths import resource_path
from cxdesigner.storage.migrations import SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore
from tests.io.generated import generated_map, template_maps

SAMPLES = sorted(resource_path().glob("samples/*.cxd")) if resource_path().exists() else []


def _via_project(text: str, path: Path) -> str:
    """JSON -> .cxd on disk -> reopened -> JSON."""
    ProjectStore.create(path, json_format.loads(text)).close()
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return json_format.dumps(journey)


def _maps() -> dict[str, JourneyMap]:
    maps = template_maps()
    for sample in SAMPLES:
        store, maps[sample.name] = ProjectStore.open_file(sample, read_only=True)
        store.close()
    return maps


@pytest.mark.parametrize("name", sorted(_maps()))
def test_round_trip_through_a_project_file_is_byte_identical(name: str, tmp_path: Path) -> None:
    first = json_format.dumps(_maps()[name])
    assert _via_project(first, tmp_path / "a.cxd") == first


def test_large_generated_map_round_trips_byte_identical(tmp_path: Path) -> None:
    journey = generated_map(3000)
    path = tmp_path / "large.cxd"
    ProjectStore.create(path, journey).close()
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    first = json_format.dumps(reopened)
    assert first == json_format.dumps(journey)
    assert _via_project(first, tmp_path / "again.cxd") == first
    doc = json.loads(first)
    assert len(doc["touchpoints"]) == 3000 and doc["emotions"] and doc["flows"]


def test_canonical_shape_and_text() -> None:
    journey = generated_map(60)
    text = json_format.dumps(journey)
    doc = json.loads(text)
    assert list(doc) == ["format", "version", "map", *(k.name for k in KINDS[1:])]
    assert doc["format"] == "cxdesigner" and doc["version"] == SCHEMA_VERSION
    assert list(doc["touchpoints"][0]) == [
        "id", "stage_id", "lane_id", "title", "order", "description", "channel", "direct", "physical",
        "owner", "moment_of_truth", "evidence", "notes", "color",
    ]  # fmt: skip
    tps = doc["touchpoints"]
    assert [(t["order"], t["id"]) for t in tps] == sorted((t["order"], t["id"]) for t in tps)
    assert [f["id"] for f in doc["flows"]] == sorted(f["id"] for f in doc["flows"])
    assert text.endswith("}\n") and '\n  "stages": [\n    {\n      "id"' in text
    assert "Ёлка" in text or "עברית" in text  # not \u-escaped
    assert "0.30000000000000004" in text  # floats written with repr


def test_the_text_does_not_depend_on_insertion_order() -> None:
    journey = generated_map(40)
    shuffled = JourneyMap(journey.info)
    rank = {k.cls: i for i, k in enumerate(KINDS)}
    others = [e for e in journey.entities() if e is not journey.info]
    shuffled.load(sorted(others, key=lambda e: (rank[type(e)], e.id[::-1])))
    assert json_format.dumps(shuffled) == json_format.dumps(journey)


def _doc(journey: JourneyMap | None = None) -> dict:
    return json.loads(json_format.dumps(journey or generated_map(10)))


@pytest.mark.parametrize(
    ("mutate", "where", "what"),
    [
        (lambda d: d["stages"][3].update(width="wide"), "stages[3].width", "not a number"),
        (lambda d: d["stages"][2].update(width=-1.0), "stages[2].width", "positive size"),
        (lambda d: d["touchpoints"][1].update(channel="pigeon"), "touchpoints[1].channel", "'pigeon' is not one of"),
        (lambda d: d["touchpoints"][0].update(stage_id="nope"), "touchpoints[0].stage_id", "refers to a missing"),
        (lambda d: d["touchpoints"][4].update(direct=2), "touchpoints[4].direct", "yes/no"),
        (lambda d: d["touchpoints"][2].pop("stage_id"), "touchpoints[2].stage_id", "missing"),
        (lambda d: d["touchpoints"][2].update(colour="red"), "touchpoints[2].colour", "unknown field"),
        (lambda d: d["emotions"][0].update(designed=5), "emotions[0].designed", "between -2 and 2"),
        (lambda d: d["emotions"][0].update(designed=1.5), "emotions[0].designed", "whole number"),
        (lambda d: d["flows"][0].update(share=2.0), "flows[0].share", "between 0 and 1"),
        (lambda d: d["lanes"].append(dict(d["lanes"][0])), "lanes[7].id", "already used"),
        (lambda d: d["map"].update(title=None), "map.title", "empty"),
        (lambda d: d.update(version=SCHEMA_VERSION + 1), "version", "newer CX Designer"),
        (lambda d: d.update(format="other"), "format", "not a CX Designer map"),
        (lambda d: d.update(extra=[]), "extra", "unknown key"),
        (lambda d: d.update(stages={}), "stages", "not a list"),
        (lambda d: d["personas"].__setitem__(0, "x"), "personas[0]", "not an object"),
    ],
)
def test_errors_name_path_and_field(mutate, where: str, what: str) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(FormatError) as caught:
        json_format.loads(json.dumps(doc))
    assert caught.value.where == where
    assert what in caught.value.what
    assert str(caught.value).startswith(f"{where}: ")


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ('{"format": "cxdesigner",\n "version": 1,\n}', "line 3, column 1", "Expecting property name"),
        ('{"format": "cxdesigner", "format": "cxdesigner"}', "", "appears twice"),
        ('{"format": "cxdesigner", "version": 1, "map": {"id": "m", "title": NaN}}', "", "NaN"),
        ('{"format": "cxdesigner", "version": 1, "map": {"id": "m", "title": 1e999}}', "", "1e999"),
        ("[" * 100000, "", "nested too deeply"),
        (b"\xff\xfe{}", "byte 0", "UTF-8"),
    ],
)
def test_broken_text_is_one_error(text: str | bytes, where: str, what: str) -> None:
    with pytest.raises(FormatError) as caught:
        json_format.loads(text)
    assert caught.value.where == where and what in caught.value.what


def test_missing_lists_and_defaulted_fields_are_allowed() -> None:
    text = json.dumps(
        {
            "format": "cxdesigner",
            "version": 1,
            "map": {"id": "m"},
            "stages": [{"id": "s", "title": "Need"}],
            "lanes": [{"id": "l"}],
            "touchpoints": [{"id": "t", "stage_id": "s", "lane_id": "l", "title": "Advert", "direct": False}],
        }
    )
    journey = json_format.loads(text)
    tp = journey.get(Touchpoint, "t")
    assert tp.title == "Advert" and tp.direct is False and journey.get(Stage, "s").width == Stage("x").width
    assert journey.count(Flow) == 0


def test_non_finite_numbers_never_reach_the_export() -> None:
    journey = generated_map(5)
    stage = journey.stages()[0]
    with pytest.raises(ValueError, match="positive size"):  # the model refuses them at the boundary
        journey.update(Stage, stage.id, width=float("inf"))
    assert "inf" not in json_format.dumps(journey).lower().replace("info", "")


def test_saved_views_round_trip_byte_identical_through_json_and_a_project(tmp_path: Path) -> None:
    store, journey = ProjectStore.open_file(Path(resource_path("samples", "tshirt-shop.cxd")), read_only=True)
    store.close()
    text = json_format.dumps(journey)
    doc = json.loads(text)
    assert [v["name"] for v in doc["saved_views"]] == ["The customer's side", "The student, as measured"]
    assert doc["saved_views"][1]["emotion_mode"] == "measured" and len(doc["view_steps"]) > 3
    assert {"view_personas", "view_lanes"} <= set(doc)
    path = tmp_path / "again.cxd"
    ProjectStore.create(path, json_format.loads(text)).close()
    store, again = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert json_format.dumps(again) == text
    bad = text.replace('"emotion_mode": "measured"', '"emotion_mode": "rosy"')
    with pytest.raises(FormatError, match=r"saved_views\[1\]\.emotion_mode"):
        json_format.loads(bad)
