"""The project file gives back what deletes free: VACUUM while editing and on close, past a quarter free."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage import guard
from cxdesigner.storage.store import SESSION_FREE_PAGES, ProjectStore

DATA = Path(__file__).resolve().parents[1] / "data"


def pages(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0], conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()


def add_long_cards(journey: JourneyMap, count: int, size: int = 40_000) -> list[str]:
    stage, lane = journey.stages()[0], journey.lanes()[1]
    ids = [new_id() for _ in range(count)]
    for n, card_id in enumerate(ids):
        journey.add(
            Touchpoint(id=card_id, stage_id=stage.id, lane_id=lane.id, title=f"Long {n}", description="d" * size)
        )
    return ids


def test_deleting_long_cards_shrinks_the_file_on_close(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    empty = project_path.stat().st_size  # the map before the long cards: one page or more per table and index
    ids = add_long_cards(journey, 20)  # about 200 pages
    grown = project_path.stat().st_size
    journey.delete(ids)
    total, free = pages(project_path)
    assert free * 4 > total and free < SESSION_FREE_PAGES  # too few to compact while editing
    assert project_path.stat().st_size == grown
    store.close()
    total, free = pages(project_path)
    assert free == 0 and project_path.stat().st_size - empty < (grown - empty) / 4
    store, back = ProjectStore.open_file(project_path)
    store.close()
    assert sorted(map(repr, back.entities())) == sorted(map(repr, journey.entities()))


def test_many_free_pages_are_given_back_while_editing(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    try:
        ids = add_long_cards(journey, 40, size=60_000)  # about 600 pages
        with store.transaction():
            journey.delete(ids)  # one commit frees them all: compacted right after it
        total, free = pages(project_path)
        assert free == 0 and total < 100
        journey.add(Touchpoint(id=new_id(), stage_id=journey.stages()[0].id, lane_id=journey.lanes()[1].id))
    finally:
        store.close()


def test_a_file_mostly_in_use_is_left_alone(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    ids = add_long_cards(journey, 20)
    journey.delete(ids[:4])  # a fifth freed
    before = project_path.read_bytes()
    assert store.compact() is False
    store.close()
    assert project_path.read_bytes() == before


def test_a_read_only_file_is_never_compacted(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    ids = add_long_cards(journey, 20)
    conn = sqlite3.connect(project_path)  # the free pages, left by another writer
    conn.execute(f"DELETE FROM touchpoints WHERE id IN ({', '.join('?' * len(ids))})", ids)
    conn.commit()
    conn.close()
    store.close()
    shutil.copy(project_path, project_path.with_name("copy.cxd"))
    before = project_path.read_bytes()
    viewer, _map = ProjectStore.open_file(project_path, read_only=True)
    assert viewer.compact() is False
    viewer.close()
    assert project_path.read_bytes() == before


def test_an_older_file_is_compacted_after_its_upgrade(tmp_path: Path) -> None:
    old = sorted(DATA.glob("project-v*.cxd"))[-1]
    path = tmp_path / "old.cxd"
    shutil.copy(old, path)
    store, journey = ProjectStore.open_file(path)
    ids = add_long_cards(journey, 20)
    journey.delete(ids)
    store.close()
    assert pages(path)[1] == 0
    store, back = ProjectStore.open_file(path)
    store.close()
    assert sorted(map(repr, back.entities())) == sorted(map(repr, journey.entities()))


def test_vacuum_lets_through_only_its_own_copy(journey: JourneyMap, project_path: Path) -> None:
    ProjectStore.create(project_path, journey).close()
    conn = guard.connect(project_path, read_only=False)
    try:
        guard.vacuum(conn)
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
        with pytest.raises(sqlite3.Error):
            conn.execute("ATTACH DATABASE '' AS other")
        with pytest.raises(sqlite3.Error):
            conn.execute("ATTACH DATABASE ? AS other", (str(project_path.with_name("x.db")),))
    finally:
        conn.close()
