"""Opening a project file that may come from a stranger.

Before anything is read: the header, the application id, the schema version, the exact schema (as our
own migrations would have made it: no views, triggers or virtual tables) and SQLite's quick check.
The connection runs with ``trusted_schema=OFF``, ``cell_size_check=ON``, lowered limits, a progress
handler that stops runaway queries, and an authorizer that denies anything done through a view or
trigger.
"""

from __future__ import annotations

import os
import sqlite3
import time
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
QUERY_SECONDS = 1.5
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 50_000_000,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 1_000_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 200,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 10_000,
}


def check_path(path: Path) -> None:
    """Refuse missing files, folders, unreadable files and files that are not SQLite at all."""
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise ProjectFileError(Problem.IS_DIRECTORY, name)
        if not path.exists():
            raise ProjectFileError(Problem.NOT_FOUND, name)
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ProjectFileError(Problem.NO_PERMISSION, name) from exc
    except OSError as exc:
        raise ProjectFileError(Problem.IO, name, exc.strerror or "") from exc
    if header != SQLITE_HEADER:
        raise ProjectFileError(Problem.NOT_SQLITE, name)


def _authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
    if source is not None:  # anything run on behalf of a view or a trigger
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A hardened connection to an existing file (autocommit; we issue BEGIN ourselves)."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    harden(conn)
    return conn


def harden(conn: sqlite3.Connection) -> None:
    """Apply the pragmas, limits, authorizer and progress guard to a connection."""
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.set_authorizer(_authorize)
    conn.execute("PRAGMA busy_timeout=2000")


class Deadline:
    """Stops any query that runs past a deadline (a hostile file must not hang us)."""

    def __init__(self, conn: sqlite3.Connection, seconds: float = QUERY_SECONDS) -> None:
        self._conn = conn
        self._seconds = seconds
        self._until = 0.0

    def __enter__(self) -> Deadline:
        self._until = time.monotonic() + self._seconds
        self._conn.set_progress_handler(self._tick, 10_000)
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.set_progress_handler(None, 0)

    def _tick(self) -> int:
        return 1 if time.monotonic() > self._until else 0


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """sqlite_master as our migrations leave it at ``version``."""
    conn = sqlite3.connect(":memory:")
    db = Database(conn)
    for migrate in MIGRATIONS[:version]:
        migrate(db)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    conn.close()
    return frozenset(rows)


def schema_of(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    """The file's sqlite_master, without SQLite's own statistics tables."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(r for r in rows if not str(r[1]).startswith("sqlite_stat"))


def inspect(conn: sqlite3.Connection, name: str) -> int:
    """Check a freshly opened project; returns its schema version. Raises ``ProjectFileError``."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    schema = schema_of(conn)
    if any(kind in ("view", "trigger") for kind, *_ in schema) or any(
        (sql or "").lstrip().upper().startswith("CREATE VIRTUAL") for *_, sql in schema
    ):
        raise ProjectFileError(Problem.UNSAFE, name)
    if app_id != APPLICATION_ID or version < 1:
        raise ProjectFileError(Problem.NOT_PROJECT, name)
    if version <= SCHEMA_VERSION:
        if schema != expected_schema(version):
            raise ProjectFileError(Problem.DAMAGED, name, "unexpected schema")
    else:
        ours = {(t, n) for t, n, *_ in expected_schema(SCHEMA_VERSION) if t == "table"}
        if not ours <= {(t, n) for t, n, *_ in schema}:
            raise ProjectFileError(Problem.DAMAGED, name, "missing tables")
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise ProjectFileError(Problem.DAMAGED, name, "quick_check")
    return int(version)


def writable(path: Path) -> bool:
    """Whether we may write the file and create a journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
