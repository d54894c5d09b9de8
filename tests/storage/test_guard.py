"""The guard in front of every open: header checks before SQLite reads, hardened connections, hot journals."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.storage import guard
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.migrations import APPLICATION_ID
from cxdesigner.storage.store import ProjectStore

KILL_MID_TRANSACTION = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE touchpoints SET title = 'half-written'")
conn.execute("INSERT INTO map_info SELECT id || 'x', title, description, language FROM map_info")
conn.executemany("INSERT INTO stages VALUES (?, 'x', 0, '', '', 1)", [(str(i),) for i in range(300)])
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_read_only_open_rolls_back_a_hot_journal(journey: JourneyMap, project_path: Path) -> None:
    """Right after a crash, "open read-only" and ``cxdesigner info`` still work and see the last commit."""
    ProjectStore.create(project_path, journey).close()
    subprocess.run([sys.executable, "-c", KILL_MID_TRANSACTION, str(project_path)], check=False)
    assert guard.has_journal(project_path)
    opened, model = ProjectStore.open_file(project_path, read_only=True)
    assert sorted(repr(e) for e in model.entities()) == sorted(repr(e) for e in journey.entities())
    opened.close()
    assert not guard.has_journal(project_path)


def header(**fields: int) -> bytes:
    data = bytearray(b"SQLite format 3\x00" + bytes(84))
    data[18] = data[19] = 1
    data[60:64] = fields.get("version", 1).to_bytes(4, "big")
    data[68:72] = fields.get("app", APPLICATION_ID).to_bytes(4, "big")
    data[18] = fields.get("write_format", 1)
    return bytes(data)


def test_our_header_passes() -> None:
    guard.check_header(header(), "x.cxd")


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (header(app=0), Problem.NOT_PROJECT),
        (header(version=0), Problem.NOT_PROJECT),
        (header(write_format=2), Problem.DAMAGED),  # WAL
        (header()[:40], Problem.DAMAGED),  # shorter than a header
        (b"SQLite format 2\x00" + header()[16:], Problem.NOT_SQLITE),
    ],
)
def test_the_header_is_judged_before_sqlite_reads_the_file(header: bytes, problem: Problem) -> None:
    with pytest.raises(ProjectFileError) as info:
        guard.check_header(header, "x.cxd")
    assert info.value.problem is problem


def test_wal_files_are_refused_before_sqlite_opens_them(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    sqlite3.connect(project_path).execute("PRAGMA journal_mode = WAL").connection.close()
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open_file(project_path)
    assert info.value.problem is Problem.DAMAGED
    assert not Path(str(project_path) + "-wal").exists() and not Path(str(project_path) + "-shm").exists()


def test_connections_are_hardened(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    conn = guard.connect(project_path, read_only=False)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == guard.LIMITS[sqlite3.SQLITE_LIMIT_LENGTH]
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
    with pytest.raises(sqlite3.Error):
        conn.execute("ATTACH DATABASE ':memory:' AS other")
    conn.close()


def test_the_authorizer_denies_reads_through_a_view_or_trigger(tmp_path: Path) -> None:
    """Should a view ever get past the schema check, what it reads on our behalf is denied."""
    conn = sqlite3.connect(tmp_path / "v.db", isolation_level=None)
    conn.execute("CREATE TABLE secret (a)")
    conn.execute("CREATE VIEW peek AS SELECT a FROM secret")
    conn.execute("CREATE TABLE log (a)")
    conn.execute("CREATE TRIGGER spy AFTER INSERT ON log BEGIN DELETE FROM secret; END")
    guard.harden(conn)
    with pytest.raises(sqlite3.DatabaseError, match="prohibited|not authorized"):
        conn.execute("SELECT * FROM peek").fetchall()
    with pytest.raises(sqlite3.DatabaseError, match="prohibited|not authorized"):
        conn.execute("INSERT INTO log VALUES (1)")
    assert conn.execute("SELECT count(*) FROM log").fetchone()[0] == 0
    conn.close()


def test_a_text_of_10000_characters_is_ordinary(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    title = ("Очень <длинное> & название 😀 " * 400)[:10_000]
    journey.update(Touchpoint, journey.touchpoints()[0].id, title=title)
    store.close()
    opened, model = ProjectStore.open_file(project_path, read_only=True)
    assert model.get(Touchpoint, journey.touchpoints()[0].id).title == title
    opened.close()


def test_a_snapshot_as_large_as_a_10000_card_map_is_stored_and_read_back(
    journey: JourneyMap, project_path: Path
) -> None:
    """A snapshot keeps the whole map as JSON (11.5 MB for 10,000 cards): the limits leave room for it."""
    store = ProjectStore.create(project_path, journey)
    payload = '{"cards": "' + "x" * 12_000_000 + '"}'
    journey.add(Snapshot(id=new_id(), label="big", taken_at="2026-01-01T10:00:00", payload=payload))
    store.close()
    opened, model = ProjectStore.open_file(project_path, read_only=True)
    assert model.all(Snapshot)[0].payload == payload
    opened.close()
