"""The one geometry of a journey map, which the Qt canvas and the PDF poster both draw from.

Stages are columns left to right, each ``stage.width`` wide, right of the lane labels; lanes are bands
top to bottom under the stage headers, each as tall as its own height or its tallest stack of cards.
Cards stack top down in their cell, ``cell_padding`` inside it. Flows are routed through the gutters
(``domain.routing``); the emotion curve lives in the first emotions lane. Everything is plain floats with
y growing downward; hit tests map points back to cells, stack positions and insert positions.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter

from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN, Lane, LaneKind, Stage, Touchpoint
from cxdesigner.domain.geometry import (
    CardBox,
    CurveGeometry,
    FlowRoute,
    LaneBox,
    MapLayout,
    Metrics,
    NoteBox,
    Point,
    Rect,
    Segment,
    StageBox,
    card_of,
    point_of,
    rect_of,
)
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.notes import CONDITION_HEIGHT, CONDITION_PAD, NOTE_GAP, NOTE_HEIGHT, note_cells, notes_height
from cxdesigner.domain.picture_layout import STORYBOARD_HEIGHT, card_pictures, storyboard_boxes
from cxdesigner.domain.routing import CardSlot, route_flows

__all__ = [
    "CardBox",
    "CurveGeometry",
    "FlowRoute",
    "LaneBox",
    "MapLayout",
    "Metrics",
    "NoteBox",
    "Point",
    "Rect",
    "StageBox",
    "cell_at",
    "compute_layout",
    "emotion_curve",
    "emotion_y",
    "journey_order",
    "lane_index_at",
    "snap_emotion",
    "stack_index_at",
    "stage_index_at",
    "value_at_y",
]


def _in_cell(t: Touchpoint) -> tuple[float, str]:
    return (t.order, t.id)


_id = attrgetter("id")


def compute_layout(
    journey: JourneyMap,
    metrics: Metrics = Metrics(),  # noqa: B008 (frozen, so one shared default is safe)
    previous: MapLayout | None = None,
    hidden_lanes: frozenset[str] = frozenset(),
) -> MapLayout:
    """The geometry of the whole map: stage, lane and card boxes, flow routes, bands and bounds.

    The lanes in ``hidden_lanes`` (a saved view's) take no height; their cards are stacked there but
    route no flows and carry no emotion points, and their notes are left out.

    Given the ``previous`` layout of the same map, every stage box, card box and flow route that comes
    out equal is that previous object itself, so recomputing after an edit allocates little and a
    painter can find what moved with ``is not``.
    """
    m = metrics
    pad = m.cell_padding
    if previous is not None and previous.metrics != m:
        previous = None
    stages, lanes = journey.stages(), journey.lanes()
    stage_index = {s.id: i for i, s in enumerate(stages)}
    lane_index = {lane.id: i for i, lane in enumerate(lanes)}

    grouped: dict[tuple[str, str], list[Touchpoint]] = {}
    for tp in journey.touchpoints():
        key = (tp.stage_id, tp.lane_id)
        stack = grouped.get(key)
        if stack is None:
            grouped[key] = [tp]
        else:
            stack.append(tp)
    tallest = dict.fromkeys(lane_index, 0)
    for (_, lane_id), stack in grouped.items():
        if len(stack) > 1:
            stack.sort(key=_in_cell)
        if len(stack) > tallest.get(lane_id, 0):
            tallest[lane_id] = len(stack)

    # "size if size > least else least" rather than max(): a NaN from a damaged file falls back too
    least = 2 * pad + m.min_card_width
    xs = [m.lane_label_width]
    for stage in stages:
        xs.append(xs[-1] + (stage.width if stage.width > least else least))
    top = m.title_height + m.header_height
    notes = note_cells(journey)
    if hidden_lanes:
        notes = {key: ids for key, ids in notes.items() if key[1] not in hidden_lanes}
    note_need = _note_needs(notes, grouped, m)
    ys = [top]
    for lane in lanes:
        if lane.id in hidden_lanes:
            ys.append(ys[-1])
            continue
        need = _band_need(lane, tallest[lane.id], note_need.get(lane.id, 0.0), m)
        ys.append(ys[-1] + (lane.height if lane.height > need else need))

    old_cards = previous.cards if previous is not None else {}
    cards, slots, cells, occupied = _stack_cards(grouped, stage_index, lane_index, xs, ys, m, old_cards)
    if hidden_lanes:
        hidden_rows = {lane_index[lid] for lid in hidden_lanes if lid in lane_index}
        slots = {tid: slot for tid, slot in slots.items() if slot[4] not in hidden_rows}
        occupied = {cell for cell in occupied if cell[1] not in hidden_rows}
    lane_boxes = {
        lane.id: LaneBox(
            lane.id,
            lane.kind,
            Rect(0.0, ys[i], m.lane_label_width, ys[i + 1] - ys[i]),
            Rect(xs[0], ys[i], xs[-1] - xs[0], ys[i + 1] - ys[i]),
        )
        for i, lane in enumerate(lanes)
    }
    shown = [i for i, lane in enumerate(lanes) if lane.id not in hidden_lanes]
    kinds = [lanes[i].kind for i in shown]
    emotions = next((shown[n] for n, k in enumerate(kinds) if k == LaneKind.EMOTIONS), None)
    old_routes = previous.flows if previous is not None else {}
    return MapLayout(
        metrics=m,
        stages=_stage_boxes(stages, xs, ys, m, previous.stages if previous is not None else {}),
        lanes=lane_boxes,
        cards=cards,
        flows=route_flows(journey.flows(), slots, xs, ys, occupied, m, old_routes),
        stage_order=tuple(s.id for s in stages),
        lane_order=tuple(lane.id for lane in lanes),
        visibility_line_y=_visibility_line(kinds, [ys[i] for i in shown]),
        emotion_band=None if emotions is None else lane_boxes[lanes[emotions].id].band,
        bounds=Rect(0.0, 0.0, xs[-1], ys[-1]),
        column_edges=tuple(xs),
        lane_edges=tuple(ys),
        cells=cells,
        notes=_note_boxes(notes, grouped, stage_index, lane_index, xs, ys, m, lanes) if notes else {},
        hidden_lanes=frozenset(hidden_lanes),
        card_pictures=card_pictures(journey, cards),
        storyboard=storyboard_boxes(journey, lanes, xs, ys, m),
    )


def _note_needs(
    notes: Mapping[tuple[str, str], list[str]], grouped: Mapping[tuple[str, str], list[Touchpoint]], m: Metrics
) -> dict[str, float]:
    """The height each lane needs for its cells' cards and notes together."""
    need: dict[str, float] = {}
    for (stage_id, lane_id), ids in notes.items():
        n = len(grouped.get((stage_id, lane_id), ()))
        height = 2 * m.cell_padding + n * (m.card_height + m.card_gap) + notes_height(len(ids))
        if height > need.get(lane_id, 0.0):
            need[lane_id] = height
    return need


def _note_boxes(
    notes: Mapping[tuple[str, str], list[str]],
    grouped: Mapping[tuple[str, str], list[Touchpoint]],
    stage_index: Mapping[str, int],
    lane_index: Mapping[str, int],
    xs: Sequence[float],
    ys: Sequence[float],
    m: Metrics,
    lanes: Sequence[Lane],
) -> dict[str, NoteBox]:
    """Each note's rectangle: stacked top down below the cards of its cell; an external condition, alone in
    its cell, fills it."""
    pad = m.cell_padding
    filling = {lane.id for lane in lanes if lane.kind == LaneKind.CONDITIONS}
    boxes: dict[str, NoteBox] = {}
    for (stage_id, lane_id), ids in notes.items():
        ci, li = stage_index[stage_id], lane_index[lane_id]
        n = len(grouped.get((stage_id, lane_id), ()))
        x, w = xs[ci] + pad, xs[ci + 1] - xs[ci] - 2 * pad
        y = ys[li] + pad + n * (m.card_height + m.card_gap)
        height = NOTE_HEIGHT
        if lane_id in filling:
            y, height = ys[li] + CONDITION_PAD, max(CONDITION_HEIGHT, ys[li + 1] - ys[li] - 2 * CONDITION_PAD)
        for i, entity_id in enumerate(ids):
            boxes[entity_id] = NoteBox(entity_id, stage_id, lane_id, i, rect_of(x, y, w, height))
            y += NOTE_HEIGHT + NOTE_GAP
    return boxes


def _band_need(lane: Lane, cards: int, notes: float, m: Metrics) -> float:
    """The least height of a lane's band: its tallest stack of cards, its notes, a storyboard's pictures, an
    external condition's note."""
    if lane.kind == LaneKind.CONDITIONS:  # text only: one compact note
        return 2 * CONDITION_PAD + CONDITION_HEIGHT
    need = max(2 * m.cell_padding + cards * m.card_height + max(cards - 1, 0) * m.card_gap, notes)
    return max(need, STORYBOARD_HEIGHT) if lane.kind == LaneKind.STORYBOARD else need


def _stack_cards(
    grouped: Mapping[tuple[str, str], list[Touchpoint]],
    stage_index: Mapping[str, int],
    lane_index: Mapping[str, int],
    xs: Sequence[float],
    ys: Sequence[float],
    m: Metrics,
    old_cards: Mapping[str, CardBox],
) -> tuple[dict[str, CardBox], dict[str, CardSlot], dict[tuple[str, str], tuple[str, ...]], set[tuple[int, int]]]:
    """Card boxes stacked top down in each cell, the router's view of them, the cells' ids and occupancy."""
    pad, ch, step = m.cell_padding, m.card_height, m.card_height + m.card_gap
    cards: dict[str, CardBox] = {}
    slots: dict[str, CardSlot] = {}
    cells: dict[tuple[str, str], tuple[str, ...]] = {}
    occupied: set[tuple[int, int]] = set()
    for key, stack in grouped.items():
        ci, li = stage_index.get(key[0]), lane_index.get(key[1])
        if ci is None or li is None:
            continue  # cannot happen in a consistent map; skip rather than draw off the grid
        sid, lid = key
        x, y, w, n = xs[ci] + pad, ys[li] + pad, xs[ci + 1] - xs[ci] - 2 * pad, len(stack)
        for i, tp in enumerate(stack):
            old = old_cards.get(tp.id)
            if (
                old is not None
                and old.index == i
                and old.stage_id == sid
                and old.lane_id == lid
                and old.rect.y == y
                and old.rect.x == x
                and old.rect.w == w
            ):
                cards[tp.id] = old
            else:
                cards[tp.id] = card_of(tp.id, sid, lid, i, rect_of(x, y, w, ch))
            slots[tp.id] = (x, y, w, ci, li, i, n)
            y += step
        cells[key] = tuple(map(_id, stack))
        occupied.add((ci, li))
    return cards, slots, cells, occupied


def _stage_boxes(
    stages: Sequence[Stage], xs: Sequence[float], ys: Sequence[float], m: Metrics, old: Mapping[str, StageBox]
) -> dict[str, StageBox]:
    """Each stage's header and column, reusing the previous box when it did not move."""
    top, height = ys[0], ys[-1] - ys[0]
    boxes: dict[str, StageBox] = {}
    for i, s in enumerate(stages):
        x, w = xs[i], xs[i + 1] - xs[i]
        box = old.get(s.id)
        if box is None or box.column.x != x or box.column.w != w or box.column.h != height:
            box = StageBox(s.id, rect_of(x, m.title_height, w, m.header_height), rect_of(x, top, w, height))
        boxes[s.id] = box
    return boxes


def _visibility_line(kinds: Sequence[LaneKind], ys: Sequence[float]) -> float | None:
    """The top of the first backstage lane below the last frontstage lane, if there is one."""
    front = [i for i, k in enumerate(kinds) if k == LaneKind.FRONTSTAGE]
    if not front:
        return None
    back = next((i for i in range(front[-1] + 1, len(kinds)) if kinds[i] == LaneKind.BACKSTAGE), None)
    return None if back is None else ys[back]


# ---------------------------------------------------------------- hit tests
def cell_at(layout: MapLayout, point: Point) -> tuple[str, str] | None:
    """The (stage id, lane id) of the cell under a point, or None outside the grid of cells."""
    xs, ys = layout.column_edges, layout.lane_edges
    ci, li = bisect_right(xs, point.x) - 1, bisect_right(ys, point.y) - 1
    if 0 <= ci < len(layout.stage_order) and 0 <= li < len(layout.lane_order):
        return layout.stage_order[ci], layout.lane_order[li]
    return None


def stack_index_at(layout: MapLayout, stage_id: str, lane_id: str, y: float, exclude: Iterable[str] = ()) -> int:
    """Where a card dropped at height ``y`` goes in a cell's stack, among the cards not in ``exclude``.

    The index counts the staying cards whose centre lies above ``y``, so it can be given straight to
    ``JourneyMap.order_at(cell, index, exclude)``.
    """
    skip = set(exclude)
    cards = layout.cards
    half = layout.metrics.card_height / 2.0
    return sum(
        1 for tid in layout.cells.get((stage_id, lane_id), ()) if tid not in skip and cards[tid].rect.y + half < y
    )


def stage_index_at(layout: MapLayout, x: float, exclude: Iterable[str] = ()) -> int:
    """The insert position for a stage dropped at ``x``: how many other stages have their centre left of it."""
    skip = set(exclude)
    xs = layout.column_edges
    return sum(1 for i, sid in enumerate(layout.stage_order) if sid not in skip and (xs[i] + xs[i + 1]) / 2.0 < x)


def lane_index_at(layout: MapLayout, y: float, exclude: Iterable[str] = ()) -> int:
    """The insert position for a lane dropped at ``y``: how many other lanes have their centre above it."""
    skip = set(exclude)
    ys = layout.lane_edges
    return sum(1 for i, lid in enumerate(layout.lane_order) if lid not in skip and (ys[i] + ys[i + 1]) / 2.0 < y)


def journey_order(journey: JourneyMap) -> list[str]:
    """Touchpoint ids by stage order, then lane order, then place in the cell."""
    si = {s.id: i for i, s in enumerate(journey.stages())}
    li = {lane.id: i for i, lane in enumerate(journey.lanes())}
    tps = journey.touchpoints()
    tps.sort(key=lambda t: (si[t.stage_id], li[t.lane_id], t.order, t.id))
    return [t.id for t in tps]


# ---------------------------------------------------------------- emotions
def _levels(layout: MapLayout) -> tuple[float, float]:
    """The y of +2 and of -2 inside the emotion band."""
    band = layout.emotion_band
    if band is None:
        raise ValueError("the map has no emotions lane")
    pad = min(layout.metrics.emotion_padding, band.h / 2.0)
    return band.y + pad, band.y + band.h - pad


def emotion_y(layout: MapLayout, value: float) -> float:
    """The y of an emotion value (clamped to -2..+2) in the emotion band, +2 at the top.

    Raises ``ValueError`` when the map has no emotions lane.
    """
    high, low = _levels(layout)
    value = min(max(value, EMOTION_MIN), EMOTION_MAX)
    return high + (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN) * (low - high)


def value_at_y(layout: MapLayout, y: float) -> float:
    """The emotion value at height ``y`` in the emotion band, clamped to -2..+2 (inverse of ``emotion_y``)."""
    high, low = _levels(layout)
    if low <= high:
        return 0.0
    value = EMOTION_MAX - (y - high) / (low - high) * (EMOTION_MAX - EMOTION_MIN)
    return min(max(value, float(EMOTION_MIN)), float(EMOTION_MAX))


def snap_emotion(value: float) -> int:
    """The nearest whole emotion value (halves round up), within -2..+2."""
    return min(max(math.floor(value + 0.5), EMOTION_MIN), EMOTION_MAX)


def emotion_curve(
    layout: MapLayout,
    journey: JourneyMap,
    persona_id: str,
    values: Mapping[str, float],
    path: Sequence[str] | None = None,
) -> CurveGeometry | None:
    """A persona's emotion curve through the touchpoints that have a value.

    Points sit at each card's centre x and the value's height, in journey order, or in ``path`` order
    when one is given. ``journey`` must be the map the layout was computed from; the order is read from
    the layout, so only the valued touchpoints are sorted. None without an emotion band or points.
    """
    if layout.emotion_band is None:
        return None
    ids = _curve_order(layout, journey, values, path)
    if not ids:
        return None
    high, low = _levels(layout)
    scale = (low - high) / (EMOTION_MAX - EMOTION_MIN)
    vals = tuple(float(min(max(values[t], EMOTION_MIN), EMOTION_MAX)) for t in ids)
    xs = _spread_in_stages(layout, ids)
    ys = [high + (EMOTION_MAX - v) * scale for v in vals]
    points = tuple(map(point_of, xs, ys))
    return CurveGeometry(persona_id, points, tuple(ids), vals, _smooth(points, xs, ys, high, low))


def _curve_order(layout: MapLayout, journey: JourneyMap, ids: Iterable[str], path: Sequence[str] | None) -> list[str]:
    """``ids`` (touchpoints on the map) in journey order, or in ``path`` order when one is given."""
    cards = layout.cards
    if layout.hidden_lanes:
        cards = {tid: box for tid, box in cards.items() if box.lane_id not in layout.hidden_lanes}
    if path is not None:
        wanted = set(ids)
        return [tid for tid in path if tid in wanted and tid in cards]
    si = {sid: i for i, sid in enumerate(layout.stage_order)}
    li = {lid: i for i, lid in enumerate(layout.lane_order)}
    found = [tid for tid in ids if tid in cards and tid in journey]
    found.sort(key=lambda t: (si[cards[t].stage_id], li[cards[t].lane_id], cards[t].index))
    return found


def waiting_points(
    layout: MapLayout,
    journey: JourneyMap,
    values: Mapping[str, float],
    path: Sequence[str] | None = None,
) -> tuple[tuple[str, Point], ...]:
    """Where the touchpoints a persona has no value for wait on the neutral line, ready to be dragged:
    (touchpoint id, point) in curve order, placed as the curve would place them if every touchpoint had a
    value. Editing aids only: the poster draws the curve, not these. Empty without an emotion band."""
    if layout.emotion_band is None:
        return ()
    ids = _curve_order(layout, journey, (t.id for t in journey.touchpoints()), path)
    y = emotion_y(layout, 0.0)
    xs = _spread_in_stages(layout, ids)
    return tuple((tid, Point(x, y)) for tid, x in zip(ids, xs, strict=True) if tid not in values)


def _spread_in_stages(layout: MapLayout, ids: Sequence[str]) -> list[float]:
    """The x of each curve point: a card's centre, or, where several points in a row share a stage, spread
    evenly across that stage's cards (so the curve moves forward instead of jumping straight up and down)."""
    cards = layout.cards
    xs = [cards[t].rect.x + cards[t].rect.w / 2.0 for t in ids]
    start = 0
    while start < len(ids):
        stage = cards[ids[start]].stage_id
        end = start
        while end + 1 < len(ids) and cards[ids[end + 1]].stage_id == stage:
            end += 1
        if end > start:
            rect = cards[ids[start]].rect
            count = end - start + 1
            for k in range(count):
                xs[start + k] = rect.x + rect.w * (k + 0.5) / count
        start = end + 1
    return xs


def _smooth(
    points: Sequence[Point], xs: Sequence[float], ys: Sequence[float], high: float, low: float
) -> tuple[Segment, ...]:
    """Catmull-Rom through the points (also given as ``xs``, ``ys``) as cubic Beziers, tangents clamped.

    A tangent's vertical part is cut so its control points stay between the +2 and -2 levels (flat at a
    peak on either level), and each side is shortened, never turned, to within half the horizontal gap
    to that neighbour. The curve thus stays smooth at every point, never leaves the band and never runs
    backward between two points.
    """
    n = len(points)
    if n < 2:
        return ()
    before: list[Point] = []  # the control point on each point's left
    after: list[Point] = []
    last = n - 1
    for i in range(n):  # plain comparisons rather than min()/max(): this runs for every point
        x, y = xs[i], ys[i]
        px, py = (xs[i - 1], ys[i - 1]) if i else (x, y)
        nx, ny = (xs[i + 1], ys[i + 1]) if i < last else (x, y)
        tx, ty = (nx - px) / 6.0, (ny - py) / 6.0
        room = low - y if low - y < y - high else y - high
        room = room if room > 0.0 else 0.0
        ty = room if ty > room else -room if ty < -room else ty
        kb = ka = 1.0
        if tx:
            span = 2.0 * abs(tx)
            kb = min(1.0, abs(x - px) / span)
            ka = min(1.0, abs(nx - x) / span)
        before.append(point_of(x - kb * tx, y - kb * ty))
        after.append(point_of(x + ka * tx, y + ka * ty))
    return tuple(zip(points, after, before[1:], points[1:], strict=False))


def smooth_through(xs: Sequence[float], ys: Sequence[float], high: float, low: float) -> tuple[Segment, ...]:
    """The same smooth curve as the map's, through any points (e.g. a panel's chart); y grows downward."""
    return _smooth(tuple(map(point_of, xs, ys)), xs, ys, high, low)
