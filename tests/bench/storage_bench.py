"""The model and file metrics: opening a project into a ``Document`` and committing one edit.

Baselines: bare ``sqlite3`` reading every row of every table of the same file; a bare ``INSERT`` and
``COMMIT`` on a copy of the same file with the journal mode and synchronous setting the store uses.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import time
from pathlib import Path

from cxdesigner.commands.edit import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint
from tests.bench.stats import Samples, interleave


def read_rows(path: Path) -> int:
    """The baseline reader: every row of every table, as plain tuples; returns the row count."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sum(len(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables)
    finally:
        conn.close()


def open_document(path: Path, rounds: int) -> Samples:
    """``Document.open`` (checks, migration test, rows to a validated model) vs reading the rows bare."""

    def subject() -> float:
        start = time.perf_counter()
        document = Document.open(path)
        elapsed = time.perf_counter() - start
        document.close()
        return elapsed

    def baseline() -> float:
        start = time.perf_counter()
        read_rows(path)
        return time.perf_counter() - start

    return interleave(subject, baseline, rounds)


def journal_settings(conn: sqlite3.Connection) -> tuple[str, int]:
    """The journal mode and synchronous level of a connection."""
    return conn.execute("PRAGMA journal_mode").fetchone()[0], conn.execute("PRAGMA synchronous").fetchone()[0]


def commit_edit(path: Path, scratch: Path, rounds: int, per_round: int = 10) -> Samples:
    """One ``SetFields`` pushed through the document (one committed transaction) vs a bare INSERT + COMMIT."""
    work = scratch / f"commit-{path.name}"
    bare = scratch / f"commit-bare-{path.name}"
    shutil.copyfile(path, work)
    shutil.copyfile(path, bare)
    document = Document.open(work)
    journal, synchronous = journal_settings(document.store._conn)
    conn = sqlite3.connect(bare, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    cards = itertools.cycle(t.id for t in document.model.touchpoints())
    counter = itertools.count()

    def subject() -> list[float]:
        times = []
        for _ in range(per_round):
            card = document.model.get(Touchpoint, next(cards))
            command = SetFields(document.model, card, "Rename", title=f"Renamed {next(counter)}")
            start = time.perf_counter()
            document.push(command)
            times.append(time.perf_counter() - start)
        assert not document.last_error, document.last_error
        return times

    def baseline() -> list[float]:
        times = []
        for _ in range(per_round):
            title = f"Renamed {next(counter)}"
            start = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO bench_rows (title) VALUES (?)", (title,))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - start)
        return times

    try:
        return interleave(subject, baseline, rounds)
    finally:
        document.close()
        conn.close()
        for p in (work, bare):
            p.unlink(missing_ok=True)
