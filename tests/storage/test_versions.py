"""Older files are backed up, then upgraded in one transaction; newer files open read-only with a notice.

An "older file" is synthesized: a file of today's version opened by a build that knows one more migration
(patched in for the test), so this keeps working whatever today's version is.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage import guard, migrations, store, upgrade
from cxdesigner.storage.errors import MESSAGES, Problem, ProjectFileError
from cxdesigner.storage.store import ProjectStore, backup_path

TODAY = migrations.SCHEMA_VERSION


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities())


@pytest.fixture
def next_version(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable[[Database], None]], None]]:
    """Install one more migration, as the next release of the editor would."""

    def install(migration: Callable[[Database], None]) -> None:
        monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
        for module in (migrations, guard, store, upgrade):
            monkeypatch.setattr(module, "MIGRATIONS", migrations.MIGRATIONS, raising=False)
            monkeypatch.setattr(module, "SCHEMA_VERSION", TODAY + 1, raising=False)
        guard.expected_schema.cache_clear()
        guard.expected_columns.cache_clear()

    yield install
    guard.expected_schema.cache_clear()
    guard.expected_columns.cache_clear()


def add_hologram_table(db: Database) -> None:
    # db.create_table, as the real migrations do: Table.create of sqlite-utils < 4 commits mid-migration
    db.create_table("holograms", {"id": str, "label": str}, pk="id", not_null={"id", "label"})


def test_older_file_is_backed_up_then_migrated(journey: JourneyMap, project_path: Path, next_version) -> None:
    ProjectStore.create(project_path, journey).close()
    before = fingerprint(project_path)
    next_version(add_hologram_table)
    opened, model = ProjectStore.open_file(project_path)
    assert not opened.read_only and opened.notice == "" and opened.schema_version == TODAY + 1
    assert snapshot(model) == snapshot(journey)
    opened.close()
    assert fingerprint(backup_path(project_path, TODAY)) == before
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == TODAY + 1
    assert guard.schema_of(conn) == guard.expected_schema(TODAY + 1)
    conn.close()


def test_a_migration_that_fails_once_leaves_the_file_untouched_and_opens_read_only(
    journey: JourneyMap, project_path: Path, next_version
) -> None:
    """Like a disk that fills up half-way: the file is as it was, the backup is there, the map still opens."""
    ProjectStore.create(project_path, journey).close()
    before = fingerprint(project_path)
    calls = []

    def flaky(db: Database) -> None:
        add_hologram_table(db)
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")

    next_version(flaky)
    opened, model = ProjectStore.open_file(project_path)
    assert opened.read_only and snapshot(model) == snapshot(journey)
    assert opened.notice == MESSAGES[Problem.NOT_UPGRADED].format(name=project_path.name, detail="the disk is full")
    copy = project_path.with_name("upgraded.cxd")
    opened.save_as(copy)  # Save As keeps an upgraded copy
    opened.close()
    assert fingerprint(project_path) == before
    assert fingerprint(backup_path(project_path, TODAY)) == before
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == TODAY + 1
    conn.close()


def test_a_migration_that_always_fails_is_refused_with_the_file_untouched(
    journey: JourneyMap, project_path: Path, next_version
) -> None:
    ProjectStore.create(project_path, journey).close()
    before = fingerprint(project_path)

    def broken(db: Database) -> None:
        add_hologram_table(db)
        raise ValueError("a bug in the migration")

    next_version(broken)
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open_file(project_path)
    assert info.value.problem is Problem.DAMAGED and "\n" not in info.value.message
    assert fingerprint(project_path) == before
    assert fingerprint(backup_path(project_path, TODAY)) == before


def test_read_only_open_of_an_older_file_upgrades_a_copy_in_memory(
    journey: JourneyMap, project_path: Path, next_version
) -> None:
    ProjectStore.create(project_path, journey).close()
    before = fingerprint(project_path)
    next_version(add_hologram_table)
    opened, model = ProjectStore.open_file(project_path, read_only=True)
    assert opened.read_only and opened.notice == "" and snapshot(model) == snapshot(journey)
    opened.close()
    assert fingerprint(project_path) == before and not backup_path(project_path, TODAY).exists()


def make_newer(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE from_the_future (id TEXT PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {TODAY + 1}")
    conn.close()


def test_newer_file_opens_read_only_with_the_notice(qtbot, journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    make_newer(project_path)
    before = fingerprint(project_path)
    doc = Document.open(project_path)
    assert doc.read_only
    assert doc.notice == MESSAGES[Problem.NEWER].format(name=project_path.name, detail="")
    assert snapshot(doc.model) == snapshot(journey)
    refused = []
    doc.edit_refused.connect(refused.append)
    assert not doc.push(SetFields(doc.model, doc.model.touchpoints()[0], "Rename", title="x"))
    assert refused
    doc.close()
    assert fingerprint(project_path) == before
    assert not Path(str(project_path) + ".lock").exists()
