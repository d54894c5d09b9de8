"""Where the report's emotion chart puts things: drawn for the chart, not squeezed from the map.

Every touchpoint gets one slot, in journey order, all slots the same width, so a stage that holds several
cards widens instead of stacking them on one x (which made the map's curve spike). Each stage is a band
behind its slots. Values −2..+2 map into the plot area with padding above +2 and below −2, so a curve at
the limits runs inside the frame, and the lines between points are monotone cubic pieces (Fritsch–Carlson),
which never overshoot the values they join: the curve stays inside −2..+2. Pure geometry, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN
from cxdesigner.domain.geometry import CurveGeometry

PAD = 0.1  # share of the plot's height kept free above +2 and below −2


@dataclass(frozen=True)
class Box:
    """A rectangle in chart points, y up (reportlab's way)."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class StageBand:
    """A stage behind the slots of its touchpoints (``first`` to ``last``, slot indices)."""

    stage_id: str
    x: float
    w: float
    first: int
    last: int


@dataclass(frozen=True)
class Series:
    """One persona's line: its points (one per touchpoint it has a value at) and the pieces joining them."""

    persona_id: str
    dashed: bool
    points: tuple[tuple[float, float], ...]
    values: tuple[float, ...]
    segments: tuple[tuple[tuple[float, float], tuple[float, float], tuple[float, float]], ...]
    """Per gap between points: the two Bezier control points and the end point."""


@dataclass(frozen=True)
class ChartPoints:
    plot: Box
    slots: tuple[float, ...]
    """The x of each touchpoint's slot centre, in journey order."""
    bands: tuple[StageBand, ...]
    series: tuple[Series, ...]

    def y_of(self, value: float) -> float:
        return value_y(self.plot, value)


def value_y(plot: Box, value: float) -> float:
    """The y of an emotion value in ``plot``: +2 at ``PAD`` below the top, −2 at ``PAD`` above the bottom."""
    value = min(max(value, EMOTION_MIN), EMOTION_MAX)
    inner = plot.h * (1 - 2 * PAD)
    return plot.y + plot.h * PAD + (value - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN) * inner


def _tangents(xs: list[float], ys: list[float]) -> list[float]:
    """Fritsch–Carlson slopes: a cubic Hermite through the points with them stays monotone between points."""
    n = len(xs)
    if n < 2:
        return [0.0] * n
    d = [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(n - 1)]
    m = [d[0], *[(d[i - 1] + d[i]) / 2 for i in range(1, n - 1)], d[-1]]
    for i in range(n - 1):
        if d[i] == 0:
            m[i] = m[i + 1] = 0.0
            continue
        if i and d[i - 1] * d[i] <= 0:
            m[i] = 0.0
        a, b = m[i] / d[i], m[i + 1] / d[i]
        if a < 0:
            m[i], a = 0.0, 0.0
        if b < 0:
            m[i + 1], b = 0.0, 0.0
        if a * a + b * b > 9:
            t = 3 / (a * a + b * b) ** 0.5
            m[i], m[i + 1] = t * a * d[i], t * b * d[i]
    return m


Piece = tuple[tuple[float, float], tuple[float, float], tuple[float, float]]


def smooth(points: list[tuple[float, float]]) -> list[Piece]:
    """The monotone cubic Bezier pieces (c1, c2, p1) through ``points`` (x increasing)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    m = _tangents(xs, ys)
    pieces = []
    for i in range(len(points) - 1):
        h = (xs[i + 1] - xs[i]) / 3
        c1 = (xs[i] + h, ys[i] + m[i] * h)
        c2 = (xs[i + 1] - h, ys[i + 1] - m[i + 1] * h)
        pieces.append((c1, c2, points[i + 1]))
    return pieces


def chart_points(
    plot: Box,
    order: list[str],
    stage_of: dict[str, str],
    curves: list[tuple[str, CurveGeometry, bool]],
) -> ChartPoints:
    """The chart in ``plot`` for the touchpoints in ``order`` (their stage in ``stage_of``) and the
    ``curves`` as (persona id, curve, dashed)."""
    step = plot.w / max(len(order), 1)
    slots = tuple(plot.x + (i + 0.5) * step for i in range(len(order)))
    index = {tp: i for i, tp in enumerate(order)}
    bands: list[StageBand] = []
    for i, tp in enumerate(order):
        stage = stage_of[tp]
        if bands and bands[-1].stage_id == stage:
            last = bands[-1]
            bands[-1] = StageBand(stage, last.x, last.w + step, last.first, i)
        else:
            bands.append(StageBand(stage, plot.x + i * step, step, i, i))
    series = []
    for persona_id, curve, dashed in curves:
        known = sorted(
            (index[tp], value) for tp, value in zip(curve.touchpoint_ids, curve.values, strict=True) if tp in index
        )
        if not known:
            continue
        pts = [(slots[i], value_y(plot, value)) for i, value in known]
        series.append(Series(persona_id, dashed, tuple(pts), tuple(v for _, v in known), tuple(smooth(pts))))
    return ChartPoints(plot, slots, tuple(bands), tuple(series))
