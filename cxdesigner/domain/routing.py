"""Orthogonal routes for the flows between cards, through the gutters of the grid.

Cards sit ``cell_padding`` inside their cell, so the strip around every column boundary and every lane
boundary is free of cards across the whole map. A route leaves its source card at the side facing the
way it goes, runs vertically in the column gutter next to the source, horizontally along a lane
boundary, vertically again in the gutter next to the target, and enters the target's facing side. Only
stubs inside a card's own cell padding leave the gutters, so no route crosses a card. Flows that share
a gutter take turns on a few parallel tracks ``flow_spacing`` apart, always inside the padding.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import cycle
from operator import attrgetter

from cxdesigner.domain.entities import Flow
from cxdesigner.domain.geometry import FlowRoute, Metrics, route_of

CardSlot = tuple[float, float, float, int, int, int, int]
"""A card as the router sees it: x, y, width, stage index, lane index, index in cell, cards in cell."""

_by_id = attrgetter("id")


def _tracks(padding: float, step: float, inward: int) -> tuple[float, ...]:
    """Offsets from a boundary for successive routes; ``inward`` is 0 (both sides), +1 or -1."""
    limit = padding - step
    count = int(limit // step) if step > 0 and limit >= step else 0
    if inward:
        return tuple(inward * k * step for k in range(1, count + 1)) or (0.0,)
    offsets = [0.0]
    for k in range(1, count + 1):
        offsets += [k * step, -k * step]
    return tuple(offsets)


def _cycles(edge_count: int, metrics: Metrics) -> list[Iterator[float]]:
    """One endless track cycle per boundary; the outermost boundaries only offer inward tracks."""
    pad, step = metrics.cell_padding, metrics.flow_spacing
    inner = _tracks(pad, step, 0)
    result: list[Iterator[float]] = [cycle(inner) for _ in range(edge_count)]
    if edge_count:
        result[0] = cycle(_tracks(pad, step, 1))
        result[-1] = cycle(_tracks(pad, step, -1))
    return result


def route_flows(
    flows: Iterable[Flow],
    slots: Mapping[str, CardSlot],
    column_edges: Sequence[float],
    lane_edges: Sequence[float],
    occupied: set[tuple[int, int]],
    metrics: Metrics,
    previous: Mapping[str, FlowRoute] | None = None,
) -> dict[str, FlowRoute]:
    """Route every flow whose two cards are laid out; ``occupied`` holds (stage, lane) indexes with cards.

    Flows are routed in id order, so each one keeps its tracks when unrelated flows are added elsewhere.
    A route equal to the one in ``previous`` is returned as that very object.
    """
    old_routes = previous or {}
    xs, ys = column_edges, lane_edges
    vtrack = [c.__next__ for c in _cycles(len(xs), metrics)]
    htrack = [c.__next__ for c in _cycles(len(ys), metrics)]
    h = metrics.card_height
    half = h / 2.0
    shift = min(metrics.port_shift, h / 4.0)
    routes: dict[str, FlowRoute] = {}
    coords: tuple[float, ...]
    for flow in sorted(flows, key=_by_id):
        s = slots.get(flow.source_id)
        t = slots.get(flow.target_id)
        if s is None or t is None:
            continue
        sx, sy, sw, sc, sl, si, sn = s
        tx, ty, tw, tc, tl, ti, tn = t
        if tc > sc:  # forward: right side out, left side in
            y0, y1 = sy + half, ty + half
            x0, x1 = sx + sw, tx
            b1 = xs[sc + 1] + vtrack[sc + 1]()
            if tc == sc + 1:
                coords = (x0, y0, x1, y1) if y0 == y1 else (x0, y0, b1, y0, b1, y1, x1, y1)
            else:
                g = _gutter_row(ys, sl, tl, (y0 + y1) / 2.0, prefer_bottom=False)
                gy = ys[g] + htrack[g]()
                b2 = xs[tc] + vtrack[tc]()
                coords = (x0, y0, b1, y0, b1, gy, b2, gy, b2, y1, x1, y1)
        elif tc < sc:  # backward: left side out, right side in, below the centre line
            y0, y1 = sy + half + shift, ty + half + shift
            x0, x1 = sx, tx + tw
            b1 = xs[sc] + vtrack[sc]()
            if tc == sc - 1:
                coords = (x0, y0, x1, y1) if y0 == y1 else (x0, y0, b1, y0, b1, y1, x1, y1)
            else:
                g = _gutter_row(ys, sl, tl, (y0 + y1) / 2.0, prefer_bottom=True)
                gy = ys[g] + htrack[g]()
                b2 = xs[tc + 1] + vtrack[tc + 1]()
                coords = (x0, y0, b1, y0, b1, gy, b2, gy, b2, y1, x1, y1)
        else:
            down = (tl, ti) > (sl, si)
            cx = sx + sw / 2.0
            if _clear_between(occupied, sc, s, t, down, metrics.card_gap > 0):
                dx = min(metrics.port_shift, sw / 4.0)
                coords = (cx + dx, sy + h, cx + dx, ty) if down else (cx - dx, sy, cx - dx, ty + h)
            elif down:  # down the right gutter, back in from the right
                b = xs[sc + 1] + vtrack[sc + 1]()
                y0, y1 = sy + half, ty + half + shift
                coords = (sx + sw, y0, b, y0, b, y1, tx + tw, y1)
            else:  # up the left gutter, back in from the left
                b = xs[sc] + vtrack[sc]()
                y0, y1 = sy + half + shift, ty + half
                coords = (sx, y0, b, y0, b, y1, tx, y1)
        old = old_routes.get(flow.id)
        if (
            old is not None
            and old.coords == coords
            and old.source_id == flow.source_id
            and old.target_id == flow.target_id
        ):
            routes[flow.id] = old
        else:
            routes[flow.id] = route_of(flow.id, flow.source_id, flow.target_id, coords)
    return routes


def _gutter_row(ys: Sequence[float], source_lane: int, target_lane: int, mid: float, prefer_bottom: bool) -> int:
    """The lane boundary a long route runs along: the source lane's edge facing the target lane."""
    if target_lane > source_lane:
        return source_lane + 1
    if target_lane < source_lane:
        return source_lane
    up, down = mid - ys[source_lane], ys[source_lane + 1] - mid
    if up < down or (up == down and not prefer_bottom):
        return source_lane
    return source_lane + 1


def _clear_between(
    occupied: set[tuple[int, int]], column: int, s: CardSlot, t: CardSlot, down: bool, gap: bool
) -> bool:
    """Whether no card of the column lies between two of its cards, so a straight vertical route fits."""
    upper, lower = (s, t) if down else (t, s)
    _, _, _, _, ul, ui, un = upper
    _, _, _, _, ll, li, _ = lower
    if ul == ll:
        return gap and li == ui + 1  # stacked neighbours, with room for an arrow between them
    if ui != un - 1 or li != 0:
        return False
    return not any((column, lane) in occupied for lane in range(ul + 1, ll))
