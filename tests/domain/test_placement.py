"""Where placed things go: block order keys, insert lines, the default lane for new cards, arrow-key neighbours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.domain.entities import Lane, LaneKind, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import compute_layout
from cxdesigner.domain.placement import (
    card_lane,
    first_card,
    handle_at,
    lane_insert_y,
    neighbour,
    orders_between,
    place_block,
    shift_group,
    stack_insert_y,
    stage_insert_x,
)
from tests.domain.layout_maps import build

T, E, B = LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.BACKSTAGE


def _stages(*orders: float) -> list[Stage]:
    return [Stage(id=f"s{i}", order=o) for i, o in enumerate(orders)]


@pytest.mark.parametrize(
    ("index", "count", "expected"),
    [(0, 2, [-2.0, -1.0]), (3, 2, [3.0, 4.0]), (1, 3, [0.25, 0.5, 0.75]), (1, 1, [0.5])],
)
def test_a_block_fits_in_the_gap_at_its_index(index: int, count: int, expected: list[float]) -> None:
    assert orders_between(_stages(0.0, 1.0, 2.0), index, count) == pytest.approx(expected)


def test_block_keys_skip_the_excluded_and_match_order_at_for_one() -> None:
    siblings = _stages(0.0, 1.0, 2.0)
    assert orders_between(siblings, 1, 1, exclude=["s1"]) == [JourneyMap.order_at(siblings, 1, exclude=["s1"])]
    assert orders_between(siblings, 1, 2, exclude=["s1"]) == pytest.approx([2 / 3, 4 / 3])
    assert orders_between([], 0, 3) == [0.0, 1.0, 2.0]


@given(
    st.lists(st.integers(-1000, 1000), min_size=0, max_size=8, unique=True),
    st.integers(0, 9),
    st.integers(1, 5),
)
def test_block_keys_land_strictly_between_their_neighbours(keys: list[int], index: int, count: int) -> None:
    # keys a whole step apart (as order_at makes them); floats closer than that have no room in between
    siblings = _stages(*(k / 7.0 for k in sorted(keys)))
    placed = orders_between(siblings, index, count)
    index = min(index, len(keys))
    low = siblings[index - 1].order if index else float("-inf")
    high = siblings[index].order if index < len(siblings) else float("inf")
    assert placed == sorted(placed) and len(set(placed)) == count
    assert all(low < k < high for k in placed)


def test_insert_lines_sit_between_cards_stages_and_lanes() -> None:
    journey = build([200.0, 300.0], [(T, 110.0), (B, 110.0)], cards=[(0, 0), (0, 0), (1, 1)])
    layout = compute_layout(journey)
    first, second = layout.cards["t0"].rect, layout.cards["t1"].rect
    assert stack_insert_y(layout, "s0", "l0", 0) < first.y
    assert first.bottom < stack_insert_y(layout, "s0", "l0", 1) < second.y
    assert stack_insert_y(layout, "s0", "l0", 2) > second.bottom
    assert stack_insert_y(layout, "s0", "l0", 1, exclude=["t0"]) > second.bottom
    assert stack_insert_y(layout, "s1", "l0", 0) == layout.lanes["l0"].band.y + layout.metrics.cell_padding / 2
    assert stage_insert_x(layout, 0) == layout.column_edges[0]
    assert stage_insert_x(layout, 1) == layout.column_edges[1]
    assert stage_insert_x(layout, 1, exclude=["s0"]) == layout.column_edges[2]
    assert lane_insert_y(layout, 2) == layout.lane_edges[2]
    assert lane_insert_y(layout, 0, exclude=["l0"]) == layout.lane_edges[1]


def test_new_cards_avoid_the_emotions_lane() -> None:
    lanes = [Lane("e", kind=E), Lane("b", kind=B), Lane("t", kind=T)]
    assert card_lane(lanes).id == "t"
    assert card_lane(lanes, preferred="b").id == "b"
    assert card_lane(lanes, preferred="e").id == "t"
    assert card_lane([Lane("e", kind=E)]) is None


def test_arrow_neighbours_go_straight_and_up_down_stay_in_the_column() -> None:
    #   s0      s1      s2
    #  t0      t2
    #  t1              t3
    journey = build([200.0] * 3, [(T, 110.0), (B, 110.0)], cards=[(0, 0), (0, 1), (1, 0), (2, 1)])
    layout = compute_layout(journey)
    assert neighbour(layout, "t0", "right") == "t2"
    assert neighbour(layout, "t1", "right") == "t3"
    assert neighbour(layout, "t2", "left") == "t0"
    assert neighbour(layout, "t0", "down") == "t1"
    assert neighbour(layout, "t1", "up") == "t0"
    assert neighbour(layout, "t2", "down") is None  # nothing below in its own column
    assert neighbour(layout, "t0", "left") is None
    assert first_card(layout) == "t0"
    assert first_card(compute_layout(build([200.0], [(T, 110.0)]))) is None


def test_a_block_goes_between_close_keys_and_a_cell_without_room_is_numbered_afresh() -> None:
    import math

    siblings = _stages(0.0, 1.0, 2.0)
    assert place_block(siblings, 1, ["x", "y"]) == pytest.approx({"x": 1 / 3, "y": 2 / 3})
    assert place_block(siblings, 1, ["s2"]) == {"s2": 0.5}  # a sibling moving inside its own cell
    crowded = _stages(0.0, math.nextafter(0.0, 1.0), 2.0)
    keys = place_block(crowded, 1, ["x"])
    assert keys == {"x": 1.0, "s1": 2.0, "s2": 3.0}  # s0 keeps 0.0
    order = sorted(["s0", "s1", "s2", "x"], key=lambda i: keys.get(i, {"s0": 0.0}.get(i, 9)))
    assert order == ["s0", "x", "s1", "s2"]


def test_the_handle_under_a_point_is_the_nearest_and_never_a_neighbours_on_a_card() -> None:
    journey = build([220.0, 220.0], [(T, 200.0)], cards=[(0, 0), (0, 0), (1, 0)])
    layout = compute_layout(journey)
    r0, r2 = layout.cards["t0"].rect, layout.cards["t2"].rect
    hx, hy = r0.right, r0.y + r0.h / 2.0
    assert handle_at(layout, hx, hy, 9.0) == "t0"
    assert handle_at(layout, hx - 8.0, hy + 3.0, 9.0) == "t0"  # the half inside the card
    assert handle_at(layout, hx + 8.0, hy, 9.0) == "t0"  # the half in the gutter
    assert handle_at(layout, hx - 20.0, hy, 9.0) is None  # the card's body: a move, not a link
    assert handle_at(layout, hx - 20.0, hy, 24.0) == "t0"  # zoomed out, the handle reaches further
    assert handle_at(layout, r2.x + 2.0, r2.y + r2.h / 2.0, 34.0) is None  # on t2's body, t0's handle is out
    assert handle_at(layout, r2.right, r2.y + r2.h / 2.0, 9.0) == "t2"
    assert handle_at(layout, -50.0, -50.0, 34.0) is None


def _cells(journey: JourneyMap) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for t in sorted(journey.touchpoints(), key=lambda t: t.order):
        out.setdefault((t.stage_id, t.lane_id), []).append(t.id)
    return out


def test_a_shifted_group_keeps_its_shape_and_its_order_within_each_cell() -> None:
    # t0, t1 in (s0, l0); t2 in (s1, l0); t3 in (s0, l1); t4 stays in (s1, l0); lane l2 holds emotions
    journey = build([220.0] * 3, [(T, 200.0), (B, 200.0), (E, 100.0)], cards=[(0, 0), (0, 0), (1, 0), (0, 1), (1, 0)])
    group = [journey.get(Touchpoint, f"t{i}") for i in (3, 1, 2, 0)]
    moves = shift_group(journey, group, "t2", "s2", "l0", 0)
    assert moves is not None
    for _old, new in moves:
        journey.update(Touchpoint, new.id, stage_id=new.stage_id, lane_id=new.lane_id, order=new.order)
    assert _cells(journey) == {
        ("s1", "l0"): ["t4", "t0", "t1"], ("s2", "l0"): ["t2"], ("s1", "l1"): ["t3"]
    }  # fmt: skip
    group = [journey.get(Touchpoint, f"t{i}") for i in range(4)]
    assert shift_group(journey, group, "t2", "s2", "l1") is None  # t3 would land on the emotions lane
    assert shift_group(journey, group, "t2", "s0", "l0") is None  # t0 would leave the map
    assert shift_group(journey, group, "t2", "s2", "l0") == []  # where it already is


def test_a_group_dropped_in_its_own_cells_reorders_only_the_cell_under_the_mouse() -> None:
    journey = build([220.0] * 2, [(T, 200.0)], cards=[(0, 0), (0, 0), (1, 0), (1, 0)])
    group = [journey.get(Touchpoint, i) for i in ("t0", "t2")]
    moves = shift_group(journey, group, "t0", "s0", "l0", 1)
    assert moves is not None and [new.id for _old, new in moves] == ["t0"]
