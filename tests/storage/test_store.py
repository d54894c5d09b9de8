"""The live project file: every change lands at once, and a reopened file equals the model."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.domain.entities import Emotion, Flow, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore


def snapshot(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


def reopen(path: Path) -> JourneyMap:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey


def assert_integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_create_sets_ids_and_version(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert_integrity(project_path)
    assert not project_path.with_name(project_path.name + ".part").exists()


def test_every_change_is_in_the_file_at_once(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    tp = journey.touchpoints()[0]
    journey.update(Touchpoint, tp.id, title="Баннер <b>&", owner="Маркетинг 😀")
    persona = journey.personas()[0]
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=-1))
    journey.delete([journey.stages()[2].id])
    # no close: a second connection already sees it all
    assert snapshot(reopen(project_path)) == snapshot(journey)
    store.close()
    assert_integrity(project_path)


def test_transaction_groups_one_edit(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    with store.transaction():
        journey.delete([journey.lanes()[1].id])
        assert reopen(project_path).count(Touchpoint) == 4  # nothing written yet
    assert reopen(project_path).count(Touchpoint) == 0
    store.close()


def test_round_trip_in_a_fresh_process(journey: JourneyMap, project_path: Path) -> None:
    tp = journey.touchpoints()[1]
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=journey.personas()[0].id, designed=2))
    journey.update(Flow, journey.flows()[0].id, label="50 %", share=0.5)
    ProjectStore.create(project_path, journey).close()
    code = (
        "import sys, json; from cxdesigner.storage.store import ProjectStore\n"
        "s, j = ProjectStore.open_file(sys.argv[1], read_only=True)\n"
        "print(json.dumps(sorted(repr(e) for e in j.entities())))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(project_path)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == snapshot(journey)


def test_ids_are_stable(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    assert {t.id for t in reopen(project_path).touchpoints()} == {t.id for t in journey.touchpoints()}


def test_save_as_copies_through_backup(journey: JourneyMap, tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "a.cxd", journey)
    store.save_as(tmp_path / "b.cxd")
    assert snapshot(reopen(tmp_path / "b.cxd")) == snapshot(journey)
    assert_integrity(tmp_path / "b.cxd")
    store.close()


def test_failed_write_keeps_model_and_catches_up(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    tp = journey.touchpoints()[0]
    project_path.chmod(0o444)
    try:
        store._conn.execute("PRAGMA query_only=ON")  # every write now fails, as on a read-only disk
        with pytest.raises(ProjectFileError) as info:
            journey.update(Touchpoint, tp.id, title="unsaved")
        assert info.value.problem in (Problem.READ_ONLY, Problem.IO)
        assert not store.in_sync
        assert journey.get(Touchpoint, tp.id).title == "unsaved"
        store.save_as(project_path.with_name("rescued.cxd"))
        assert reopen(project_path.with_name("rescued.cxd")).get(Touchpoint, tp.id).title == "unsaved"
        store._conn.execute("PRAGMA query_only=OFF")
        journey.update(Touchpoint, tp.id, owner="Shop")
        assert store.in_sync
        assert snapshot(reopen(project_path)) == snapshot(journey)
    finally:
        project_path.chmod(0o644)
        store.close()


def test_read_only_store_never_writes(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    store, opened = ProjectStore.open_file(project_path, read_only=True)
    opened.update(Touchpoint, opened.touchpoints()[0].id, title="draft")
    store.close()
    assert reopen(project_path).get(Touchpoint, opened.touchpoints()[0].id).title != "draft"


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", Problem.NOT_SQLITE), (b"hello world, not a database at all", Problem.NOT_SQLITE)],
)
def test_not_a_project(tmp_path: Path, content: bytes, problem: Problem) -> None:
    path = tmp_path / "x.cxd"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open_file(path)
    assert info.value.problem is problem
    assert "x.cxd" in info.value.message and "\n" not in info.value.message


def test_plain_sqlite_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open_file(path)
    assert info.value.problem is Problem.NOT_PROJECT


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as missing:
        ProjectStore.open_file(tmp_path / "nope.cxd")
    assert missing.value.problem is Problem.NOT_FOUND
    with pytest.raises(ProjectFileError) as folder:
        ProjectStore.open_file(tmp_path)
    assert folder.value.problem is Problem.IS_DIRECTORY
