"""Flow routes: orthogonal, from border to border, through the gutters and never across a card.

Because cards sit ``cell_padding`` inside their cells, the router only ever runs along column and lane
boundaries (and inside a card's own cell padding), so the share of routes crossing a card is 0 on every
generated map, not only on simple ones; the tests assert exactly that.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain.entities import Flow, LaneKind
from cxdesigner.domain.layout import FlowRoute, MapLayout, Metrics, Point, Rect, compute_layout
from cxdesigner.domain.routing import route_flows
from tests.domain.layout_maps import build, random_map

T = LaneKind.TOUCHPOINTS
PAD = 14.0


def _on_border(r: Rect, p: Point) -> bool:
    return r.contains(p) and (p.x in (r.x, r.right) or p.y in (r.y, r.bottom))


def _enters(r: Rect, a: Point, b: Point) -> bool:
    """Whether the axis-aligned segment a-b passes through the open interior of ``r``."""
    if a.y == b.y:
        lo, hi = sorted((a.x, b.x))
        return r.y < a.y < r.bottom and max(lo, r.x) < min(hi, r.right)
    lo, hi = sorted((a.y, b.y))
    return r.x < a.x < r.right and max(lo, r.y) < min(hi, r.bottom)


def _square_to_side(r: Rect, end: Point, other: Point) -> bool:
    """Whether the segment from ``other`` to ``end`` (on the border) meets its side at a right angle."""
    on_side = end.x in (r.x, r.right) and r.y < end.y < r.bottom
    on_top_or_bottom = end.y in (r.y, r.bottom) and r.x < end.x < r.right
    return (on_side and other.y == end.y) or (on_top_or_bottom and other.x == end.x)


def _check_shape(layout: MapLayout, route: FlowRoute) -> None:
    """Border to border, orthogonal, leaving the source and entering the target square to their sides."""
    pts = route.points
    source, target = layout.cards[route.source_id].rect, layout.cards[route.target_id].rect
    assert len(pts) >= 2
    assert _on_border(source, pts[0]) and _on_border(target, pts[-1])
    assert not source.contains(pts[1]) and not target.contains(pts[-2])
    assert _square_to_side(source, pts[0], pts[1]) and _square_to_side(target, pts[-1], pts[-2])
    for a, b in zip(pts, pts[1:], strict=False):
        assert (a.x == b.x) != (a.y == b.y), f"{route.flow_id}: segment {a} -> {b} is not orthogonal"
    assert layout.bounds.contains(route.label_at)
    for p in pts:
        assert layout.bounds.contains(p)


def _crossings(layout: MapLayout) -> list[str]:
    """The flows with a segment through any card (their own cards included: routes touch them only at the ends)."""
    crossing = []
    for route in layout.flows.values():
        pts = route.points
        if any(_enters(c.rect, a, b) for a, b in zip(pts, pts[1:], strict=False) for c in layout.cards.values()):
            crossing.append(route.flow_id)
    return crossing


def _route(cards: list[tuple[int, int]], flow: tuple[int, int], lanes: int = 3) -> tuple[MapLayout, FlowRoute]:
    layout = compute_layout(build([220.0] * 4, [(T, 110.0)] * lanes, cards, [flow]))
    route = layout.flows["f0"]
    _check_shape(layout, route)
    assert _crossings(layout) == []
    return layout, route


def test_neighbours_at_the_same_height_get_a_straight_arrow() -> None:
    _, route = _route([(0, 0), (1, 0)], (0, 1))
    assert route.points == (Point(376.0, 112.0), Point(404.0, 112.0))
    assert route.label_at == Point(390.0, 112.0)


def test_forward_to_the_next_column_jogs_in_the_gutter() -> None:
    layout, route = _route([(0, 0), (1, 1)], (0, 1))
    (a, b, c, d) = route.points
    assert a == Point(376.0, 112.0) and d == Point(404.0, 222.0)
    assert b.x == c.x and abs(b.x - 390.0) < PAD


def test_forward_far_runs_along_a_lane_boundary() -> None:
    layout, route = _route([(0, 0), (1, 0), (3, 2)], (0, 2))
    pts = route.points
    assert len(pts) == 6
    assert pts[0].x == layout.cards["t0"].rect.right and pts[-1].x == layout.cards["t2"].rect.x
    assert abs(pts[2].y - layout.lane_edges[1]) < PAD  # the source lane's bottom, toward the target


def test_backward_leaves_left_and_enters_right() -> None:
    layout, route = _route([(3, 0), (0, 0), (1, 0)], (0, 1))
    pts = route.points
    assert pts[0].x == layout.cards["t0"].rect.x and pts[-1].x == layout.cards["t1"].rect.right
    assert pts[-2].x > pts[-1].x  # the arrowhead points left, into the target


def test_a_flow_and_its_return_do_not_overlap() -> None:
    layout = compute_layout(build([220.0] * 2, [(T, 110.0)], [(0, 0), (1, 0)], [(0, 1), (1, 0)]))
    there, back = layout.flows["f0"].points, layout.flows["f1"].points
    assert there[0].y != back[-1].y and there[-1].y != back[0].y


def test_stacked_neighbours_get_a_straight_vertical_arrow() -> None:
    layout, route = _route([(0, 0), (0, 0)], (0, 1))
    a, b = route.points
    assert a.x == b.x and a.y == layout.cards["t0"].rect.bottom and b.y == layout.cards["t1"].rect.y
    _, up = _route([(0, 0), (0, 0)], (1, 0))
    assert up.points[0].y == layout.cards["t1"].rect.y and up.points[0].x != a.x


def test_same_cell_over_a_card_goes_round_by_the_side_gutter() -> None:
    layout, down = _route([(1, 0)] * 3, (0, 2))
    assert len(down.points) == 4 and abs(down.points[1].x - layout.column_edges[2]) < PAD
    layout, up = _route([(1, 0)] * 3, (2, 0))
    assert len(up.points) == 4 and abs(up.points[1].x - layout.column_edges[1]) < PAD


def test_same_column_across_lanes() -> None:
    _, clear = _route([(2, 0), (2, 2)], (0, 1))
    assert len(clear.points) == 2  # nothing in between: straight down
    _, blocked = _route([(2, 0), (2, 2), (2, 1)], (0, 1))
    assert len(blocked.points) == 4


def test_parallel_routes_take_separate_tracks() -> None:
    cards = [(0, 0)] * 5 + [(2, 1)] * 5
    layout = compute_layout(build([220.0] * 3, [(T, 110.0)] * 2, cards, [(i, 5 + i) for i in range(5)]))
    runs = {route.points[2].y for route in layout.flows.values()}
    assert len(runs) == 5  # all along the boundary between the lanes, 5 tracks fit in its padding
    assert all(abs(y - layout.lane_edges[1]) < PAD for y in runs)
    assert _crossings(layout) == []


def test_the_first_column_and_the_map_edge_keep_tracks_inside() -> None:
    cards = [(0, 0)] * 4
    layout = compute_layout(build([220.0], [(T, 110.0)], cards, [(3, 0), (3, 1), (0, 2), (0, 3), (1, 3)]))
    for route in layout.flows.values():
        _check_shape(layout, route)
        assert all(170.0 < p.x < layout.bounds.right for p in route.points)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6))
def test_random_maps_route_every_flow_cleanly(seed: int) -> None:
    layout = compute_layout(random_map(seed))
    assert set(layout.flows) == {f"f{i}" for i in range(len(layout.flows))}
    for route in layout.flows.values():
        _check_shape(layout, route)
    assert _crossings(layout) == []


def test_no_route_crosses_a_card_on_a_dense_map() -> None:
    """8 stages x 4 lanes, 60 cards, 80 flows, over 10 seeds: the crossing share is 0 of 800."""
    crossing = total = 0
    for seed in range(10):
        layout = compute_layout(random_map(seed, stages=8, lanes=4, cards=60, flows=80))
        total += len(layout.flows)
        crossing += len(_crossings(layout))
    assert total == 800
    assert crossing / total == 0.0


def test_routes_ignore_flows_to_missing_cards() -> None:
    slot = (184.0, 78.0, 192.0, 0, 0, 0, 1)
    routes = route_flows([Flow("f", "a", "gone")], {"a": slot}, [170.0, 390.0], [64.0, 174.0], {(0, 0)}, Metrics())
    assert routes == {}


def test_touching_stacked_cards_are_linked_round_the_side() -> None:
    journey = build([220.0], [(T, 110.0)], [(0, 0), (0, 0)], [(0, 1), (1, 0)])
    layout = compute_layout(journey, Metrics(card_gap=0.0, cell_padding=3.0))
    for route in layout.flows.values():
        _check_shape(layout, route)
        assert len(route.points) == 4
    assert _crossings(layout) == []
