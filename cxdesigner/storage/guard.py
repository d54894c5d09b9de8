"""Opening a project file that may come from a stranger.

Before SQLite parses anything, ``check_path`` reads the first 100 bytes itself: a regular file (a pipe
or a device would block), SQLite's magic, the rollback-journal format (we never write WAL files, whose
side files a stranger could also supply), our application id and a schema version of at least 1. Then
``inspect`` checks, through SQLite, the application id and version again (a hot journal may have just
rolled page 1 back), refuses views, triggers, virtual tables and statistics tables, compares the schema's
structure (``storage/schema.py``: tables, columns, constraints, indexes, as SQLite's pragmas read them, not
the SQL text, which differs between sqlite-utils versions) with what our own migrations create, and runs
``quick_check``. The connection runs with ``trusted_schema=OFF``, ``cell_size_check=ON``, lowered limits
(no value above 64 MB), a progress handler that stops runaway queries (``WorkBudget``), and an authorizer
that denies anything done through a view or trigger.
"""

from __future__ import annotations

import sqlite3
import stat
from functools import cache
from pathlib import Path

from cxdesigner.storage import known_shapes, schema
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.files import writable
from cxdesigner.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# WorkBudget: a full scan costs some tens of VM steps per row, a few thousand per 4 KB page; allow 25 per byte.
MIN_STEPS = 20_000_000
STEPS_PER_BYTE = 25
TICK = 10_000
# The model keeps every row well under 64 MB (domain/storable.py: 1,000,000 characters per text, 48 MB for a
# snapshot's copy of the map); anything bigger can only come from a hostile file, and SQLite refuses to read
# it ("string or blob too big") before it takes memory. A 10 MB text cell is refused by the model's check.
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 64_000_000,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 200,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 10,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 100_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 100,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 10_000,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}


def check_path(path: Path) -> None:
    """Refuse missing files, folders, unreadable files and files whose header is not one of ours."""
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ProjectFileError(Problem.IS_DIRECTORY, name)
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block or never end
            raise ProjectFileError(Problem.NOT_SQLITE, name)
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
    except FileNotFoundError as exc:
        raise ProjectFileError(Problem.NOT_FOUND, name) from exc
    except PermissionError as exc:
        raise ProjectFileError(Problem.NO_PERMISSION, name) from exc
    except OSError as exc:
        raise ProjectFileError(Problem.IO, name, exc.strerror or "") from exc
    check_header(header, name)


def check_header(header: bytes, name: str) -> None:
    """Judge the 100-byte SQLite header before SQLite itself reads the file."""
    if not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(Problem.NOT_SQLITE, name)
    if len(header) < HEADER_SIZE:
        raise ProjectFileError(Problem.DAMAGED, name, "truncated")
    if header[18:20] != b"\x01\x01":  # 2 would be WAL: never written by us, and it brings side files
        raise ProjectFileError(Problem.DAMAGED, name, "journal format")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID or int.from_bytes(header[60:64], "big") < 1:
        raise ProjectFileError(Problem.NOT_PROJECT, name)


def _authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
    if source is not None:  # anything run on behalf of a view or a trigger
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A hardened connection to an existing file (autocommit; we issue BEGIN ourselves).

    A read-only connection cannot roll back the hot journal a crashed writer left; when the file may be
    written, a short read-write connection does that first (what any SQLite reader with write access
    does), so "open read-only" and ``cxdesigner info`` work on a file right after a crash.
    """
    if read_only and has_journal(path) and writable(path):
        _close(_open(path, "rw"), roll_back=True)
    return _open(path, "ro" if read_only else "rw")


def _open(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
        if mode == "rw":
            # The live file keeps SQLite's rollback journal (DELETE) with synchronous=FULL, both SQLite's
            # defaults, said here so nobody changes them by accident. Every commit is durable when COMMIT
            # returns, also across a power cut, and between commits the .cxd alone is the whole project:
            # it can be copied, mailed or synced at any moment, works on network shares and read-only
            # media, and leaves no side files behind. WAL would commit faster (measured on this project's
            # CI machine, 500-row table, one UPDATE per transaction: DELETE+FULL 16.5 ms, DELETE+NORMAL
            # 11.3 ms, WAL+FULL 2.4 ms, WAL+NORMAL 0.06 ms) but keeps recent edits in a -wal file beside
            # the project, so a copy taken while the editor runs misses them, and WAL needs shared memory
            # that network file systems do not give. One edit is one commit at a human pace, so 16 ms is
            # not felt; tests/robustness/test_crash_safety.py kills writers mid-commit to prove the rest.
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _close(conn: sqlite3.Connection, roll_back: bool = False) -> None:
    try:
        if roll_back:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the first read rolls back
    finally:
        conn.close()


def has_journal(path: Path) -> bool:
    """Whether a rollback journal lies beside the file (hot if its writer died mid-transaction)."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def harden(conn: sqlite3.Connection) -> None:
    """Apply the pragmas, limits, authorizer and progress guard to a connection."""
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA mmap_size=0")
    conn.set_authorizer(_authorize)
    conn.execute("PRAGMA busy_timeout=2000")


def vacuum(conn: sqlite3.Connection) -> None:
    """``VACUUM`` a file that passed ``inspect``: for its length, the one database VACUUM attaches (a new, empty
    temporary one, named by an empty string) is let through; every other guard stays as it was."""

    def allow_vacuums_copy(action: int, arg1: str | None, *rest: str | None) -> int:
        if action == sqlite3.SQLITE_ATTACH and arg1 == "":
            return sqlite3.SQLITE_OK
        return _authorize(action, arg1, *rest)

    limit = conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
    conn.set_authorizer(allow_vacuums_copy)
    try:
        conn.execute("VACUUM")
    finally:
        conn.set_authorizer(_authorize)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, limit)


class WorkBudget:
    """Stops a query that does far more work than the file's size explains (a hostile file must not hang us).

    The budget counts SQLite virtual-machine steps, in proportion to the file's size, instead of seconds:
    reading a file of ours is a few full-table scans, linear in its pages, so a legitimate file never runs
    out, however large it is and however busy the machine; an endless query does.
    """

    def __init__(self, conn: sqlite3.Connection, file_bytes: int) -> None:
        self._conn = conn
        self._ticks_left = (MIN_STEPS + file_bytes * STEPS_PER_BYTE) // TICK

    def __enter__(self) -> WorkBudget:
        self._conn.set_progress_handler(self._tick, TICK)
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.set_progress_handler(None, 0)

    def _tick(self) -> int:
        self._ticks_left -= 1
        return 1 if self._ticks_left < 0 else 0


@cache
def expected_schema(version: int) -> schema.Shape:
    """The schema's shape as our migrations leave it at ``version``.

    Read from ``known_shapes`` (so opening a project needs no sqlite-utils and runs no migration), and
    made by ``migrated_shape`` for a version it does not hold; a test keeps the two equal.
    """
    known = known_shape(version)
    return known if known is not None else migrated_shape(version)


@cache
def known_shape(version: int) -> schema.Shape | None:
    """The shape ``known_shapes`` holds for ``version``: the first version, changed by each migration up to
    it (None for a version it does not hold)."""
    if not 1 <= version <= SCHEMA_VERSION or any(v not in known_shapes.CHANGES for v in range(2, version + 1)):
        return None
    facts = set(known_shapes.FIRST)
    for step in range(2, version + 1):
        removed, added = known_shapes.CHANGES[step]
        facts.difference_update(removed)
        facts.update(added)
    return frozenset(facts)


def migrated_shape(version: int) -> schema.Shape:
    """The shape the migrations up to ``version`` give an empty database, with the installed sqlite-utils."""
    from sqlite_utils import Database

    conn = sqlite3.connect(":memory:")
    db = Database(conn)
    for migrate in MIGRATIONS[:version]:
        migrate(db)
    found = schema.shape(conn)
    conn.close()
    return found


def schema_of(conn: sqlite3.Connection) -> schema.Shape:
    """The file's schema as SQLite reads it (see ``storage/schema.py``)."""
    return schema.shape(conn)


def _unsafe(rows: list[tuple[str, str, str, str | None]]) -> bool:
    """Views, triggers, virtual tables and statistics tables (we never run ANALYZE) are never ours."""
    return any(
        kind not in ("table", "index")
        or (sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        or str(name).lower().startswith("sqlite_stat")
        for kind, name, _table, sql in rows
    )


def inspect(conn: sqlite3.Connection, name: str) -> int:
    """Check a freshly opened project; returns its schema version. Raises ``ProjectFileError``."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID or version < 1:
        raise ProjectFileError(Problem.NOT_PROJECT, name)
    if _unsafe(schema.master_rows(conn)):
        raise ProjectFileError(Problem.UNSAFE, name)
    if version <= SCHEMA_VERSION:
        if schema_of(conn) != expected_schema(version) or schema.unexplained_words(conn):
            raise ProjectFileError(Problem.DAMAGED, name, "unexpected schema")
    elif not _has_our_columns(conn):
        raise ProjectFileError(Problem.TOO_NEW, name)
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise ProjectFileError(Problem.DAMAGED, name, "quick_check")
    return int(version)


@cache
def expected_columns() -> dict[str, frozenset[str]]:
    """The columns of every table at the current version."""
    columns: dict[str, set[str]] = {}
    for fact in expected_schema(SCHEMA_VERSION):
        if fact[0] == "entry" and fact[1] == "table":
            columns.setdefault(str(fact[2]), set())
        elif fact[0] == "column":
            columns.setdefault(str(fact[1]), set()).add(str(fact[3]))
    return {table: frozenset(names) for table, names in columns.items()}


def _has_our_columns(conn: sqlite3.Connection) -> bool:
    """A newer file is readable when it still has every table and column this version knows."""
    for table, columns in expected_columns().items():
        found = {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}
        if not columns <= found:
            return False
    return True
