"""The poster's slices: each knows the flows it draws, the same ones as going through every flow."""

from __future__ import annotations

import pytest

from cxdesigner.domain import style as s
from cxdesigner.domain.layout import compute_layout
from cxdesigner.export.map_painter import windows
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
