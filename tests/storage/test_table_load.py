"""Reading a table at a time decides exactly as reading row by row: the same map, or the same first error.

Each case damages one or two values of the sample's rows (types, ranges, references, duplicates, broken
text) and reads the file both ways: ``read_model`` (a table decoded and checked at a time, falling back to
rows) and the row-by-row reading it replaced, kept here as the reference.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.domain.entities import MapInfo
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KIND_BY_NAME, KINDS
from cxdesigner.paths import resource_path
from cxdesigner.storage import store
from cxdesigner.storage.codec import field_names, from_values
from cxdesigner.storage.store import read_model

SAMPLE = resource_path("samples") / "tshirt-shop.cxd"
ODD_VALUES: list[Any] = [
    None, "", "x", "#12345", "#a1b2c3", 0, 1, 2, -3, 7.5, 0.5, -1e13, 1e300, 2**62, "да", "Ёлка",
    b"\x00bytes", "2026-13-45", "2026-01-02", "yes", "phone", "measured", "a" * 1_000_001,
]  # fmt: skip
STATE = ("_items", "_referrers", "_owner_cls", "_cells", "_flow_keys", "_emotion_keys", "_unique")


def read_row_by_row(conn: sqlite3.Connection) -> JourneyMap:
    """The reading before tables were checked at once: every row decoded, checked and added in turn."""
    info_kind = KIND_BY_NAME["map_info"]
    infos = [from_values(info_kind, r) for r in _rows(conn, info_kind.name)]
    model = JourneyMap(infos[0])
    model.load(from_values(kind, row) for kind in KINDS if kind.cls is not MapInfo for row in _rows(conn, kind.name))
    return model


def _rows(conn: sqlite3.Connection, table: str) -> Any:
    cols = ", ".join(f'"{c}"' for c in field_names(KIND_BY_NAME[table].cls))
    return iter(conn.execute(f'SELECT {cols} FROM "{table}"'))


def outcome(read: Any, conn: sqlite3.Connection) -> tuple[str, Any]:
    try:
        model = read(conn)
    except Exception as exc:  # the comparison is the point: which error, with which words and field
        return type(exc).__name__, (str(exc), getattr(exc, "field", None))
    return "map", {name: _plain(getattr(model, name)) for name in STATE}


def _plain(index: dict[Any, Any]) -> list[Any]:
    """An index as comparable data, in its order (sets as sorted lists, their order being arbitrary)."""
    return [(k, sorted(v) if isinstance(v, set) else v) for k, v in index.items()]


def unconstrained_copy(tmp_path: Path) -> sqlite3.Connection:
    """The sample with its tables rebuilt without constraints, so any value can be written into them."""
    path = tmp_path / "sample.cxd"
    shutil.copy(SAMPLE, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for kind in KINDS:
        conn.execute(f'CREATE TABLE "tmp_{kind.name}" AS SELECT * FROM "{kind.name}"')
        conn.execute(f'DROP TABLE "{kind.name}"')
        conn.execute(f'ALTER TABLE "tmp_{kind.name}" RENAME TO "{kind.name}"')
    return conn


def damage(conn: sqlite3.Connection, rng: random.Random) -> None:
    """One or two values changed: to an odd value, to another row's value, or to broken UTF-8."""
    for _ in range(rng.choice((1, 2))):
        kind = rng.choice([k for k in KINDS[1:] if conn.execute(f'SELECT count(*) FROM "{k.name}"').fetchone()[0]])
        column = rng.choice(field_names(kind.cls))
        rowids = [r for (r,) in conn.execute(f'SELECT rowid FROM "{kind.name}"')]
        rowid, other = rng.choice(rowids), rng.choice(rowids)
        how = rng.random()
        if how < 0.3:  # another row's value: duplicates, self-loops, moved references
            sql = f'UPDATE "{kind.name}" SET "{column}" = (SELECT "{column}" FROM "{kind.name}" WHERE rowid = ?)'
            conn.execute(sql + " WHERE rowid = ?", (other, rowid))
        elif how < 0.35:
            conn.execute(f'UPDATE "{kind.name}" SET "{column}" = CAST(x\'c3ff\' AS TEXT) WHERE rowid = ?', (rowid,))
        else:
            value = rng.choice(ODD_VALUES + [float("nan"), float("inf")])
            conn.execute(f'UPDATE "{kind.name}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))


def test_the_sample_reads_to_the_same_map_both_ways() -> None:
    conn = sqlite3.connect(SAMPLE.as_posix())
    try:
        bulk, rows = outcome(lambda c: read_model(c, "sample"), conn), outcome(read_row_by_row, conn)
    finally:
        conn.close()
    assert bulk[0] == "map"
    assert bulk == rows


@pytest.mark.parametrize("chunk", [store.CHUNK_ROWS, 3])
@pytest.mark.parametrize("seed", range(8))
def test_a_damaged_table_is_refused_or_read_exactly_as_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, chunk: int
) -> None:
    monkeypatch.setattr(store, "CHUNK_ROWS", chunk)  # 3: most tables are read in several chunks
    rng = random.Random(seed)
    conn = unconstrained_copy(tmp_path)
    try:
        outcomes = set()
        for _ in range(25):
            conn.execute("SAVEPOINT damage")
            damage(conn, rng)
            bulk, rows = outcome(lambda c: read_model(c, "sample"), conn), outcome(read_row_by_row, conn)
            assert bulk == rows
            outcomes.add(bulk[0])
            conn.execute("ROLLBACK TO damage")
            conn.execute("RELEASE damage")
    finally:
        conn.close()
    assert len(outcomes) > 1  # the damage is real: not every case reads


def test_broken_utf8_after_a_bad_row_names_the_bad_row_first(tmp_path: Path) -> None:
    conn = unconstrained_copy(tmp_path)
    try:
        first, last = [r for (r,) in conn.execute("SELECT rowid FROM touchpoints ORDER BY rowid")][::15][:2]
        conn.execute("UPDATE touchpoints SET stage_id = 'nowhere' WHERE rowid = ?", (first,))
        conn.execute("UPDATE touchpoints SET title = CAST(x'c3ff' AS TEXT) WHERE rowid = ?", (last,))
        bulk, rows = outcome(lambda c: read_model(c, "sample"), conn), outcome(read_row_by_row, conn)
    finally:
        conn.close()
    assert bulk == rows == ("ModelError", ("touchpoints.stage_id refers to a missing stages", "stage_id"))
