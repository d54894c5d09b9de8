"""The long shapes of a map slice: lane bands and grid lines, flow routes and arrowheads, the line of
visibility, the emotion scale's zero line and the emotion curves with their points and flow labels.

Routes and curves can number thousands of points on a large map, so they are written as PDF path
operators directly (numbers formatted by Python) instead of through reportlab's path object, which
formats every number in pure Python. Everything here draws into the painter's current clip, the slice.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import product
from typing import TYPE_CHECKING

from reportlab.lib.rl_accel import fp_str

from cxdesigner.domain import style as s
from cxdesigner.domain.entities import Flow
from cxdesigner.domain.geometry import CurveGeometry, MapLayout
from cxdesigner.domain.layout import emotion_y
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import baseline, draw_line, elide, width

if TYPE_CHECKING:
    from cxdesigner.export.map_painter import MapPainter, Window

HAIRLINE = 0.5


def _rgb(color: str) -> str:
    r, g, b = s.rgb(color)
    return f"{r:.3f} {g:.3f} {b:.3f}"


def bands(p: MapPainter, parts: MapParts, layout: MapLayout, window: Window) -> None:
    """The lane bands in alternating fills, and the grid of stage and lane boundaries."""
    c = p.c
    left, right = max(window.left, layout.column_edges[0] if layout.column_edges else 0.0), window.right
    for i, lane in enumerate(parts.lanes):
        box = layout.lanes.get(lane.id)
        if box is not None and right > left:
            p.fill(s.BAND_FILLS[i % 2])
            c.rect(p.x(left), p.y(box.band.bottom), right - left, box.band.h, stroke=0, fill=1)
    top, bottom = (layout.lane_edges[0] if layout.lane_edges else 0.0), layout.bounds.bottom
    ops = [f"q {_rgb(s.GRID)} RG {HAIRLINE} w"]
    ops += [
        f"{p.x(x):.2f} {p.y(top):.2f} m {p.x(x):.2f} {p.y(bottom):.2f} l"
        for x in layout.column_edges[1:]
        if window.left <= x <= window.right
    ]
    ops += [f"{p.x(left):.2f} {p.y(y):.2f} m {p.x(right):.2f} {p.y(y):.2f} l" for y in layout.lane_edges[1:]]
    ops.append("S Q")
    c.addLiteral("\n".join(ops))


def flows(p: MapPainter, parts: MapParts, layout: MapLayout, window: Window) -> None:
    """Every route that passes through the slice, with its arrowhead."""
    x0, y0 = float(p.dx), float(p.h - p.dy)
    ink = _rgb(s.FLOW_INK)
    lines = [f"q {ink} RG {ink} rg 1.5 w 1 j"]
    heads = []
    shown = parts.flow_ids
    shift_x, shift_y = x0.__add__, y0.__sub__
    for fid in window.routes:
        if fid not in shown:
            continue
        co = layout.flows[fid].coords
        moved = [0.0] * len(co)
        moved[0::2] = map(shift_x, co[0::2])
        moved[1::2] = map(shift_y, co[1::2])
        lines.append(_route(len(co)) % tuple(moved))
        heads.append(_arrowhead(co, x0, y0))
    lines.extend(heads)
    lines.append("Q")
    p.c.addLiteral("\n".join(lines))


@cache
def _route(numbers: int) -> str:
    """The operators of a route of ``numbers`` coordinates, to be filled in with them (moved)."""
    return " ".join(["%.2f %.2f m", *["%.2f %.2f l"] * (numbers // 2 - 1), "S"])


def _arrowhead(co: tuple[float, ...], x0: float, y0: float) -> str:
    """The filled arrowhead at a route's end, as PDF operators."""
    x1, y1, xa, ya = co[-2], co[-1], co[-4], co[-3]
    angle = math.atan2(y1 - ya, x1 - xa)
    a, spread = s.ARROW, s.ARROW_SPREAD
    lx, ly = x1 - a * math.cos(angle - spread), y1 - a * math.sin(angle - spread)
    rx, ry = x1 - a * math.cos(angle + spread), y1 - a * math.sin(angle + spread)
    return f"{x0 + x1:.2f} {y0 - y1:.2f} m {x0 + lx:.2f} {y0 - ly:.2f} l {x0 + rx:.2f} {y0 - ry:.2f} l h f"


def labelled(parts: MapParts) -> set[str]:
    """The flows drawn with a label: those with words or a share of customers."""
    return {f.id for f in parts.flows if f.label.strip() or f.share is not None}


def flow_labels(p: MapPainter, parts: MapParts, layout: MapLayout, window: Window) -> None:
    """The labels (and shares of customers) of the flows whose label sits in the slice."""
    shown = parts.flow_ids
    for fid in window.labels:
        flow = shown.get(fid)
        if flow is None or (not flow.label.strip() and flow.share is None):
            continue
        at = layout.flows[fid].label_at
        _flow_label(p, flow, at.x, at.y)


def _flow_label(p: MapPainter, flow: Flow, mx: float, my: float) -> None:
    text = flow.label
    if flow.share is not None:
        share = f"{round(flow.share * 100)} %"
        text = f"{' '.join(flow.label.split())} · {share}" if flow.label.strip() else share
    size = s.FLOW_LABEL_PX
    text = elide(text, p.regular, size, s.FLOW_LABEL_MAX)
    if not text:
        return
    w = width(text, p.regular, size) + 8.0
    h = size * 1.17 + 2.0
    p.fill(s.CARD_FILL)
    p.stroke(s.GRID, 1.0)
    p.c.addLiteral(round_rect(p.x(mx - w / 2), p.y(my + h / 2), w, h, 3.0) + "\nB*")  # as roundRect paints it
    p.fill(s.INK)
    draw_line(p.c, p.x(mx), p.y(baseline(my - h / 2, h, size)), text, p.regular, size, "center")


_ROUND_RECT = "\n".join(  # {0}..{5}: the six x a rounded box's path visits, left to right; {6}..{11}: its y
    ("n", "{2} {6} m", "{3} {6} l", "{4} {6} {5} {7} {5} {8} c", "{5} {9} l", "{5} {10} {4} {11} {3} {11} c")
    + ("{2} {11} l", "{1} {11} {0} {10} {0} {9} c", "{0} {8} l", "{0} {7} {1} {6} {2} {6} c", "h")
)


def round_rect(x: float, y: float, w: float, h: float, radius: float) -> str:
    """The path reportlab's ``canvas.roundRect`` writes (its own corner factor and number format), without
    the path object it builds for every one of a large map's flow labels; the caller adds the paint.
    Its 34 numbers are six x and six y, formatted once each by one ``fp_str`` call (which formats each
    number as a call of its own would)."""
    t = 0.4472 * radius
    xlo, xhi = min(x, x + w), max(x, x + w)
    ylo, yhi = min(y, y + h), max(y, y + h)
    xs = (xlo, xlo + t, xlo + radius, xhi - radius, xhi - t, xhi)
    ys = (ylo, ylo + t, ylo + radius, yhi - radius, yhi - t, yhi)
    return _ROUND_RECT.format(*fp_str(*xs, *ys).split(" "))


def visibility_line(p: MapPainter, layout: MapLayout) -> None:
    """The dashed line between frontstage and backstage, across the whole map (clipped to the slice)."""
    if layout.visibility_line_y is None:
        return
    y = p.y(layout.visibility_line_y)
    line = f"{p.x(0.0):.2f} {y:.2f} m {p.x(layout.bounds.right):.2f} {y:.2f} l"
    p.c.addLiteral(f"q {_rgb(s.VISIBILITY)} RG 1.5 w [6 3] 0 d {line} S Q")


def emotion_zero(p: MapPainter, layout: MapLayout) -> None:
    """A dotted line at emotion 0 across the emotion band."""
    band = layout.emotion_band
    if band is None:
        return
    y = p.y(emotion_y(layout, 0))
    p.c.addLiteral(f"q {_rgb(s.GRID)} RG 1 w [2 3] 0 d {p.x(band.x):.2f} {y:.2f} m {p.x(band.right):.2f} {y:.2f} l S Q")


def curve_line(p: MapPainter, curve: CurveGeometry, color: str, dashed: bool, shown: tuple[int, ...]) -> None:
    """The segments ``shown`` (indices, those crossing the slice) of a persona's emotion curve (solid
    designed, dashed measured)."""
    segments = [curve.segments[i] for i in shown]
    if not segments:
        return
    x, y = p.dx, p.h - p.dy
    ink = s.lighter(color, 115) if dashed else color
    ops = [f"q {_rgb(ink)} RG {s.MEASURED_CURVE_WIDTH if dashed else s.CURVE_WIDTH} w 1 J 1 j"]
    if dashed:
        ops.append("[10 5] 0 d")  # Qt's dash line: 4 and 2 times the pen's width
    first = segments[0][0]
    ops.append(f"{x + first.x:.2f} {y - first.y:.2f} m")
    ops.extend(
        f"{x + c1.x:.2f} {y - c1.y:.2f} {x + c2.x:.2f} {y - c2.y:.2f} {x + p1.x:.2f} {y - p1.y:.2f} c"
        for _, c1, c2, p1 in segments
    )
    ops.append("S Q")
    p.c.addLiteral("\n".join(ops))


def curve_points(
    p: MapPainter, curve: CurveGeometry, color: str, dashed: bool, shown: tuple[int, ...], moments: set[str]
) -> None:
    """The curve's points ``shown`` (indices, those in the slice): a point below zero is a pain point, a
    moment of truth a diamond."""
    x, y = p.dx, p.h - p.dy
    points, values, tids = curve.points, curve.values, curve.touchpoint_ids
    names = {key: p.stamps.dot(color, dashed, *key) for key in product((False, True), repeat=2)}  # (pain, moment)
    count = min(len(values), len(tids))  # as zip(points, values, ids) drew them
    p.stamps.place_all(
        (names[values[i] < 0, tids[i] in moments], x + points[i].x, y - points[i].y) for i in shown if i < count
    )
