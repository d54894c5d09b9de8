"""The report's emotion chart: one evenly spaced point per touchpoint, inside the plot, measured dashed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Emotion, Persona, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import compute_layout, journey_order
from cxdesigner.export.map_parts import gather
from cxdesigner.export.report import write_report
from cxdesigner.export.report_chart import AXIS, LABELS, emotion_chart
from cxdesigner.export.report_figure import Curve, Figure, Label, Rectangle, Segment
from tests.export.pdfcheck import text

WIDTH, HEIGHT = 480.0, 200.0
# Five cards in the first stage, one in the third; values at both limits and back and forth.
VALUES = [2, -2, 2, -2, 2, -2, 0]


def _crowded() -> JourneyMap:
    """One persona; five cards stacked in stage 1 (the old chart's spike), one each in stages 3 and 4,
    designed values swinging between +2 and −2; feedback scores (measured) at three cards."""
    journey = templates.eight_stages("Chart", "en")
    stages, lane = journey.stages(), journey.lanes()[0]
    journey.add(Persona(id="p1", name="Masha", color="#1864ab", order=0.0))
    where = [0, 0, 0, 0, 0, 2, 3]
    for i, (stage, value) in enumerate(zip(where, VALUES, strict=True)):
        journey.add(Touchpoint(id=f"t{i}", stage_id=stages[stage].id, lane_id=lane.id, title=f"C{i}", order=i))
        journey.add(Emotion(id=f"e{i}", touchpoint_id=f"t{i}", persona_id="p1", designed=value))
    for i, score in ((0, 5.0), (3, 1.0), (6, 3.0)):
        journey.add(FeedbackItem(id=f"f{i}", touchpoint_id=f"t{i}", score=score, text="", persona_id="p1"))
    return journey


def _paths(drawing: Figure) -> list[Curve]:
    return [shape for shape in drawing.shapes if isinstance(shape, Curve)]


def _vertices(path: Curve) -> list[tuple[float, float]]:
    """The points the path passes through (its start and each curve's end), not the control points."""
    return path.vertices()


def _all_points(path: Curve) -> list[tuple[float, float]]:
    """Start, then each piece's two control points and end."""
    return [path.start, *(point for piece in path.pieces for point in piece)]


@pytest.fixture(scope="module")
def chart() -> tuple[JourneyMap, Figure]:
    journey = _crowded()
    parts = gather(journey, compute_layout(journey), "both")
    drawing = emotion_chart(journey, parts, WIDTH, HEIGHT, "en")
    assert drawing is not None
    return journey, drawing


def test_one_point_per_touchpoint_evenly_spaced(chart: tuple[JourneyMap, Figure]) -> None:
    journey, drawing = chart
    designed = [p for p in _paths(drawing) if not p.stroke.dash]
    assert len(designed) == 1
    points = _vertices(designed[0])
    assert len(points) == len(journey.touchpoints()) == len(journey_order(journey))
    xs = [x for x, _ in points]
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    assert min(steps) > 0
    assert max(steps) - min(steps) < 1e-6, steps  # evenly: the five cards of stage 1 do not share an x
    assert (WIDTH - AXIS) / len(xs) == pytest.approx(steps[0])


def test_every_point_and_control_point_strictly_inside_the_plot(chart: tuple[JourneyMap, Figure]) -> None:
    _, drawing = chart
    total = drawing.height
    bottom, top = total - HEIGHT + LABELS, total
    for path in _paths(drawing):
        ys = [y for _, y in _all_points(path)]  # the curves' control points too: a curve never bulges past them
        assert bottom < min(ys) and max(ys) < top, (bottom, min(ys), max(ys), top)
    designed = _vertices(next(p for p in _paths(drawing) if not p.stroke.dash))
    y_high, y_low = max(y for _, y in designed), min(y for _, y in designed)
    assert top - y_high >= 0.05 * (top - bottom)  # room above +2 and below −2: never along the frame
    assert y_low - bottom >= 0.05 * (top - bottom)


def test_no_spike_the_curve_never_leaves_the_range_of_its_neighbours(chart: tuple[JourneyMap, Figure]) -> None:
    _, drawing = chart
    for path in _paths(drawing):
        pts = _all_points(path)
        for i in range(0, len(pts) - 1, 3):
            p0, c1, c2, p1 = pts[i : i + 4]
            low, high = min(p0[1], p1[1]), max(p0[1], p1[1])
            assert low - 1e-6 <= c1[1] <= high + 1e-6 and low - 1e-6 <= c2[1] <= high + 1e-6


def test_measured_is_dashed_and_the_legend_tells_them_apart(chart: tuple[JourneyMap, Figure]) -> None:
    _, drawing = chart
    dashed = [p for p in _paths(drawing) if p.stroke.dash]
    assert len(dashed) == 1
    assert len(_vertices(dashed[0])) == 3  # the three cards with feedback
    words = [s.text for s in drawing.shapes if isinstance(s, Label)]
    assert "designed (to-be)" in words and "measured (as-is)" in words
    legend = [s for s in drawing.shapes if isinstance(s, Segment) and s.stroke.dash]
    assert any(s.y1 < drawing.height - HEIGHT for s in legend)  # a dashed sample line in the legend


def test_stage_bands_sit_behind_their_points(chart: tuple[JourneyMap, Figure]) -> None:
    journey, drawing = chart
    bands = [r for r in drawing.shapes if isinstance(r, Rectangle) and r.fill is not None and r.h > 50]
    stages_used = {tp.stage_id for tp in journey.touchpoints()}
    assert len(bands) == len(stages_used)
    assert bands[0].w == pytest.approx(5 * (WIDTH - AXIS) / 7)  # stage 1 holds five of seven slots


def test_the_report_prints_the_chart_with_its_legend(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_report(_crowded(), out)
    words = text(out)
    assert "designed (to-be)" in words and "measured (as-is)" in words and "Masha" in words


def _curves(parts) -> set:  # noqa: ANN001 - MapParts
    return {(p.id, dashed, frozenset(zip(c.touchpoint_ids, c.values, strict=True))) for p, c, dashed in parts.curves}


@pytest.mark.parametrize("mode", ["both", "designed", "measured"])
def test_the_charts_parts_are_the_maps_curves_without_laying_the_map_out(mode: str) -> None:
    from cxdesigner.domain.entities import Lane, LaneKind
    from cxdesigner.export.report_chart import chart_parts
    from tests.export.maps import large_map, shop_map

    crowded = _crowded()
    no_band = _crowded()
    for lane in no_band.lanes():
        if lane.kind == LaneKind.EMOTIONS:
            no_band.update(Lane, lane.id, kind=LaneKind.TEXT)
    for journey in (crowded, no_band, shop_map("en"), large_map(stages=12, touchpoints=200, seed=5)):
        laid = gather(journey, compute_layout(journey), mode)
        assert _curves(chart_parts(journey, mode)) == _curves(laid)
    assert not chart_parts(no_band, mode).curves
    with pytest.raises(ValueError, match="emotion mode"):
        chart_parts(crowded, "felt")
