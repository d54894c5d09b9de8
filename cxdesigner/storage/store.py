"""The live project file: one SQLite database per map, written as the map changes.

The store listens to the model's events. Inside ``transaction()`` it collects them and writes them in one
SQLite transaction when the block ends, so every command lands whole or not at all. When a write fails
(disk full, file gone, read-only) the model keeps the change, the store remembers it is behind, raises a
``ProjectFileError`` with the message to show, and rewrites the whole map at the next successful write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import Any

from cxdesigner import collector
from cxdesigner.domain.entities import MapInfo
from cxdesigner.domain.events import Added, Changed, Event, Removed
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.kinds import KIND_BY_NAME, KINDS, Kind, kind_of
from cxdesigner.io.files import replacing
from cxdesigner.storage import guard
from cxdesigner.storage.codec import RowError, decode_table, field_names, from_values, to_row, to_value
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.files import creation_problem, identity, notice, write_problem
from cxdesigner.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from cxdesigner.storage.upgrade import backup_path, upgrade

__all__ = ["SUFFIX", "ProjectStore", "backup_path", "read_model", "write_new_file"]

SUFFIX = ".cxd"
SESSION_FREE_PAGES = 256
"""While editing, the file is compacted when it has this many free pages (1 MB of 4 KB pages) and they are
more than a quarter of it; on close, from ``CLOSE_FREE_PAGES`` on."""
CLOSE_FREE_PAGES = 8


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class ProjectStore:
    """One open project file, kept in step with a ``JourneyMap``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, version: int) -> None:
        self.path = path
        self.read_only = read_only
        self.schema_version = version
        self.notice = ""  # one line to show beside the open project, e.g. why it is read-only
        self.in_sync = True
        self._conn = conn
        self._identity = identity(path)
        self._pending: list[Event] = []
        self._depth = 0
        self._model: JourneyMap | None = None
        self._backup_root: Path | None = None  # a backup generation still to keep (keep_backup_later)

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: Path, model: JourneyMap) -> ProjectStore:
        """Write ``model`` to a new file at ``path`` (replacing it atomically) and open it."""
        path = Path(path)
        write_new_file(path, model)
        store = cls.open_file(path)[0]
        store.attach(model)
        return store

    @classmethod
    def open_file(cls, path: Path, read_only: bool = False) -> tuple[ProjectStore, JourneyMap]:
        """Open, check, migrate and load a project. Raises ``ProjectFileError`` with a one-line message.

        A file opened with a reservation says so in ``store.notice``: a newer file opens read-only, an
        older one that cannot be upgraded in place (or that was asked for read-only) is upgraded in memory
        and opens read-only, a file we may not write opens read-only.
        """
        path = Path(path)
        guard.check_path(path)
        note = ""
        if not read_only and not guard.writable(path):
            read_only, note = True, notice(Problem.READ_ONLY, path)
        conn: sqlite3.Connection | None = None
        version = 0
        try:
            conn = guard.connect(path, read_only)
            size = path.stat().st_size
            with guard.WorkBudget(conn, size):
                version = guard.inspect(conn, path.name)
            if version > SCHEMA_VERSION:
                read_only, note = True, notice(Problem.NEWER, path)
            elif version < SCHEMA_VERSION:
                conn, read_only, note = upgrade(conn, path, version, read_only, note)
            with guard.WorkBudget(conn, size):
                model = read_model(conn, path.name)
        except ProjectFileError:
            _close_quietly(conn)
            raise
        except (sqlite3.Error, OSError, UnicodeDecodeError, RowError, ModelError, OverflowError, KeyError) as exc:
            _close_quietly(conn)
            problem = Problem.TOO_NEW if version > SCHEMA_VERSION else Problem.DAMAGED
            raise ProjectFileError(problem, path.name, type(exc).__name__) from exc
        except MemoryError as exc:
            _close_quietly(conn)
            raise ProjectFileError(Problem.DAMAGED, path.name, "too large") from exc
        store = cls(path, conn, read_only, version if read_only else SCHEMA_VERSION)  # the file's own version
        store.notice = note
        store.attach(model)
        return store, model

    def attach(self, model: JourneyMap) -> None:
        """Follow this model's events from now on."""
        self._model = model
        model.subscribe(self._on_event)

    # ---------------------------------------------------------------- writing
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group the events of one edit into one committed SQLite transaction."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            self.flush()

    def flush(self) -> None:
        """Write pending events now; raises ``ProjectFileError`` if the file could not take them."""
        pending, self._pending = self._pending, []
        if self.read_only or (not pending and self.in_sync):
            return
        self.keep_pending_backup()  # the file as it was opened, before the first write changes it
        if identity(self.path) != self._identity:
            # Deleted or moved: SQLite would go on writing into the vanished inode and the edit would be
            # lost with it. Stop here; the edit stays in the model and a later write (the file is back)
            # or Save As (elsewhere) writes the whole map.
            self.in_sync = False
            raise ProjectFileError(Problem.GONE, self.path.name)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if self.in_sync:
                    for event in pending:
                        self._write(event)
                else:
                    self._rewrite_all()
                self._conn.execute("COMMIT")
            except BaseException:
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as exc:
            self.in_sync = False
            raise write_problem(exc, self.path) from exc
        self.in_sync = True
        self.compact(SESSION_FREE_PAGES)

    def compact(self, minimum: int = CLOSE_FREE_PAGES) -> bool:
        """``VACUUM`` the file when more than a quarter of it (and at least ``minimum`` pages) is free pages,
        which SQLite keeps after deletes and never gives back; True if it did. Deleting cards with long texts
        and undoing edits otherwise grows the file for good. A VACUUM is one transaction: killed half-way,
        the journal rolls it back. A failure (a full disk: VACUUM needs room for a copy) changes nothing and
        is not the user's concern, so it is not raised."""
        if self.read_only or not self.in_sync or self._depth:
            return False
        try:
            pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
            free = self._conn.execute("PRAGMA freelist_count").fetchone()[0]
            if free < minimum or free * 4 <= pages or identity(self.path) != self._identity:
                return False
            guard.vacuum(self._conn)
        except (sqlite3.Error, OSError):
            return False
        return True

    def _on_event(self, event: Event) -> None:
        self._pending.append(event)
        if self._depth == 0:
            self.flush()

    def _write(self, event: Event) -> None:
        if isinstance(event, Added):
            row = to_row(event.entity)
            table = kind_of(event.entity).name
            cols = ", ".join(_q(c) for c in row)
            marks = ", ".join("?" for _ in row)
            self._conn.execute(f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks})", tuple(row.values()))
        elif isinstance(event, Removed):
            table = kind_of(event.entity).name
            self._conn.execute(f"DELETE FROM {_q(table)} WHERE id = ?", (event.entity.id,))
        elif isinstance(event, Changed):
            cls = type(event.new)
            names = sorted(event.fields)
            sets = ", ".join(f"{_q(n)} = ?" for n in names)
            values = [to_value(cls, n, getattr(event.new, n)) for n in names]
            table = kind_of(cls).name
            self._conn.execute(f"UPDATE {_q(table)} SET {sets} WHERE id = ?", (*values, event.new.id))

    def _rewrite_all(self) -> None:
        assert self._model is not None
        for kind in reversed(KINDS):
            self._conn.execute(f"DELETE FROM {_q(kind.name)}")
        _insert_all(self._conn, self._model)

    # ------------------------------------------------------------- save as, close
    def save_as(self, target: Path) -> None:
        """Copy the project to ``target``: SQLite's backup API when the file is current, else a fresh write."""
        from cxdesigner.storage import backups  # here, not at the top: opening a file (info, check) needs none of it

        target = Path(target)
        if self.in_sync and self._model is not None and target.resolve() != self.path.resolve():
            try:
                backups.copy_database(self._conn, target)
                return
            except (sqlite3.Error, OSError) as exc:
                if not target.parent.exists():
                    raise creation_problem(exc, target) from exc
        assert self._model is not None
        write_new_file(target, self._model)

    def keep_backup(self, root: Path) -> Path | None:
        """Add a rolling backup generation under ``root`` (see ``storage.backups``); None if unneeded or impossible."""
        from cxdesigner.storage import backups

        if self._model is None or not self.in_sync:
            return None
        try:
            return backups.take_backup(self._conn, backups.digest(self._conn), root, self.path)
        except (sqlite3.Error, OSError):
            return None  # a backup that cannot be written must never stop the user from working

    def keep_backup_later(self, root: Path) -> None:
        """``keep_backup`` at the first write, at ``close`` or at ``keep_pending_backup``, whichever comes first
        (the window keeps it once it has painted)."""
        self._backup_root = root

    def keep_pending_backup(self) -> None:
        """Keep the backup ``keep_backup_later`` asked for, if it is still to be kept."""
        root, self._backup_root = self._backup_root, None
        if root is not None:
            self.keep_backup(root)

    def close(self) -> None:
        """Write what is pending (quietly) and close the file."""
        self.keep_pending_backup()
        with suppress(ProjectFileError):
            self.flush()
        if self._model is not None:
            with suppress(ValueError):
                self._model.unsubscribe(self._on_event)
        self.compact()
        _close_quietly(self._conn)


# -------------------------------------------------------------------- helpers
def read_model(conn: sqlite3.Connection, name: str) -> JourneyMap:
    """Build the map from the rows of every table, validating each row and reference."""
    info_kind = KIND_BY_NAME["map_info"]
    infos = [from_values(info_kind, r) for r in _rows(conn, info_kind)]
    if len(infos) != 1:
        raise ProjectFileError(Problem.DAMAGED, name, "map info")
    model = JourneyMap(infos[0])
    with collector.paused():
        for kind in KINDS:
            if kind.cls is not MapInfo:
                _read_table(conn, kind, model)
    return model


CHUNK_ROWS = 10_000  # rows decoded and checked at once: what a table's reading holds beside the map


def _read_table(conn: sqlite3.Connection, kind: Kind, model: JourneyMap) -> None:
    """One table into the model, ``CHUNK_ROWS`` rows at a time: decoded and checked at once when every row
    is sound, else row by row, so that a bad row (or a read that fails) is met and named exactly as
    row-by-row reading does."""
    cursor = _rows(conn, kind)
    while True:
        rows: list[tuple[Any, ...]] = []
        try:
            rows.extend(islice(cursor, CHUNK_ROWS))  # keeps the rows read before a failure
        except Exception:  # the rows before it are checked first, as when the table is read row by row
            model.load(from_values(kind, row) for row in rows)
            raise
        entities = decode_table(kind, rows)
        if entities is None or not model.load_table(kind.cls, entities):
            model.load(from_values(kind, row) for row in rows)
        if len(rows) < CHUNK_ROWS:
            return


def _rows(conn: sqlite3.Connection, kind: Kind) -> Iterator[tuple[Any, ...]]:
    """The rows of a kind's table as tuples of its fields' values, in ``field_names`` order."""
    cols = ", ".join(_q(c) for c in field_names(kind.cls))
    return iter(conn.execute(f"SELECT {cols} FROM {_q(kind.name)}"))


def _insert_all(conn: sqlite3.Connection, model: JourneyMap) -> None:
    for kind in KINDS:
        items = model.all(kind.cls)
        if not items:
            continue
        rows = [to_row(e) for e in items]
        cols = list(rows[0])
        sql = f"INSERT INTO {_q(kind.name)} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def write_new_file(path: Path, model: JourneyMap) -> None:
    """Write the whole model to a new project file, atomically replacing ``path``."""
    try:
        with replacing(path) as tmp:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("BEGIN")
                from sqlite_utils import Database  # reading a project never needs it

                db = Database(conn)
                for migrate in MIGRATIONS:
                    migrate(db)
                _insert_all(conn, model)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            finally:
                conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise creation_problem(exc, path) from exc


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with suppress(sqlite3.Error):
            conn.close()
