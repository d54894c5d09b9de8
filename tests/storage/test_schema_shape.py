"""The schema check compares what SQLite reads from a file's schema, not the words that created it.

Files made with sqlite-utils 3.x (``[x]``, ``FLOAT``) and 4.x (``"x"``, ``REAL``) hold the same tables and
both open; a file whose tables, columns, constraints or indexes differ from ours in any way is refused.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage import guard, schema
from cxdesigner.storage.errors import Problem, ProjectFileError
from cxdesigner.storage.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore

DATA = Path(__file__).resolve().parents[1] / "data"
# Made by `cxdesigner new --template sample` with sqlite-utils 3.36 (the lowest version pyproject allowed).
SAMPLE_336 = "sample-sqlite-utils-3.36.cxd"


def sqlite_utils_4(sql: str) -> str:
    """The DDL as sqlite-utils 4.x words it: names in double quotes, floats as REAL."""
    return re.sub(r"\[([^\]]+)\]", r'"\1"', sql).replace(" FLOAT", " REAL")


def rebuild(source: Path, target: Path, edit: Callable[[str], str]) -> None:
    """Copy ``source`` to ``target`` with every CREATE statement, in 4.x wording, passed through ``edit``.

    The rows are copied too. The 4.x wording first makes the edits below work whichever sqlite-utils
    made ``source``.
    """
    old = sqlite3.connect(source)
    entries = old.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC")
    statements = [(kind, name, sql) for kind, name, sql in entries]
    old.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS old", (str(source),))
    for _kind, _name, sql in statements:
        conn.execute(edit(sqlite_utils_4(sql)))
    for kind, name, _sql in statements:
        if kind == "table":
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA old.table_info("{name}")'))
            conn.execute(f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM old."{name}"')
    conn.execute("DETACH DATABASE old")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()


def change(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(statement)
    conn.close()


def refusal(path: Path) -> Problem:
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open_file(path, read_only=True)
    return info.value.problem


@pytest.fixture
def ours(journey: JourneyMap, project_path: Path) -> Path:
    ProjectStore.create(project_path, journey).close()
    return project_path


def test_the_sample_made_with_the_lowest_sqlite_utils_opens(tmp_path: Path) -> None:
    path = tmp_path / SAMPLE_336
    shutil.copy(DATA / SAMPLE_336, path)
    conn = sqlite3.connect(path)
    ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'stages'").fetchone()[0]
    conn.close()
    assert "[order] FLOAT NOT NULL" in ddl  # the file really carries the 3.x wording
    store, journey = ProjectStore.open_file(path)
    assert store.schema_version == SCHEMA_VERSION and not store.read_only and store.notice == ""
    assert len(journey.touchpoints()) == 16
    journey.update(Touchpoint, journey.touchpoints()[0].id, title="renamed")
    store.close()
    again, model = ProjectStore.open_file(path, read_only=True)
    assert "renamed" in {t.title for t in model.touchpoints()}
    again.close()


def sqlite_utils_3(sql: str) -> str:
    """The DDL as sqlite-utils 3.x words it: names in brackets, floats as FLOAT."""
    return re.sub(r'"([^"]+)"', r"[\1]", sql).replace(" REAL", " FLOAT")


@pytest.mark.parametrize(
    "edit",
    [
        sqlite_utils_3,
        lambda sql: re.sub(r'"([a-z_]+)"', r"`\1`", sql),
        lambda sql: " ".join(sql.split()).lower().replace("real", "double precision"),
    ],
    ids=["brackets and FLOAT", "backticks", "one line, lower case, DOUBLE PRECISION"],
)
def test_a_schema_worded_differently_opens(ours: Path, tmp_path: Path, edit: Callable[[str], str]) -> None:
    reworded = tmp_path / "reworded.cxd"
    rebuild(ours, reworded, edit)
    store, journey = ProjectStore.open_file(reworded, read_only=True)
    assert len(journey.touchpoints()) == 4
    store.close()


def retype(column: str, old: str, new: str) -> Callable[[str], str]:
    return lambda sql: sql.replace(f'"{column}" {old}', f'"{column}" {new}')


@pytest.mark.parametrize(
    "edit",
    [
        retype("title", "TEXT", "INTEGER"),
        retype("order", "REAL", "TEXT"),
        retype("order", "REAL", "NUMERIC"),
        retype("description", "TEXT NOT NULL", "TEXT"),
        retype("title", "TEXT NOT NULL", "TEXT NOT NULL DEFAULT ''"),
        retype("title", "TEXT NOT NULL", "TEXT NOT NULL CHECK (length(title) < 5000)"),
        retype("title", "TEXT NOT NULL", "TEXT NOT NULL COLLATE NOCASE"),
        retype("title", "TEXT NOT NULL", "TEXT NOT NULL ON CONFLICT REPLACE"),
        retype("title", "TEXT NOT NULL", "TEXT NOT NULL UNIQUE"),
        retype("stage_id", "TEXT NOT NULL", "TEXT NOT NULL REFERENCES stages(id)"),
        retype("id", "TEXT PRIMARY KEY", "TEXT"),
        lambda sql: sql.replace("CREATE UNIQUE INDEX", "CREATE INDEX"),
        lambda sql: sql.replace('("touchpoint_id", "persona_id")', '("persona_id", "touchpoint_id")'),
        lambda sql: sql.replace('("touchpoint_id", "persona_id")', '("touchpoint_id" DESC, "persona_id")'),
        lambda sql: sql.replace('ON "flows" ("source_id")', 'ON "flows" ("source_id") WHERE "label" <> \'\''),
        lambda sql: sql + " WITHOUT ROWID" if sql.startswith('CREATE TABLE "map_info"') else sql,
        lambda sql: sql + " STRICT" if sql.startswith('CREATE TABLE "lanes"') else sql,
    ],
    ids=[
        "TEXT->INTEGER", "REAL->TEXT", "REAL->NUMERIC", "NOT NULL dropped", "default added", "check added",
        "collation added", "on conflict added", "unique added", "foreign key added", "primary key dropped",
        "unique index made plain", "index columns swapped", "index column descending", "partial index",
        "without rowid", "strict",
    ],
)  # fmt: skip
def test_a_changed_schema_is_refused(ours: Path, tmp_path: Path, edit: Callable[[str], str]) -> None:
    changed = tmp_path / "changed.cxd"
    rebuild(ours, changed, edit)
    assert refusal(changed) is Problem.DAMAGED


@pytest.mark.parametrize(
    "statement",
    [
        "ALTER TABLE touchpoints ADD COLUMN extra TEXT",
        "DROP INDEX flows_target",
        "CREATE INDEX lanes_title ON lanes (title)",
        "CREATE TABLE spare (id TEXT PRIMARY KEY NOT NULL)",
        "DROP TABLE expectations",
        "ALTER TABLE touchpoints RENAME COLUMN notes TO remarks",
    ],
    ids=["extra column", "missing index", "extra index", "extra table", "missing table", "renamed column"],
)
def test_a_tampered_file_is_refused(ours: Path, statement: str) -> None:
    change(ours, statement)
    assert refusal(ours) is Problem.DAMAGED


def test_the_rebuilt_copy_is_faithful(ours: Path, tmp_path: Path) -> None:
    """The copy the tests above edit opens when nothing is edited, so each refusal is the edit's doing."""
    same = tmp_path / "same.cxd"
    rebuild(ours, same, lambda sql: sql)
    ProjectStore.open_file(same, read_only=True)[0].close()


@pytest.mark.parametrize(
    ("declared", "affinity"),
    [
        ("REAL", "REAL"), ("FLOAT", "REAL"), ("DOUBLE PRECISION", "REAL"), ("TEXT", "TEXT"),
        ("VARCHAR(20)", "TEXT"), ("CLOB", "TEXT"), ("INTEGER", "INTEGER"), ("BIGINT", "INTEGER"),
        ("", "BLOB"), ("BLOB", "BLOB"), ("NUMERIC", "NUMERIC"), ("DECIMAL(10,5)", "NUMERIC"),
        ("FLOATING POINT", "INTEGER"),  # "POINT" holds "INT", and SQLite's first rule wins
    ],
)  # fmt: skip
def test_declared_types_are_compared_by_sqlites_affinity(declared: str, affinity: str) -> None:
    assert schema.affinity(declared) == affinity
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE t (x {declared})")
    conn.execute("INSERT INTO t VALUES ('1.0')")
    stored = conn.execute("SELECT typeof(x) FROM t").fetchone()[0]
    conn.close()
    assert (
        stored == {"REAL": "real", "TEXT": "text", "INTEGER": "integer", "BLOB": "text", "NUMERIC": "integer"}[affinity]
    )


def test_migrations_stay_inside_the_callers_transaction() -> None:
    """The store runs every migration in one transaction; the installed sqlite-utils must not commit it."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("BEGIN")
    db = Database(conn)
    for migrate in MIGRATIONS:
        migrate(db)
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_a_fresh_file_has_the_expected_shape(ours: Path) -> None:
    conn = sqlite3.connect(ours)
    assert guard.schema_of(conn) == guard.expected_schema(SCHEMA_VERSION)
    assert schema.unexplained_words(conn) == []
    conn.close()
