"""The emotion band's scale and the smooth emotion curve through the valued touchpoints."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain.entities import LaneKind, Touchpoint
from cxdesigner.domain.layout import (
    MapLayout,
    Point,
    compute_layout,
    emotion_curve,
    emotion_y,
    journey_order,
    snap_emotion,
    value_at_y,
)
from tests.domain.layout_maps import build

T, E = LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS


def _map(cards: list[tuple[int, int]], stages: int = 6):
    journey = build([220.0] * stages, [(T, 110.0), (E, 160.0), (T, 110.0)], cards)
    return journey, compute_layout(journey)


def _bezier(seg: tuple[Point, Point, Point, Point], t: float) -> Point:
    a, b, c, d = seg
    u = 1.0 - t
    w = (u**3, 3 * u * u * t, 3 * u * t * t, t**3)
    return Point(sum(k * p.x for k, p in zip(w, seg, strict=True)), sum(k * p.y for k, p in zip(w, seg, strict=True)))


def test_the_scale_puts_plus_two_at_the_top_inside_the_padding() -> None:
    _, layout = _map([])
    band = layout.emotion_band
    assert band is not None
    assert emotion_y(layout, 2) == band.y + 12.0
    assert emotion_y(layout, -2) == band.bottom - 12.0
    assert emotion_y(layout, 0) == band.center.y
    assert emotion_y(layout, 7) == emotion_y(layout, 2) and emotion_y(layout, -9) == emotion_y(layout, -2)


@given(st.floats(-2.0, 2.0))
def test_value_at_y_inverts_emotion_y(value: float) -> None:
    _, layout = _map([])
    assert value_at_y(layout, emotion_y(layout, value)) == pytest.approx(value, abs=1e-9)


def test_value_at_y_is_clamped_and_snaps() -> None:
    _, layout = _map([])
    assert value_at_y(layout, -1000.0) == 2.0 and value_at_y(layout, 1000.0) == -2.0
    assert [snap_emotion(v) for v in (-7.0, -1.6, -0.5, 0.49, 0.5, 1.2, 3.0)] == [-2, -2, 0, 0, 1, 1, 2]


def test_without_an_emotions_lane_there_is_no_scale_and_no_curve() -> None:
    journey = build([220.0], [(T, 110.0)], [(0, 0)])
    layout = compute_layout(journey)
    with pytest.raises(ValueError):
        emotion_y(layout, 0)
    assert emotion_curve(layout, journey, "p", {"t0": 1}) is None


def test_no_values_no_curve_and_one_value_one_point() -> None:
    journey, layout = _map([(0, 0), (1, 0)])
    assert emotion_curve(layout, journey, "p", {}) is None
    curve = emotion_curve(layout, journey, "p", {"t1": -1, "gone": 2})
    assert curve is not None
    assert curve.touchpoint_ids == ("t1",) and curve.segments == ()
    assert curve.points == (Point(layout.cards["t1"].rect.center.x, emotion_y(layout, -1)),)


def _check_curve(layout: MapLayout, curve, ids: list[str], values: dict[str, float]) -> None:
    assert curve.touchpoint_ids == tuple(ids)
    assert curve.values == tuple(float(values[t]) for t in ids)
    for tid, p, v in zip(ids, curve.points, curve.values, strict=True):
        rect = layout.cards[tid].rect  # at the card's centre, or spread across it when its stage has several
        assert rect.x < p.x < rect.right and p.y == emotion_y(layout, v)
        if sum(layout.cards[t].stage_id == layout.cards[tid].stage_id for t in ids) == 1:
            assert p == Point(rect.center.x, emotion_y(layout, v))
    assert len(curve.segments) == len(ids) - 1
    high, low = emotion_y(layout, 2), emotion_y(layout, -2)
    for i, seg in enumerate(curve.segments):
        assert seg[0] == curve.points[i] and seg[3] == curve.points[i + 1]
        for p in seg:
            assert high - 1e-9 <= p.y <= low + 1e-9  # the control points too: no overshoot


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 2)), min_size=1, max_size=14),
    st.data(),
)
def test_the_curve_runs_through_its_points_in_journey_order(cards, data) -> None:
    journey, layout = _map(cards)
    ids = [f"t{i}" for i in range(len(cards))]
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True, min_size=1))
    values = {t: data.draw(st.sampled_from([-2, -1, 0, 1, 2])) for t in chosen}
    curve = emotion_curve(layout, journey, "p", values)
    assert curve is not None and curve.persona_id == "p"
    expected = [t for t in journey_order(journey) if t in values]
    _check_curve(layout, curve, expected, values)
    xs = [p.x for p in curve.points]
    assert xs == sorted(xs)
    for seg in curve.segments:  # smooth in x too: never runs back between two points
        samples = [_bezier(seg, k / 20) for k in range(21)]
        assert all(a.x <= b.x + 1e-9 for a, b in zip(samples, samples[1:], strict=False))
        assert all(emotion_y(layout, 2) - 1e-9 <= s.y <= emotion_y(layout, -2) + 1e-9 for s in samples)


def test_a_path_sets_the_order_and_skips_unvalued_touchpoints() -> None:
    journey, layout = _map([(0, 0), (1, 1), (2, 0), (3, 2)])
    values = {"t0": 2, "t2": -2, "t3": 1}
    curve = emotion_curve(layout, journey, "p", values, path=["t3", "t1", "t0", "t2"])
    assert curve is not None
    _check_curve(layout, curve, ["t3", "t0", "t2"], values)


def test_the_curve_is_smooth_where_it_passes_a_point() -> None:
    journey, layout = _map([(i, 0) for i in range(5)])
    curve = emotion_curve(layout, journey, "p", {"t0": -2, "t1": 0, "t2": 1, "t3": 2, "t4": -1})
    assert curve is not None
    for left, right in zip(curve.segments, curve.segments[1:], strict=False):
        joint, before, after = left[3], left[2], right[1]
        cross = (joint.x - before.x) * (after.y - joint.y) - (joint.y - before.y) * (after.x - joint.x)
        assert cross == pytest.approx(0.0, abs=1e-6)  # the two controls and the joint are in line
    peak, into, out_of = curve.points[3], curve.segments[2][2], curve.segments[3][1]
    assert into.y == peak.y == out_of.y and into.x < peak.x < out_of.x  # round and flat at +2, not over it


def test_cards_in_the_emotions_lane_still_count() -> None:
    journey, layout = _map([(0, 1), (1, 1)])
    journey.update(Touchpoint, "t1", title="In the band")
    curve = emotion_curve(layout, journey, "p", {"t0": 1, "t1": -1})
    assert curve is not None and curve.touchpoint_ids == ("t0", "t1")


def test_smooth_through_passes_through_its_points() -> None:
    from cxdesigner.domain.layout import smooth_through

    xs, ys = [0.0, 10.0, 20.0, 30.0], [50.0, 10.0, 90.0, 50.0]
    segments = smooth_through(xs, ys, high=10.0, low=90.0)
    assert len(segments) == 3
    assert [(s[0].x, s[0].y) for s in segments] + [(segments[-1][3].x, segments[-1][3].y)] == list(
        zip(xs, ys, strict=True)
    )
    assert all(10.0 <= c.y <= 90.0 for s in segments for c in (s[1], s[2]))


def test_points_sharing_a_stage_are_spread_across_it() -> None:
    from cxdesigner.domain import templates
    from cxdesigner.domain.entities import Touchpoint, new_id
    from cxdesigner.domain.layout import compute_layout, emotion_curve

    journey = templates.eight_stages()
    stage, lanes = journey.stages()[0], journey.lanes()
    ids = [journey.add(Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lanes[i].id)).id for i in range(3)]
    layout = compute_layout(journey)
    curve = emotion_curve(layout, journey, "p", dict.fromkeys(ids, 1.0))
    xs = [p.x for p in curve.points]
    assert xs == sorted(xs) and len(set(xs)) == 3
    card = layout.cards[ids[0]].rect
    assert card.x < xs[0] < xs[-1] < card.right
