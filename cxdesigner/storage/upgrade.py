"""Bringing an older project file to the current schema.

In place when the file may be written: the file is first copied byte for byte to ``NAME.cxd.vN.bak``
(durably), then every missing migration runs in ONE transaction, so a failure leaves the file exactly as
it was. When the file may not be written, the user asked for read-only, or the in-place upgrade failed
(disk full, say), the upgrade runs on a copy in memory and the project opens read-only with a notice.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from cxdesigner.storage import guard
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.files import copy_durably, notice, reason
from cxdesigner.storage.migrations import MIGRATIONS, SCHEMA_VERSION


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a file is kept before it is migrated from ``version``."""
    return path.with_name(f"{path.name}.v{version}.bak")


def upgrade(
    conn: sqlite3.Connection, path: Path, version: int, read_only: bool, note: str
) -> tuple[sqlite3.Connection, bool, str]:
    """The connection to the upgraded project, whether it is now read-only, and the notice to show."""
    if not read_only:
        try:
            return migrate_in_place(conn, path, version), False, note
        except Exception as exc:  # noqa: BLE001 - whatever stopped it, the file is untouched and still opens
            note = notice(Problem.NOT_UPGRADED, path, reason(exc))
            conn = guard.connect(path, read_only=True)
    try:
        return migrate_in_memory(conn, version), True, note
    except Exception as exc:  # noqa: BLE001 - a migration that cannot run at all
        raise ProjectFileError(Problem.DAMAGED, path.name, "upgrade") from exc


def migrate_in_place(conn: sqlite3.Connection, path: Path, version: int) -> sqlite3.Connection:
    """Back up the file, then run the missing migrations in one transaction (all or nothing)."""
    conn.close()
    copy_durably(path, backup_path(path, version))
    conn = guard.connect(path, read_only=False)
    try:
        run_migrations(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn


def migrate_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """A current-schema copy of an older file, in memory; the file itself is not touched."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
        guard.harden(memory)
        run_migrations(memory, version)
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory


def run_migrations(conn: sqlite3.Connection, version: int) -> None:
    """Run ``MIGRATIONS[version:]`` and set the version, in one transaction."""
    from sqlite_utils import Database  # only an upgrade or a new file needs it, not reading

    db = Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migrate in MIGRATIONS[version:]:
            migrate(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
