"""The synthetic maps: the promised counts, every kind present, reproducible, and a valid project file."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.domain.entities import LaneKind
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.storage.store import ProjectStore
from tests.bench.generate import cached_map, shape, synthetic_map


def test_counts_follow_the_issue() -> None:
    journey = synthetic_map(300)
    assert len(journey.touchpoints()) == 300
    assert len(journey.flows()) == 390  # 1.3 per touchpoint
    assert len(journey.stages()) == 30 == shape(300).stages
    assert len(journey.lanes()) == 7
    assert shape(3000).stages == 300
    personas = journey.personas()
    assert len(personas) == 2
    with_emotion = {p.id: sum(1 for e in journey.emotions() if e.persona_id == p.id) for p in personas}
    assert with_emotion[personas[0].id] == 300
    assert 0 < with_emotion[personas[1].id] < 300
    assert journey.count(QualityRequirement) > 100


def test_cards_stay_out_of_the_emotions_lane_and_every_stage_has_cards() -> None:
    journey = synthetic_map(300)
    emotions = {lane.id for lane in journey.lanes() if lane.kind is LaneKind.EMOTIONS}
    assert not any(t.lane_id in emotions for t in journey.touchpoints())
    assert {t.stage_id for t in journey.touchpoints()} == {s.id for s in journey.stages()}


def test_same_seed_same_map_other_seed_other_map() -> None:
    def ids(seed: int) -> list[str]:
        return [e.id for e in synthetic_map(300, seed).entities()]

    assert ids(3) == ids(3)
    assert ids(3) != ids(4)


def test_cached_map_is_a_project_that_opens(tmp_path: Path) -> None:
    path = cached_map(tmp_path, 300)
    assert cached_map(tmp_path, 300) == path
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    assert len(journey.touchpoints()) == 300
    assert len(journey.flows()) == 390
