"""The hostile corpus: project files made by our own code, then damaged, and hand-made files from "strangers".

Everything is generated at test time from a seed, so a failure names a file that the same seed makes again.
``mutated`` flips, truncates and zero-fills copies of real projects; ``hand_made`` builds one file per trick
(a view named like a table, a trigger, a virtual table, a future version, huge and broken values, ...),
each with what it must do: open (and how) or fail with which ``Problem``.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.domain import saved_views, templates
from cxdesigner.domain.entities import Channel, Emotion, Flow, Persona, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.errors import Problem
from cxdesigner.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore
from tests.picture_bytes import picture, png

SEED = 20261122
OPENS = "opens"  # must open; the model is checked against ``check`` in the worker
NEWER = "newer"  # must open read-only with the NEWER notice


@dataclass(frozen=True)
class Case:
    """One file of the corpus and what it must do (``expect`` is OPENS, NEWER, a Problem, or None: either)."""

    name: str
    path: Path
    expect: str | Problem | None = None
    title: str | None = None  # when it opens: the map title it must show


# ----------------------------------------------------------------------------------------------- base files
def rich_map(touchpoints: int = 12) -> JourneyMap:
    """Eight stages, seven lanes, linked touchpoints with texts in three scripts, personas and emotions."""
    journey = templates.eight_stages("Футболки <shop> & co", "ru")
    stages, lanes = journey.stages(), journey.lanes()
    personas = [journey.add(Persona(id=new_id(), name=n, color="#1864ab")) for n in ("Студент", "Mother 👩")]
    tps = []
    for i in range(touchpoints):
        tp = Touchpoint(
            id=new_id(),
            stage_id=stages[i % 8].id,
            lane_id=lanes[1 + i % 3].id,
            title=f"Точка {i} <b>&amp;</b> שלום 😀",
            description="Описание " * (i % 5),
            channel=list(Channel)[i % len(Channel)],
            owner="Маркетинг",
            order=float(i),
        )
        tps.append(journey.add(tp))
    for a, b in zip(tps, tps[1:], strict=False):
        journey.add(Flow(id=new_id(), source_id=a.id, target_id=b.id, label="→", share=0.5))
    for i, tp in enumerate(tps):
        journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=personas[i % 2].id, designed=i % 5 - 2))
    view = [p.id for p in personas[:1]], [lane.id for lane in lanes[1:4]], [t.id for t in tps[:3]]
    for entity in saved_views.make_view(journey, "Для директора", *view[:2], "both", view[2], 0.5, (300.0, 200.0)):
        journey.add(entity)
    for i, tp in enumerate(tps[:3]):
        journey.add(picture(tp.id, 16 + i, 9, caption=f"Фото {i} <img>"))
    return journey


def base_files(folder: Path) -> list[Path]:
    """Two real projects written by ProjectStore: a small one and one whose tables span many pages."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, count in (("small.cxd", 6), ("large.cxd", 160)):
        path = folder / name
        ProjectStore.create(path, rich_map(count)).close()
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------------- mutations
def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def mutated(bases: list[Path], folder: Path, seed: int = SEED) -> list[Case]:
    """At least 200 damaged copies: flipped bytes (header, b-tree pages, anywhere), truncation, zeroed pages."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def emit(kind: str, base: Path, data: bytes | bytearray) -> None:
        path = folder / f"{kind}-{len(cases):03d}-{base.stem}.cxd"
        path.write_bytes(bytes(data))
        cases.append(Case(path.name, path))

    def flip(data: bytearray, offsets: list[int]) -> bytearray:
        for off in offsets:
            data[off] ^= rng.randrange(1, 256)
        return data

    originals = {b: b.read_bytes() for b in bases}
    for i in range(40):  # the 100-byte file header
        base = bases[i % 2]
        data = bytearray(originals[base])
        emit("header", base, flip(data, [rng.randrange(100) for _ in range(rng.randint(1, 3))]))
    for i in range(70):  # b-tree pages: page headers, cell pointer arrays, and the schema page
        base = bases[i % 2]
        data = bytearray(originals[base])
        size = _page_size(data)
        pages = len(data) // size
        page = 0 if i % 7 == 0 else rng.randrange(1, pages)
        start = page * size + (100 if page == 0 else 0)
        spots = [start + rng.randrange(12 if i % 2 else 64) for _ in range(rng.randint(1, 4))]
        emit("btree", base, flip(data, spots))
    for i in range(40):  # anywhere in the middle
        base = bases[i % 2]
        data = bytearray(originals[base])
        length = len(data)
        spots = [rng.randrange(length // 4, 3 * length // 4) for _ in range(rng.randint(1, 8))]
        emit("middle", base, flip(data, spots))
    for i in range(40):  # truncation: inside the header, at page boundaries, mid-page
        base = bases[i % 2]
        data = originals[base]
        size = _page_size(data)
        choices = [rng.randrange(1, 100), rng.randrange(1, len(data) // size) * size, rng.randrange(100, len(data))]
        emit("truncated", base, data[: choices[i % 3]])
    for i in range(30):  # zero-filled pages (page 1 now and then)
        base = bases[i % 2]
        data = bytearray(originals[base])
        size = _page_size(data)
        page = 0 if i % 10 == 0 else rng.randrange(1, len(data) // size)
        data[page * size : (page + 1) * size] = bytes(size)
        emit("zeroed", base, data)
    return cases


# ------------------------------------------------------------------------------------------------ hand-made
def _bomb_header() -> bytes:
    """A PNG whose header claims 30,000 x 30,000 pixels, with a token of pixel data."""
    import struct
    import zlib

    from tests.picture_bytes import chunk

    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 9000))
        + chunk(b"IEND", b"")
    )


def _sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for i, statement in enumerate(statements):
        conn.execute(statement, params if i == len(statements) - 1 else ())
    conn.close()


def hand_made(base: Path, folder: Path) -> list[Case]:  # noqa: C901 - one small block per trick
    """One file per trick a stranger (or a broken tool) could play, with what it must do."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def copy(name: str) -> Path:
        path = folder / f"{name}.cxd"
        shutil.copy(base, path)
        return path

    def add(name: str, expect: str | Problem | None, *statements: str, params: tuple[object, ...] = ()) -> None:
        path = copy(name)
        _sql(path, *statements, params=params)
        cases.append(Case(path.name, path, expect))

    add(
        "view-named-touchpoints",
        Problem.UNSAFE,
        "DROP TABLE touchpoints",
        "CREATE VIEW touchpoints AS SELECT * FROM stages",
    )
    add("trigger", Problem.UNSAFE, "CREATE TRIGGER wipe AFTER UPDATE ON stages BEGIN DELETE FROM touchpoints; END")
    add("fts5", Problem.UNSAFE, "CREATE VIRTUAL TABLE notes USING fts5(body)")
    add("fts4", Problem.UNSAFE, "CREATE VIRTUAL TABLE notes USING fts4(body)")
    add("rtree", Problem.UNSAFE, "CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)")
    add("analyze-stats", Problem.UNSAFE, "ANALYZE")
    add("extra-table", Problem.DAMAGED, "CREATE TABLE extra (a)")
    add("missing-index", Problem.DAMAGED, "DROP INDEX flows_source")
    add("extra-column", Problem.DAMAGED, "ALTER TABLE stages ADD COLUMN x TEXT DEFAULT 'y'")
    add("wrong-application-id", Problem.NOT_PROJECT, "PRAGMA application_id = 1234")
    add("version-zero", Problem.NOT_PROJECT, "PRAGMA user_version = 0")
    add(
        "future-version",
        NEWER,
        "CREATE TABLE hologram (id TEXT PRIMARY KEY)",
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
    )
    add(
        "future-version-without-a-column",
        Problem.TOO_NEW,
        "ALTER TABLE touchpoints DROP COLUMN notes",
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
    )
    add(
        "future-version-with-a-view",
        Problem.UNSAFE,
        "CREATE VIEW v AS SELECT 1",
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
    )
    add("text-10mb", Problem.DAMAGED, "UPDATE touchpoints SET notes = ?", params=("x" * 10_000_000,))
    add("blob-65mb", Problem.DAMAGED, "UPDATE touchpoints SET notes = zeroblob(65000000) WHERE rowid = 1")
    add("invalid-utf8", Problem.DAMAGED, "UPDATE stages SET title = CAST(x'fffe41c3' AS TEXT)")
    add("surrogate-utf8", Problem.DAMAGED, "UPDATE stages SET title = CAST(x'eda080' AS TEXT)")
    add("text-in-real", Problem.DAMAGED, "UPDATE stages SET \"order\" = 'first'")
    add("blob-in-text", Problem.DAMAGED, "UPDATE lanes SET title = x'00ff'")
    add("picture-not-decoding", Problem.DAMAGED, "UPDATE pictures SET data = ?", params=(png(16, 9)[:-30] + b"x" * 30,))
    add("picture-garbage", Problem.DAMAGED, "UPDATE pictures SET data = randomblob(5000) WHERE rowid = 1")
    add("picture-as-text", Problem.DAMAGED, "UPDATE pictures SET data = 'iVBORw0KGgo='")
    add(
        "picture-svg",
        Problem.DAMAGED,
        "UPDATE pictures SET data = CAST('<svg><script>alert(1)</script></svg>' AS BLOB)",
    )
    add("picture-bomb", Problem.DAMAGED, "UPDATE pictures SET data = ?, width = 30000, height = 30000",
        params=(_bomb_header(),))  # fmt: skip
    add("picture-wrong-size", Problem.DAMAGED, "UPDATE pictures SET width = width + 1")
    add("integer-in-bool", Problem.DAMAGED, "UPDATE touchpoints SET direct = 5")
    add("unknown-channel", Problem.DAMAGED, "UPDATE touchpoints SET channel = 'telepathy'")
    add("emotion-out-of-range", Problem.DAMAGED, "UPDATE emotions SET designed = 9")
    add("bad-colour", Problem.DAMAGED, "UPDATE personas SET color = 'url(javascript:alert(1))'")
    add("infinite-order", Problem.DAMAGED, 'UPDATE stages SET "order" = 9e999')
    add("minus-infinite-width", Problem.DAMAGED, "UPDATE stages SET width = -9e999")
    add("huge-order", Problem.DAMAGED, 'UPDATE lanes SET "order" = 1e300')
    add("nan-share", OPENS, "UPDATE flows SET share = ?", params=(float("nan"),))  # SQLite stores NaN as NULL
    add("share-above-one", Problem.DAMAGED, "UPDATE flows SET share = 7")
    add("dangling-stage", Problem.DAMAGED, "UPDATE touchpoints SET stage_id = 'nowhere'")
    add("dangling-flow", Problem.DAMAGED, "DELETE FROM touchpoints WHERE id = (SELECT target_id FROM flows LIMIT 1)")
    add("dangling-persona", Problem.DAMAGED, "DELETE FROM personas")
    add(
        "duplicate-map-info",
        Problem.DAMAGED,
        "INSERT INTO map_info SELECT id || '2', title, description, language FROM map_info",
    )
    add("no-map-info", Problem.DAMAGED, "DELETE FROM map_info")
    add(
        "id-used-twice",
        Problem.DAMAGED,
        "UPDATE lanes SET id = (SELECT id FROM stages LIMIT 1) WHERE rowid = (SELECT min(rowid) FROM lanes)",
    )
    add(
        "flow-twice",
        Problem.DAMAGED,
        "INSERT INTO flows SELECT id || 'b', source_id, target_id, label, share FROM flows LIMIT 1",
    )
    add("self-loop", Problem.DAMAGED, "UPDATE flows SET target_id = source_id")
    add("view-unknown-emotion-mode", Problem.DAMAGED, "UPDATE saved_views SET emotion_mode = 'rosy'")
    add("view-zoom-zero", Problem.DAMAGED, "UPDATE saved_views SET zoom = 0")
    add("view-zoom-text", Problem.DAMAGED, "UPDATE saved_views SET zoom = 'big'")
    add("view-empty-name", Problem.DAMAGED, "UPDATE saved_views SET name = '  '")
    add("view-infinite-centre", Problem.DAMAGED, "UPDATE saved_views SET center_y = 9e999")
    add(
        "view-dangling-lane",
        Problem.DAMAGED,
        "UPDATE view_lanes SET lane_id = 'nowhere' WHERE rowid = (SELECT min(rowid) FROM view_lanes)",
    )
    add("view-dangling-step", Problem.DAMAGED, "UPDATE view_steps SET touchpoint_id = 'nowhere'")
    add("view-step-of-no-view", Problem.DAMAGED, "DELETE FROM saved_views")
    add(
        "view-name-twice",
        Problem.DAMAGED,
        "INSERT INTO saved_views SELECT id || 'b', name, \"order\" + 1, emotion_mode, zoom, center_x, center_y"
        " FROM saved_views",
    )
    add("nul-in-text", OPENS, "UPDATE touchpoints SET notes = ?", params=("before\x00after",))

    path = copy("titles-10000")
    long_title = "Длинный <title> & " * 600  # 10,800 characters
    _sql(path, "UPDATE map_info SET title = ?", params=(long_title[:10_000],))
    _sql(
        path,
        "UPDATE touchpoints SET title = ?, description = ?, notes = ?, owner = ?",
        params=(long_title[:10_000],) * 4,
    )
    cases.append(Case(path.name, path, OPENS, long_title[:10_000]))

    path = copy("null-in-not-null")  # rewrite the schema text so the NOT NULL is back, over a NULL value
    conn = sqlite3.connect(path, isolation_level=None)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'lanes'").fetchone()
    conn.execute("ALTER TABLE lanes RENAME TO lanes_old")
    conn.execute(sql.replace("NOT NULL", ""))
    conn.execute("INSERT INTO lanes SELECT * FROM lanes_old")
    conn.execute("DROP TABLE lanes_old")
    conn.execute("UPDATE lanes SET title = NULL")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'lanes'", (sql,))
    conn.close()
    cases.append(Case(path.name, path, Problem.DAMAGED))

    path = copy("wal-header")
    _sql(path, "PRAGMA journal_mode = WAL")
    cases.append(Case(path.name, path, Problem.DAMAGED))

    path = copy("garbage-journal")  # a stranger's "-journal" beside the file: SQLite must not trust it
    Path(str(path) + "-journal").write_bytes(random.Random(SEED).randbytes(9000))
    cases.append(Case(path.name, path, None))

    path = copy("big-pages")
    _sql(path, "PRAGMA page_size = 65536", "VACUUM")
    cases.append(Case(path.name, path, OPENS))

    _write_files(folder, cases)
    return cases


def _write_files(folder: Path, cases: list[Case]) -> None:
    """Files that are not projects at all."""
    writers: dict[str, tuple[Callable[[Path], None], Problem]] = {
        "empty": (lambda p: p.write_bytes(b""), Problem.NOT_SQLITE),
        "text": (lambda p: p.write_text("Dear customer, this is not a journey map.\n" * 50), Problem.NOT_SQLITE),
        "png": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500)), Problem.NOT_SQLITE),
        "header-only": (lambda p: p.write_bytes(b"SQLite format 3\x00"), Problem.DAMAGED),
        "plain-sqlite": (_plain_sqlite, Problem.NOT_PROJECT),
        "our-id-on-another-database": (_foreign_with_our_id, Problem.DAMAGED),
        "directory": (lambda p: p.mkdir(), Problem.IS_DIRECTORY),
        "fifo": (lambda p: os.mkfifo(p), Problem.NOT_SQLITE),
        "device": (lambda p: p.symlink_to("/dev/zero"), Problem.NOT_SQLITE),
        "missing": (lambda p: None, Problem.NOT_FOUND),
    }
    for name, (write, problem) in writers.items():
        path = folder / f"{name}.cxd"
        write(path)
        cases.append(Case(path.name, path, problem))


def _plain_sqlite(path: Path) -> None:
    _sql(path, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('la')")


def _foreign_with_our_id(path: Path) -> None:
    _sql(path, f"PRAGMA application_id = {APPLICATION_ID}", "PRAGMA user_version = 1", "CREATE TABLE songs (t)")
