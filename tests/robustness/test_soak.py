"""A long session: 10,000 random edits with undo and redo keep the undo history within its memory bound and
the project file compacted, and the file still holds exactly the map.

The edits are the crash harness's (add, rename, move, link, delete, stages, undo, redo), with long texts
(10 to 200 KB descriptions) set and then deleted often enough to free many pages. The history's byte limit
is lowered to 2 MB so it is reached within the run. The file's commits are not synced to the disk here
(``synchronous=OFF``): durability is the crash harness's business, and 10,000 fsynced commits would take
minutes; what this test measures does not depend on it.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain import templates
from cxdesigner.storage.store import CLOSE_FREE_PAGES, SESSION_FREE_PAGES, ProjectStore
from tests.robustness import crash_child

EDITS = 10_000
BYTE_LIMIT = 2 * 1024 * 1024
SEED = 20_2026

pytestmark = pytest.mark.slow


def pages(path: Path) -> tuple[int, int]:
    """(pages, free pages) of the file as it is on disk now."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0], conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()


def edit(doc: Document, rng: random.Random) -> None:
    cards = doc.model.touchpoints()
    if cards and rng.random() < 0.08:
        card = rng.choice(cards)
        text = rng.choice("abcdef") * rng.randrange(10_000, 200_000)
        doc.push(SetFields(doc.model, card, "Describe", description=text))
    else:
        crash_child.edit(doc, rng)


def test_ten_thousand_edits_stay_within_the_memory_bound_and_the_file_is_compacted(tmp_path: Path) -> None:
    path = tmp_path / "soak.cxd"
    doc = Document.create(path, templates.build("eight-stages", "Soak"))
    doc.undo_stack.byte_limit = BYTE_LIMIT
    doc.store._conn.execute("PRAGMA synchronous=OFF")
    rng = random.Random(SEED)
    vacuums, compact = [0], doc.store.compact

    def counted(minimum: int = CLOSE_FREE_PAGES) -> bool:
        done = compact(minimum)
        vacuums[0] += done
        return done

    doc.store.compact = counted  # type: ignore[method-assign]
    largest_history, largest_file = 0, 0
    try:
        for n in range(EDITS):
            edit(doc, rng)
            history = doc.undo_stack
            largest_history = max(largest_history, history.stored_bytes())
            assert history.stored_bytes() <= BYTE_LIMIT or history.count() == 1, f"edit {n}: history too large"
            assert history.count() <= history.step_limit
            if n % 50 == 0:
                total, free = pages(path)
                largest_file = max(largest_file, total)
                assert free < SESSION_FREE_PAGES or free * 4 <= total, f"edit {n}: {free} of {total} pages free"
        assert not doc.last_error
        expected = crash_child.digest(doc.model)
        assert doc.undo_stack.count() > 10 and doc.undo_stack.stored_bytes() > BYTE_LIMIT // 2  # the bound bit
    finally:
        doc.close()
    total, free = pages(path)
    assert free < CLOSE_FREE_PAGES or free * 4 <= total  # compacted on close as well
    assert vacuums[0] >= 2 and largest_file > total  # the file did grow, and was given back
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert crash_child.digest(journey) == expected
    print(f"\nsoak: {EDITS} edits, {vacuums[0]} compactions, file at most {largest_file} pages, {total} at the end,"
          f" history at most {largest_history / 1e6:.1f} MB")  # fmt: skip
