"""Barriers, improvements, links, strategy scores and snapshots go to the file and come back equal."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, ImprovementStatus
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.domain.strategy import StrategyScore
from cxdesigner.io.snapshots import to_payload
from cxdesigner.storage.migrations import SCHEMA_VERSION
from cxdesigner.storage.store import ProjectStore, backup_path

DATA = Path(__file__).resolve().parents[1] / "data"


def _reopen(path: Path) -> JourneyMap:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return journey


def _fill(journey: JourneyMap) -> list[object]:
    tp, stage = journey.touchpoints()[0], journey.stages()[2]
    barrier = Barrier(id=new_id(), touchpoint_id=tp.id, description="Print fades <after> the 1st wash & 😞")
    unknown = Barrier(id=new_id(), stage_id=stage.id, order=1.5, share_lost=None)
    imp = Improvement(
        id=new_id(), title="Better ink", owner="Anna", status=ImprovementStatus.IN_PROGRESS, effort=2, impact=5,
        due="2025-09-01", effect="fewer returns",
    )  # fmt: skip
    link = ImprovementBarrier(id=new_id(), improvement_id=imp.id, barrier_id=barrier.id)
    scores = [
        StrategyScore(id=new_id(), key="speed", score=3, notes="x" * 10_000),
        StrategyScore(id=new_id(), key="data"),
    ]
    snap = Snapshot(id=new_id(), label="Spring", taken_at="2025-03-01T10:30:00", payload=to_payload(journey))
    return [barrier, unknown, imp, link, *scores, snap]


def test_live_writes_and_reopen(journey: JourneyMap, project_path: Path) -> None:
    store = ProjectStore.create(project_path, journey)
    added = [journey.add(e) for e in _fill(journey)]
    journey.update(Barrier, added[0].id, share_lost=0.25)
    store.close()
    again = _reopen(project_path)
    assert sorted(map(repr, again.entities())) == sorted(map(repr, journey.entities()))
    assert again.get(Barrier, added[0].id).share_lost == 0.25 and again.get(Barrier, added[1].id).share_lost is None
    assert again.get(StrategyScore, added[5].id).score is None


def test_whole_map_write(journey: JourneyMap, project_path: Path) -> None:
    for e in _fill(journey):
        journey.add(e)
    ProjectStore.create(project_path, journey).close()
    assert sorted(map(repr, _reopen(project_path).entities())) == sorted(map(repr, journey.entities()))


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_migrate_to_empty_tables_that_then_take_rows(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.cxd"
    shutil.copy(DATA / f"project-v{version}.cxd", path)
    store, journey = ProjectStore.open_file(path)
    assert backup_path(path, version).exists() and store.schema_version == SCHEMA_VERSION
    assert all(journey.count(cls) == 0 for cls in (Barrier, Improvement, ImprovementBarrier, StrategyScore, Snapshot))
    for e in _fill(journey):
        journey.add(e)
    store.close()
    assert _reopen(path).count(Barrier) == 2
    conn = sqlite3.connect(path)
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"barriers_stage", "improvement_barriers_key", "strategy_scores_key"} <= indexes
    conn.close()
