"""Saved views in the model: what a view holds, what follows a deleted persona or lane, and the map a view shows."""

from __future__ import annotations

import dataclasses

import pytest

from cxdesigner.domain import saved_views
from cxdesigner.domain.entities import Emotion, Lane, LaneKind, Persona, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.layout import compute_layout, emotion_curve
from cxdesigner.domain.saved_views import EmotionMode, SavedView, ViewLane, ViewPersona, ViewStep
from tests.domain import layout_maps

LANES = [(LaneKind.ACTIONS, 110.0), (LaneKind.BACKSTAGE, 110.0), (LaneKind.EMOTIONS, 120.0)]


def _map() -> JourneyMap:
    """Three stages; cards t0, t1 in the actions lane l0, t2 backstage (l1); flows t0>t1>t2; two personas."""
    journey = layout_maps.build([200.0] * 3, LANES, [(0, 0), (1, 0), (2, 1)], [(0, 1), (1, 2)])
    for pid in ("p0", "p1"):
        journey.add(Persona(id=pid, name=f"Persona {pid}", order=float(pid[1])))
        for t in ("t0", "t1", "t2"):
            journey.add(Emotion(id=f"e{pid}{t}", touchpoint_id=t, persona_id=pid, designed=1))
    journey.add(FeedbackItem(id="fb0", touchpoint_id="t0", source=FeedbackSource.SURVEY, score=4.0, persona_id="p1"))
    journey.add(FeedbackItem(id="fb1", touchpoint_id="t0", source=FeedbackSource.SURVEY, score=2.0))
    return journey


def _save(journey: JourneyMap, name: str = "For the director", **kw: object) -> SavedView:
    args: dict[str, object] = {"personas": ["p0"], "lanes": ["l0", "l2"], "mode": "measured", "path": ["t1", "t0"]}
    args.update(kw)
    entities = saved_views.make_view(journey, name, **args)  # type: ignore[arg-type]
    for entity in entities:
        journey.add(entity)
    return entities[0]


def test_a_view_keeps_what_it_shows() -> None:
    journey = _map()
    view = _save(journey, zoom=0.5, center=(10.0, 20.0))
    assert (view.name, view.emotion_mode, view.zoom, view.center_x, view.center_y) == (
        "For the director", EmotionMode.MEASURED, 0.5, 10.0, 20.0
    )  # fmt: skip
    shown = saved_views.content(journey, view.id)
    assert shown.personas == {"p0"} and shown.lanes == {"l0", "l2"} and shown.path == ("t1", "t0")
    second = _save(journey, "Everything", personas=["p0", "p1"], lanes=["l0", "l1", "l2"], path=[])
    assert [v.name for v in saved_views.views(journey)] == ["For the director", "Everything"]
    assert saved_views.content(journey, second.id).path == ()
    assert saved_views.by_name(journey, "for the DIRECTOR") == view


def test_deleting_a_persona_lane_or_touchpoint_takes_it_out_of_views_and_undo_puts_it_back() -> None:
    journey = _map()
    view = _save(journey, personas=["p0", "p1"])
    removal = journey.delete(["p1", "l2", "t1"])
    shown = saved_views.content(journey, view.id)
    assert shown.personas == {"p0"} and shown.lanes == {"l0"} and shown.path == ("t0",)
    journey.restore(removal)
    shown = saved_views.content(journey, view.id)
    assert shown.personas == {"p0", "p1"} and shown.lanes == {"l0", "l2"} and shown.path == ("t1", "t0")
    journey.delete([view.id])
    assert all(journey.count(cls) == 0 for cls in (SavedView, ViewPersona, ViewLane, ViewStep))


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"name": ""}, "name"), ({"name": " padded "}, "name"), ({"zoom": 0.0}, "zoom"), ({"zoom": 40.0}, "zoom"),
     ({"center_x": float("inf")}, "center_x")],
)  # fmt: skip
def test_bad_values_are_refused(changes: dict[str, object], field: str) -> None:
    journey = _map()
    view = _save(journey)
    with pytest.raises(ModelError) as caught:
        journey.put(dataclasses.replace(view, **changes))
    assert caught.value.field == field


def test_two_views_cannot_share_a_name() -> None:
    journey = _map()
    _save(journey)
    with pytest.raises(ModelError):
        _save(journey)


def test_focus_keeps_only_the_views_lanes_and_personas_and_leaves_the_map_alone() -> None:
    journey = _map()
    view = _save(journey)
    before = sorted(map(repr, journey.entities()))
    focused = saved_views.focus(journey, view.id)
    assert [lane.id for lane in focused.lanes()] == ["l0", "l2"]
    assert sorted(t.id for t in focused.touchpoints()) == ["t0", "t1"]  # t2 was backstage
    assert [f.source_id + f.target_id for f in focused.flows()] == ["t0t1"]
    assert [p.id for p in focused.personas()] == ["p0"]
    assert {e.persona_id for e in focused.emotions()} == {"p0"}
    assert [f.id for f in focused.all(FeedbackItem)] == ["fb1"]  # p1's own feedback goes, untagged stays
    assert sorted(map(repr, journey.entities())) == before


def test_hidden_lanes_take_no_height_route_no_flows_and_carry_no_curve() -> None:
    journey = _map()
    whole = compute_layout(journey)
    layout = compute_layout(journey, hidden_lanes=frozenset({"l1"}))
    assert layout.lanes["l1"].band.h == 0.0
    assert layout.bounds.h == pytest.approx(whole.bounds.h - whole.lanes["l1"].band.h)
    assert set(layout.flows) == {"f0"}  # f1 goes to the hidden card t2
    assert "t2" in layout.cards  # still placed, so the canvas keeps its item (hidden)
    values = {"t0": 1.0, "t1": 2.0, "t2": -2.0}
    curve = emotion_curve(layout, journey, "p0", values)
    assert curve is not None and curve.touchpoint_ids == ("t0", "t1")
    assert compute_layout(journey, hidden_lanes=frozenset({"l2"})).emotion_band is None


def test_summary_names_personas_and_lanes() -> None:
    journey = _map()
    journey.put(dataclasses.replace(journey.get(Lane, "l0"), title="Actions"))
    _save(journey)
    (row,) = saved_views.summary(journey)
    assert row == {
        "name": "For the director", "emotions": "measured", "personas": ["Persona p0"], "lanes": ["Actions", ""],
        "path": 2, "zoom": 1.0,
    }  # fmt: skip
    assert isinstance(journey.get(Touchpoint, "t0"), Touchpoint)
