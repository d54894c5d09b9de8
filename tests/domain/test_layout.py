"""The map's geometry: columns, bands, stacked cards, hit tests and the line of visibility."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.domain.entities import LaneKind, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import (
    Metrics,
    Point,
    Rect,
    cell_at,
    compute_layout,
    journey_order,
    lane_index_at,
    stack_index_at,
    stage_index_at,
)
from tests.domain.layout_maps import build, random_map

M = Metrics()
T, F, B, E, ID = LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.EMOTIONS, LaneKind.IDEAS


def test_columns_start_right_of_the_labels_and_follow_stage_widths() -> None:
    layout = compute_layout(build([200.0, 300.0, 100.0], [(T, 110.0), (E, 150.0)]))
    assert layout.stage_order == ("s0", "s1", "s2")
    assert [layout.stages[s].header for s in layout.stage_order] == [
        Rect(170.0, 0.0, 200.0, 64.0),
        Rect(370.0, 0.0, 300.0, 64.0),
        Rect(670.0, 0.0, 100.0, 64.0),
    ]
    assert layout.stages["s1"].column == Rect(370.0, 64.0, 300.0, 260.0)
    assert layout.column_edges == (170.0, 370.0, 670.0, 770.0)
    assert layout.lanes["l1"].label == Rect(0.0, 174.0, 170.0, 150.0)
    assert layout.lanes["l1"].band == Rect(170.0, 174.0, 600.0, 150.0)
    assert layout.lanes["l1"].kind == E
    assert layout.bounds == Rect(0.0, 0.0, 770.0, 324.0)


def test_title_height_moves_everything_down() -> None:
    layout = compute_layout(build([200.0], [(T, 110.0)]), Metrics(title_height=40.0))
    assert layout.stages["s0"].header.y == 40.0
    assert layout.lanes["l0"].band.y == 104.0


def test_empty_map_has_only_the_corner() -> None:
    layout = compute_layout(JourneyMap())
    assert layout.bounds == Rect(0.0, 0.0, 170.0, 64.0)
    assert layout.cards == {} and layout.flows == {} and layout.emotion_band is None
    assert cell_at(layout, Point(100.0, 100.0)) is None
    assert stage_index_at(layout, 500.0) == 0 and lane_index_at(layout, 500.0) == 0


def test_a_tall_stack_grows_its_lane_and_only_its_lane() -> None:
    layout = compute_layout(build([220.0, 220.0], [(T, 110.0), (T, 110.0)], [(1, 0)] * 3 + [(0, 1)]))
    assert layout.lanes["l0"].band.h == 2 * 14 + 3 * 68 + 2 * 10
    assert layout.lanes["l1"].band.h == 110.0
    assert layout.lanes["l1"].band.y == 64.0 + 252.0


def test_a_narrow_stage_still_fits_a_card() -> None:
    layout = compute_layout(build([10.0], [(T, 110.0)], [(0, 0)]))
    assert layout.stages["s0"].column.w == 2 * 14 + M.min_card_width
    assert layout.cards["t0"].rect.w == M.min_card_width


def test_cards_stack_top_down_in_order_inside_their_cell() -> None:
    journey = build([220.0, 220.0], [(T, 110.0), (T, 300.0)], [(1, 1), (1, 1), (0, 0)])
    journey.update(Touchpoint, "t0", order=9.0)  # t1 now comes first
    layout = compute_layout(journey)
    assert layout.cells[("s1", "l1")] == ("t1", "t0")
    first, second = layout.cards["t1"], layout.cards["t0"]
    assert (first.index, second.index) == (0, 1)
    assert first.rect == Rect(390.0 + 14.0, 174.0 + 14.0, 192.0, 68.0)
    assert second.rect.y == first.rect.bottom + 10.0
    assert (second.stage_id, second.lane_id) == ("s1", "l1")


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6))
def test_cards_never_overlap_and_lie_inside_their_cell(seed: int) -> None:
    layout = compute_layout(random_map(seed))
    for card in layout.cards.values():
        stage, lane = layout.stages[card.stage_id], layout.lanes[card.lane_id]
        cell = Rect(stage.column.x, lane.band.y, stage.column.w, lane.band.h).adjusted(14.0, 14.0, -14.0, -14.0)
        r = card.rect
        assert cell.contains(Point(r.x, r.y)) and cell.contains(Point(r.right, r.bottom))
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.rect.intersects(b.rect)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6))
def test_hit_tests_map_every_card_back_to_its_cell_and_place(seed: int) -> None:
    layout = compute_layout(random_map(seed))
    for card in layout.cards.values():
        c = card.rect.center
        assert cell_at(layout, c) == (card.stage_id, card.lane_id)
        assert stack_index_at(layout, card.stage_id, card.lane_id, c.y, exclude=[card.touchpoint_id]) == card.index
        assert stack_index_at(layout, card.stage_id, card.lane_id, c.y) == card.index
    for i, sid in enumerate(layout.stage_order):
        x = layout.stages[sid].column.center.x
        assert stage_index_at(layout, x) == i == stage_index_at(layout, x, exclude=[sid])
    for i, lid in enumerate(layout.lane_order):
        y = layout.lanes[lid].band.center.y
        assert lane_index_at(layout, y) == i == lane_index_at(layout, y, exclude=[lid])


def test_drop_positions_at_the_ends_and_between() -> None:
    layout = compute_layout(build([220.0] * 3, [(T, 110.0)] * 2, [(0, 0)] * 3))
    top, bottom = layout.cards["t0"].rect, layout.cards["t2"].rect
    assert stack_index_at(layout, "s0", "l0", top.y - 1.0) == 0
    assert stack_index_at(layout, "s0", "l0", bottom.bottom + 50.0) == 3
    assert stack_index_at(layout, "s0", "l0", top.bottom + 5.0) == 1
    # dragging the top card below the second one: only the staying cards count
    assert stack_index_at(layout, "s0", "l0", layout.cards["t1"].rect.bottom + 1.0, exclude=["t0"]) == 1
    assert stack_index_at(layout, "s1", "l1", 500.0) == 0
    assert stage_index_at(layout, 0.0) == 0 and stage_index_at(layout, 10_000.0) == 3
    assert stage_index_at(layout, 10_000.0, exclude=["s0"]) == 2
    assert lane_index_at(layout, 0.0) == 0 and lane_index_at(layout, 10_000.0) == 2


def test_cell_at_is_none_outside_the_cells() -> None:
    layout = compute_layout(build([220.0, 220.0], [(T, 110.0)]))
    assert cell_at(layout, Point(100.0, 100.0)) is None  # lane label
    assert cell_at(layout, Point(300.0, 30.0)) is None  # stage header
    assert cell_at(layout, Point(700.0, 100.0)) is None  # right of the last stage
    assert cell_at(layout, Point(300.0, 200.0)) is None  # below the last lane
    assert cell_at(layout, Point(170.0, 64.0)) == ("s0", "l0")
    assert cell_at(layout, Point(390.0, 100.0)) == ("s1", "l0")


@pytest.mark.parametrize(
    ("kinds", "line_at"),
    [
        ([T, F, B, ID], 2),
        ([F, F, ID, B, B], 3),  # the line sits on top of the first backstage lane
        ([F, B, F, B], 3),
        ([B, F, T], None),
        ([T, B], None),
        ([F, T], None),
    ],
)
def test_line_of_visibility(kinds: list[LaneKind], line_at: int | None) -> None:
    layout = compute_layout(build([220.0], [(k, 100.0) for k in kinds]))
    assert layout.visibility_line_y == (None if line_at is None else 64.0 + 100.0 * line_at)


def test_emotion_band_is_the_first_emotions_lane_right_of_its_label() -> None:
    layout = compute_layout(build([220.0, 220.0], [(T, 100.0), (E, 150.0), (E, 100.0)]))
    assert layout.emotion_band == Rect(170.0, 164.0, 440.0, 150.0)
    assert compute_layout(build([220.0], [(T, 100.0)])).emotion_band is None


def test_journey_order_goes_by_stage_then_lane_then_stack() -> None:
    journey = build([220.0] * 2, [(T, 100.0)] * 2, [(1, 0), (0, 1), (0, 0), (0, 0), (1, 1)])
    journey.update(Touchpoint, "t2", order=5.0)  # below t3 in its cell now
    assert journey_order(journey) == ["t3", "t2", "t1", "t0", "t4"]
    layout = compute_layout(journey)
    cards = [layout.cards[t] for t in journey_order(journey)]
    assert cards == sorted(
        cards, key=lambda c: (layout.stage_order.index(c.stage_id), layout.lane_order.index(c.lane_id), c.index)
    )


def test_recomputing_with_the_previous_layout_reuses_what_did_not_move() -> None:
    journey = build([220.0] * 3, [(T, 110.0)] * 2, [(0, 0), (1, 0), (2, 1), (2, 1)], [(0, 1), (2, 3), (1, 2)])
    before = compute_layout(journey)
    same = compute_layout(journey, previous=before)
    assert same == before
    assert all(same.cards[t] is before.cards[t] for t in before.cards)
    assert all(same.flows[f] is before.flows[f] for f in before.flows)
    assert all(same.stages[s] is before.stages[s] for s in before.stages)

    journey.update(Touchpoint, "t1", stage_id="s2", lane_id="l0")
    after = compute_layout(journey, previous=before)
    assert after == compute_layout(journey)
    assert after.cards["t1"] is not before.cards["t1"]
    assert after.flows["f0"] is not before.flows["f0"] and after.flows["f2"] is not before.flows["f2"]
    assert after.cards["t0"] is before.cards["t0"] and after.cards["t2"] is before.cards["t2"]
    assert after.flows["f1"] is before.flows["f1"]

    other = compute_layout(journey, Metrics(card_height=50.0), previous=after)
    assert other.cards["t0"] is not after.cards["t0"] and other.cards["t0"].rect.h == 50.0
