"""Pictures go into the project file as BLOBs and come back byte for byte; the JSON carries them as base64."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.domain.pictures import Picture
from cxdesigner.io import json_format
from cxdesigner.io.errors import FormatError
from cxdesigner.storage.store import ProjectStore
from tests.conftest import small_map
from tests.picture_bytes import picture


def _with_pictures():
    journey = small_map()
    tp = journey.touchpoints()[0]
    first = journey.add(picture(tp.id, 12, 8, caption="Стенд у входа", order=1.0))
    second = journey.add(picture(journey.touchpoints()[1].id, 30, 20, caption="", order=0.0))
    return journey, first, second


def test_pictures_are_written_live_as_blobs_and_read_back_whole(tmp_path: Path) -> None:
    journey, first, _second = _with_pictures()
    path = tmp_path / "p.cxd"
    store = ProjectStore.create(path, journey)
    third = journey.add(picture(first.touchpoint_id, 5, 5, order=2.0))  # a live edit
    store.close()
    conn = sqlite3.connect(path)
    kinds = conn.execute('SELECT typeof(data), length(data) FROM pictures ORDER BY "order"').fetchall()
    conn.close()
    assert {k for k, _n in kinds} == {"blob"}
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert reopened.get(Picture, first.id) == first and reopened.get(Picture, third.id) == third
    assert reopened.count(Picture) == 3


def test_json_carries_pictures_as_base64_and_round_trips_byte_for_byte(tmp_path: Path) -> None:
    journey, first, _second = _with_pictures()
    text = json_format.dumps(journey)
    row = next(r for r in json.loads(text)["pictures"] if r["id"] == first.id)
    assert base64.b64decode(row["data"]) == first.data and row["caption"] == "Стенд у входа"
    assert json_format.dumps(json_format.loads(text)) == text
    path = tmp_path / "j.cxd"
    ProjectStore.create(path, json_format.loads(text)).close()
    store, reopened = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert json_format.dumps(reopened) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not base64!", "not base64 text"),
        (17, "not base64 text"),
        (base64.b64encode(b"junk").decode(), "does not decode"),
    ],
)
def test_json_with_a_bad_picture_is_refused_naming_the_field(data: object, message: str) -> None:
    journey, _first, _second = _with_pictures()
    doc = json.loads(json_format.dumps(journey))
    doc["pictures"][0]["data"] = data
    with pytest.raises(FormatError) as caught:
        json_format.loads(json.dumps(doc))
    assert "pictures[0].data" in str(caught.value) and message in str(caught.value)


def test_info_json_reports_images(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journey, _first, _second = _with_pictures()
    path = tmp_path / "i.cxd"
    ProjectStore.create(path, journey).close()
    assert main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["images"] == 2
