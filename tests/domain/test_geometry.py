"""Rectangle and point math of the layout geometry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.domain.geometry import CardBox, FlowRoute, Metrics, Point, Rect, card_of, rect_of, route_of

# whole numbers keep the sums exact, so the assertions need no tolerance
sizes = st.integers(0, 500).map(float)
coords = st.integers(-500, 500).map(float)
rects = st.builds(Rect, coords, coords, sizes, sizes)


def test_edges_and_centre() -> None:
    r = Rect(10.0, 20.0, 30.0, 40.0)
    assert (r.right, r.bottom) == (40.0, 60.0)
    assert r.center == Point(25.0, 40.0)


def test_contains_includes_the_border() -> None:
    r = Rect(0.0, 0.0, 10.0, 10.0)
    assert r.contains(Point(0.0, 0.0)) and r.contains(Point(10.0, 10.0)) and r.contains(Point(5.0, 5.0))
    assert not r.contains(Point(10.1, 5.0)) and not r.contains(Point(5.0, -0.1))


def test_intersects_needs_a_shared_area() -> None:
    r = Rect(0.0, 0.0, 10.0, 10.0)
    assert r.intersects(Rect(5.0, 5.0, 10.0, 10.0))
    assert r.intersects(Rect(2.0, 2.0, 1.0, 1.0))
    assert not r.intersects(Rect(10.0, 0.0, 5.0, 5.0))  # touching
    assert not r.intersects(Rect(20.0, 20.0, 5.0, 5.0))
    assert not r.intersects(Rect(5.0, 0.0, 0.0, 10.0))  # no area


def test_adjusted_moves_the_corners() -> None:
    assert Rect(0.0, 0.0, 10.0, 10.0).adjusted(1.0, 2.0, -3.0, 4.0) == Rect(1.0, 2.0, 6.0, 12.0)


def test_united_is_the_bounding_box() -> None:
    assert Rect(0.0, 0.0, 10.0, 10.0).united(Rect(20.0, -5.0, 5.0, 5.0)) == Rect(0.0, -5.0, 25.0, 15.0)


@given(rects, rects)
def test_united_holds_both_and_intersection_is_symmetric(a: Rect, b: Rect) -> None:
    u = a.united(b)
    for r in (a, b):
        assert u.contains(Point(r.x, r.y)) and u.contains(Point(r.right, r.bottom))
    assert a.intersects(b) == b.intersects(a)


def test_fast_builders_equal_the_constructors() -> None:
    r = rect_of(1.0, 2.0, 3.0, 4.0)
    assert r == Rect(1.0, 2.0, 3.0, 4.0) and hash(r) == hash(Rect(1.0, 2.0, 3.0, 4.0))
    assert card_of("t", "s", "l", 2, r) == CardBox("t", "s", "l", 2, r)
    assert route_of("f", "a", "b", (0.0, 0.0, 1.0, 0.0)) == FlowRoute("f", "a", "b", (0.0, 0.0, 1.0, 0.0))


def test_route_points_and_label_on_the_longest_segment() -> None:
    route = FlowRoute("f", "a", "b", (0.0, 0.0, 10.0, 0.0, 10.0, 50.0, 20.0, 50.0))
    assert route.points == (Point(0.0, 0.0), Point(10.0, 0.0), Point(10.0, 50.0), Point(20.0, 50.0))
    assert route.label_at == Point(10.0, 25.0)


@pytest.mark.parametrize(
    "bad", [{"cell_padding": 0.0}, {"card_height": -1.0}, {"card_gap": -2.0}, {"flow_spacing": -1.0}]
)
def test_metrics_refuse_sizes_the_layout_cannot_use(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Metrics(**bad)
