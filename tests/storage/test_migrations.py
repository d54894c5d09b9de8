"""Every stored old file opens, migrates (after a backup) and keeps its content."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from cxdesigner.domain.entities import Emotion, Persona, Stage, Touchpoint
from cxdesigner.domain.kinds import KINDS
from cxdesigner.storage import guard
from cxdesigner.storage.codec import column_types
from cxdesigner.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore, backup_path

DATA = Path(__file__).resolve().parents[1] / "data"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    return target


def test_version_1_file_opens_with_its_content(tmp_path: Path) -> None:
    path = _copy("project-v1.cxd", tmp_path)
    store, journey = ProjectStore.open_file(path)
    assert journey.info.title == "Футболки v1 <shop>"
    assert journey.count(Stage) == 8 and journey.count(Touchpoint) == 4
    assert journey.count(Persona) == 1 and journey.count(Emotion) == 4
    assert sorted(e.designed for e in journey.emotions()) == [-2, -1, 1, 2]
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")) == guard.expected_schema(
        SCHEMA_VERSION
    )
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    if SCHEMA_VERSION > 1:
        assert backup_path(path, 1).exists()


def test_current_schema_matches_the_entities() -> None:
    db = Database(sqlite3.connect(":memory:"))
    for migrate in MIGRATIONS:
        migrate(db)
    for kind in KINDS:
        assert set(db[kind.name].columns_dict) == set(column_types(kind.cls)), kind.name
