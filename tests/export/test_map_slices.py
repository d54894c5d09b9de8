"""The poster's slices: each knows the flows and curve parts it draws, the same ones as going through every
flow and every curve point."""

from __future__ import annotations

import pytest

from cxdesigner.domain import style as s
from cxdesigner.domain.layout import compute_layout
from cxdesigner.export.map_painter import windows
from cxdesigner.export.map_parts import gather
from tests.export.maps import large_map


@pytest.mark.parametrize("width", [300.0, 2000.0, 1e9])
def test_each_slice_holds_exactly_the_flows_that_reach_it_and_the_labels_that_sit_in_it(width: float) -> None:
    layout = compute_layout(large_map(stages=60, touchpoints=600, seed=3))
    cut = windows(layout, width)
    assert len(cut) > 1 or width == 1e9
    placed: list[str] = []
    for w in cut:
        reach = []
        for fid in sorted(layout.flows):
            xs = layout.flows[fid].coords[0::2]
            if len(xs) >= 2 and max(xs) >= w.left - s.ARROW and min(xs) <= w.right + s.ARROW:
                reach.append(fid)
        assert list(w.routes) == reach
        at = {fid: route.label_at.x for fid, route in layout.flows.items() if len(route.coords) >= 4}
        labels = [f for f in sorted(at) if w.left <= at[f] < w.right or (w.first and at[f] < w.left)]
        assert list(w.labels) == labels
        placed += labels
    assert sorted(placed) == sorted(f for f in layout.flows if len(layout.flows[f].coords) >= 4)


@pytest.mark.parametrize(("width", "path"), [(300.0, False), (2000.0, False), (2000.0, True), (1e9, False)])
def test_each_slice_holds_exactly_the_curve_segments_and_points_in_it(width: float, path: bool) -> None:
    journey = large_map(stages=60, touchpoints=600, seed=3)
    layout = compute_layout(journey)
    ids = [tp.id for tp in journey.touchpoints()]
    order = tuple(ids[::-7] + ids[::5]) if path else ()  # a saved view's path may run backwards
    curves = [curve for _, curve, _ in gather(journey, layout, "both", path=order).curves]
    assert curves
    cut = windows(layout, width, curves)
    for w in cut:
        assert len(w.curves) == len(curves)
        for curve, (segments, points) in zip(curves, w.curves, strict=True):
            reach = [i for i, seg in enumerate(curve.segments) if seg[3].x >= w.left and seg[0].x <= w.right]
            assert list(segments) == reach
            assert list(points) == [i for i, pt in enumerate(curve.points) if w.left <= pt.x < w.right]
    for k, curve in enumerate(curves):
        assert sorted(i for w in cut for i in w.curves[k][1]) == list(range(len(curve.points)))


def test_only_the_labelled_flows_get_a_label_slot_and_every_route_stays() -> None:
    layout = compute_layout(large_map(stages=60, touchpoints=600, seed=3))
    every = windows(layout, 300.0)
    some = set(sorted(layout.flows)[::3])
    cut = windows(layout, 300.0, labelled=some)
    assert [w.routes for w in cut] == [w.routes for w in every]
    assert [w.labels for w in cut] == [tuple(f for f in w.labels if f in some) for w in every]
    assert sum(map(len, (w.labels for w in cut))) == len([f for f in some if len(layout.flows[f].coords) >= 4]) > 0
