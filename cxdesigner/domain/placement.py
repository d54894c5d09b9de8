"""Where things go when the user places them: order keys for a block of cards, insert lines and neighbours.

Pure geometry on top of ``domain.layout``: the canvas asks here where a dragged block of cards lands, where
to draw the insert line of a drop, which card is the nearest one in an arrow key's direction, and which
lane a new card goes to when no cell is chosen. No Qt, so it is tested with plain asserts.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence
from typing import Any

from cxdesigner.domain.entities import Lane, LaneKind, Touchpoint
from cxdesigner.domain.geometry import MapLayout, Point
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import cell_at

DIRECTIONS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}
CARDLESS_LANES = frozenset({LaneKind.EMOTIONS, LaneKind.STORYBOARD, LaneKind.CONDITIONS})
"""Lanes that never hold cards: the emotion curves are drawn there, the storyboard's pictures, or the
external conditions' notes."""


def orders_between(siblings: Sequence[Any], index: int, count: int, exclude: Iterable[str] = ()) -> list[float]:
    """``count`` increasing order keys that put a block at ``index`` among ``siblings`` (minus ``exclude``).

    For one thing this is exactly ``JourneyMap.order_at``; a block is spread evenly in the same gap.
    """
    if count == 1:
        return [JourneyMap.order_at(list(siblings), index, exclude)]
    skip = set(exclude)
    keys = [s.order for s in siblings if s.id not in skip]
    index = max(0, min(index, len(keys)))
    low = keys[index - 1] if index > 0 else None
    high = keys[index] if index < len(keys) else None
    if low is None and high is None:
        return [float(i) for i in range(count)]
    if low is None:
        assert high is not None
        return [high - count + i for i in range(count)]
    if high is None:
        return [low + 1.0 + i for i in range(count)]
    step = (high - low) / (count + 1)
    return [low + step * (i + 1) for i in range(count)]


def place_block(siblings: Sequence[Any], index: int, block_ids: Sequence[str]) -> dict[str, float]:
    """New order keys that put ``block_ids`` (in that order) at ``index`` among the other ``siblings``.

    Usually only the block's keys change. When repeated inserts at one place have used up the room
    between two neighbouring keys (floats run out after some fifty halvings), the whole cell is numbered
    afresh, 0, 1, 2, ..., and every card whose key changes is in the result.
    """
    skip = set(block_ids)
    staying = [s for s in siblings if s.id not in skip]
    index = max(0, min(index, len(staying)))
    keys = orders_between(staying, index, len(block_ids))
    low = staying[index - 1].order if index > 0 else -math.inf
    high = staying[index].order if index < len(staying) else math.inf
    if all(a < b for a, b in zip([low, *keys], [*keys, high], strict=True)):
        return dict(zip(block_ids, keys, strict=True))
    final = [s.id for s in staying[:index]] + list(block_ids) + [s.id for s in staying[index:]]
    current = {s.id: s.order for s in siblings}
    return {entity_id: float(i) for i, entity_id in enumerate(final) if current.get(entity_id) != float(i)}


def stack_insert_y(layout: MapLayout, stage_id: str, lane_id: str, index: int, exclude: Iterable[str] = ()) -> float:
    """The y of the insert line for a card going to ``index`` of a cell's stack (cards in ``exclude`` left out)."""
    skip = set(exclude)
    m = layout.metrics
    staying = [layout.cards[t].rect for t in layout.cells.get((stage_id, lane_id), ()) if t not in skip]
    if not staying:
        return layout.lanes[lane_id].band.y + m.cell_padding / 2.0
    if index <= 0:
        return staying[0].y - m.card_gap / 2.0
    if index >= len(staying):
        return staying[-1].bottom + m.card_gap / 2.0
    return (staying[index - 1].bottom + staying[index].y) / 2.0


def stage_insert_x(layout: MapLayout, index: int, exclude: Iterable[str] = ()) -> float:
    """The x of the boundary where a stage inserted at ``index`` (among the others) would start."""
    skip = set(exclude)
    staying = [layout.stages[s].header for s in layout.stage_order if s not in skip]
    if not staying:
        return layout.column_edges[0] if layout.column_edges else layout.metrics.lane_label_width
    return staying[index].x if index < len(staying) else staying[-1].right


def lane_insert_y(layout: MapLayout, index: int, exclude: Iterable[str] = ()) -> float:
    """The y of the boundary where a lane inserted at ``index`` (among the others) would start."""
    skip = set(exclude)
    staying = [layout.lanes[lane].band for lane in layout.lane_order if lane not in skip]
    if not staying:
        return layout.metrics.title_height + layout.metrics.header_height
    return staying[index].y if index < len(staying) else staying[-1].bottom


def card_lane(lanes: Sequence[Lane], preferred: str | None = None) -> Lane | None:
    """The lane a new card goes to: ``preferred`` if it can hold cards, else the first touchpoints lane,
    else the first lane that can hold cards."""
    usable = [lane for lane in lanes if lane.kind not in CARDLESS_LANES]
    for lane in usable:
        if lane.id == preferred:
            return lane
    return next((lane for lane in usable if lane.kind == LaneKind.TOUCHPOINTS), usable[0] if usable else None)


def neighbour(layout: MapLayout, card_id: str, direction: str) -> str | None:
    """The nearest card from ``card_id`` in a direction ("left", "right", "up", "down"), by card centres.

    Cards straight ahead win over cards off to the side: the sideways distance counts three times.
    Up and down stay in the card's own stage column; None when nothing lies that way.
    """
    dx, dy = DIRECTIONS[direction]
    start = layout.cards[card_id]
    here = start.rect.center
    best: tuple[float, str] | None = None
    for other_id, box in layout.cards.items():
        if other_id == card_id or (dy and box.stage_id != start.stage_id):
            continue
        c = box.rect.center
        ahead = (c.x - here.x) * dx + (c.y - here.y) * dy
        if ahead <= 0.5:
            continue
        side = abs((c.x - here.x) * dy) + abs((c.y - here.y) * dx)
        score = (ahead + 3.0 * side, other_id)
        if best is None or score < best:
            best = score
    return None if best is None else best[1]


def first_card(layout: MapLayout) -> str | None:
    """The top-left card: first stage with cards, top lane, top of its stack."""
    si = {s: i for i, s in enumerate(layout.stage_order)}
    li = {lane: i for i, lane in enumerate(layout.lane_order)}
    cards = layout.cards.values()
    if not cards:
        return None
    return min(cards, key=lambda c: (si[c.stage_id], li[c.lane_id], c.index)).touchpoint_id


def handle_at(layout: MapLayout, x: float, y: float, reach: float) -> str | None:
    """The card whose link handle (the middle of its right edge) lies within ``reach`` of (x, y), nearest first.

    The handle sticks out of its card into the gutter, so the cells left of and above and below the point are
    searched too. On a card's body only that card's own handle counts: a wide reach at a far zoom never
    takes a press on one card for the handle of its neighbour.
    """
    cells = {cell_at(layout, Point(x + dx, y + dy)) for dx in (0.0, -reach) for dy in (0.0, -reach, reach)}
    ids = [tid for cell in cells if cell is not None for tid in layout.cells.get(cell, ())]
    rects = {tid: layout.cards[tid].rect for tid in ids}
    under = [tid for tid, r in rects.items() if r.x <= x <= r.right and r.y <= y <= r.bottom]
    best, nearest = None, reach
    for tid in under or ids:
        r = rects[tid]
        distance = math.hypot(x - r.right, y - (r.y + r.h / 2.0))
        if distance <= nearest:
            best, nearest = tid, distance
    return best


def shifted_cells(
    journey: JourneyMap, cards: Sequence[Touchpoint], anchor_id: str, stage_id: str, lane_id: str
) -> dict[tuple[str, str], list[Touchpoint]] | None:
    """Where each card of a group goes when the ``anchor`` card goes to (stage, lane): every card moves by the
    same number of stages and lanes. Cards by target cell, in their order (stage, lane, stack); None if a card
    would leave the grid or land in a lane that holds no cards."""
    stages = [s.id for s in journey.stages()]
    lanes = journey.lanes()
    lane_ids = [lane.id for lane in lanes]
    stage_rank = {s: i for i, s in enumerate(stages)}
    lane_rank = {lane: i for i, lane in enumerate(lane_ids)}
    anchor = next(t for t in cards if t.id == anchor_id)
    ds = stage_rank[stage_id] - stage_rank[anchor.stage_id]
    dl = lane_rank[lane_id] - lane_rank[anchor.lane_id]
    cells: dict[tuple[str, str], list[Touchpoint]] = {}
    for tp in sorted(cards, key=lambda t: (stage_rank[t.stage_id], lane_rank[t.lane_id], t.order, t.id)):
        si, li = stage_rank[tp.stage_id] + ds, lane_rank[tp.lane_id] + dl
        if not (0 <= si < len(stages) and 0 <= li < len(lanes)) or lanes[li].kind in CARDLESS_LANES:
            return None
        cells.setdefault((stages[si], lane_ids[li]), []).append(tp)
    return cells


def shift_group(
    journey: JourneyMap,
    cards: Sequence[Touchpoint],
    anchor_id: str,
    stage_id: str,
    lane_id: str,
    index: int | None = None,
) -> list[tuple[Touchpoint, Touchpoint]] | None:
    """The moves (old, new) that shift a group as ``shifted_cells`` says, for one ``MoveTouchpoints``.

    In the anchor's new cell the cards go to stack ``index`` (counting the cards that stay; None: the end),
    in every other cell to the end of the stack. Cards that stay are renumbered only if their cell ran out
    of order keys. [] if nothing would change, None if the group does not fit there.
    """
    cells = shifted_cells(journey, cards, anchor_id, stage_id, lane_id)
    if cells is None:
        return None
    moving = {t.id for t in cards}
    moves: list[tuple[Touchpoint, Touchpoint]] = []
    for (s, lane), block in cells.items():
        block_ids = [t.id for t in block]
        siblings = [t for t in journey.cell(s, lane) if t.id not in moving or t.id in block_ids]
        staying = [t for t in siblings if t.id not in moving]
        at = index if index is not None and (s, lane) == (stage_id, lane_id) else len(staying)
        after = [t.id for t in staying[:at]] + block_ids + [t.id for t in staying[at:]]
        in_place = all((t.stage_id, t.lane_id) == (s, lane) for t in block)  # moved by no stage and no lane
        if in_place and ((s, lane) != (stage_id, lane_id) or after == [t.id for t in siblings]):
            continue  # only the anchor's cell is reordered, and only if its order changes
        keys = place_block(siblings, at, block_ids)
        moves += [(t, dataclasses.replace(t, stage_id=s, lane_id=lane, order=keys[t.id])) for t in block]
        moves += [(t, dataclasses.replace(t, order=keys[t.id])) for t in staying if t.id in keys]
    return moves
