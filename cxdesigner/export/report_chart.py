"""The report's emotion-curve chart, drawn for the chart (``chart_points``), not squeezed from the map.

A ``report_figure.Figure``, drawn straight onto the page: one evenly spaced slot per touchpoint in
journey order, each stage a band behind its slots with its name (or number, where the band is narrow)
underneath, a line per level from +2 to −2 with room above and below, and one line per persona and
kind: designed solid, measured dashed, pain points ringed. The legend under the chart names the
personas and the two line styles.
"""

from __future__ import annotations

from cxdesigner.domain import style as s
from cxdesigner.domain.entities import EMOTION_MAX, EMOTION_MIN, LaneKind
from cxdesigner.domain.geometry import CurveGeometry
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl, visual
from cxdesigner.export.catalogue import say
from cxdesigner.export.chart_points import Box, ChartPoints, Series, chart_points
from cxdesigner.export.map_parts import EMOTION_MODES, MapParts, curve_values
from cxdesigner.export.pdftext import elide
from cxdesigner.export.report_figure import Curve, Dot, Figure, Label, Rectangle, Segment, Stroke

AXIS = 28.0  # room for the level labels on the left
LABELS = 16.0  # room for the stage names under the chart
LEGEND_ROW = 14.0
DASH = (4.0, 3.0)
NUMBERED_BELOW = 24.0  # a band narrower than this shows its stage's number, not its name


def shown(text: str) -> str:
    """One line of user text as the chart draws it: no controls, U+FFFD for glyphless, RTL in order."""
    text = " ".join(fonts.drawable(text).split())
    return visual(text) if has_rtl(text) else text


def _styles(parts: MapParts) -> list[bool]:
    """The line styles drawn, as ``dashed`` flags: solid (designed) first."""
    return sorted({dashed for _, _, dashed in parts.curves})


def chart_parts(journey: JourneyMap, emotion_mode: str = "both") -> MapParts:
    """The parts the chart draws, as ``map_parts.gather`` gives them for the map's layout, without laying
    the map out: the stages, and per persona and kind a curve of the touchpoints with a value that have a
    card (their stage and lane on the map), each value held within the emotion levels. The chart places
    the points itself, so a curve here has no geometry (no points, no segments), and its touchpoints are
    in no particular order. No curves without an emotions lane, as on the map."""
    if emotion_mode not in EMOTION_MODES:
        raise ValueError(f"emotion mode is one of {', '.join(EMOTION_MODES)}")
    people, lanes = journey.personas(), journey.lanes()
    parts = MapParts(journey.stages(), lanes, journey.touchpoints(), journey.flows(), people)
    if not any(lane.kind == LaneKind.EMOTIONS for lane in lanes):
        return parts
    stages, lane_ids = {st.id for st in parts.stages}, {lane.id for lane in lanes}
    carded = {tp.id for tp in parts.touchpoints if tp.stage_id in stages and tp.lane_id in lane_ids}
    for values, dashed in curve_values(journey, emotion_mode):
        for persona in people:
            mine = values.get(persona.id, {})
            ids = tuple(t for t in mine if t in carded)
            if ids:
                held = tuple(float(min(max(mine[t], EMOTION_MIN), EMOTION_MAX)) for t in ids)
                parts.curves.append((persona, CurveGeometry(persona.id, (), ids, held, ()), dashed))
    return parts


def emotion_chart(journey: JourneyMap, parts: MapParts, width: float, height: float, language: str) -> Figure | None:
    """The chart ``width`` x ``height`` points plus its legend; None without curves or touchpoints."""
    order = journey_order(journey)
    if not parts.curves or not order:
        return None
    regular, bold = fonts.register()
    people = list(dict.fromkeys(p.id for p, _, _ in parts.curves))
    legend_rows = len(people) + len(_styles(parts))
    total = height + LEGEND_ROW * legend_rows
    drawing = Figure(width, total)
    y0 = total - height  # the chart sits above the legend
    plot = Box(AXIS, y0 + LABELS, width - AXIS, height - LABELS)
    stage_of = {tp.id: tp.stage_id for tp in journey.touchpoints()}
    chart = chart_points(plot, order, stage_of, [(p.id, c, d) for p, c, d in parts.curves])
    _bands(drawing, chart, {st.id: (i, st.title) for i, st in enumerate(parts.stages)}, regular)
    for value in (2, 1, 0, -1, -2):
        y = chart.y_of(value)
        dash = () if value == 0 else (2.0, 3.0)
        drawing.add(Segment(AXIS, y, width, y, Stroke(s.GRID, 0.8, dash)))
        label = f"{value:+d}" if value else "0"
        drawing.add(Label(AXIS - 4, y - 3, label.replace("-", "−"), regular, 8, "end"))
    colors = {p.id: s.persona_color(p.color) for p, _, _ in parts.curves}
    for series in chart.series:
        _line(drawing, series, colors[series.persona_id])
    _legend(drawing, parts, people, y0, language, regular)
    return drawing


def _bands(drawing: Figure, chart: ChartPoints, stages: dict[str, tuple[int, str]], font: str) -> None:
    plot = chart.plot
    for k, band in enumerate(chart.bands):
        drawing.add(Rectangle(band.x, plot.y, band.w, plot.h, fill=s.BAND_FILLS[(k + 1) % 2]))
        if k:
            drawing.add(Segment(band.x, plot.y, band.x, plot.y + plot.h, Stroke(s.GRID, 0.5)))
        number, title = stages.get(band.stage_id, (k, ""))
        text = elide(title, font, 7, band.w - 4) if band.w >= NUMBERED_BELOW else ""
        text = text or str(number + 1)
        drawing.add(Label(band.x + band.w / 2, plot.y - 10, shown(text), font, 7, "middle"))
    drawing.add(Rectangle(plot.x, plot.y, plot.w, plot.h, stroke=Stroke(s.GRID, 0.5)))


def _line(drawing: Figure, series: Series, color: str) -> None:
    """The series' curve, then its dots (a pain point bigger, ringed)."""
    ink = s.lighter(color, 115) if series.dashed else color
    width = 1.2 if series.dashed else 1.6
    drawing.add(Curve(series.points[0], series.segments, Stroke(ink, width, DASH if series.dashed else (), True)))
    ring = Stroke(s.PAIN, 1.2)
    for (x, y), value in zip(series.points, series.values, strict=True):
        pain = value < 0
        drawing.add(Dot(x, y, 2.6 if pain else 1.8, ink, ring if pain else None))


def _legend(drawing: Figure, parts: MapParts, people: list[str], top: float, language: str, regular: str) -> None:
    names = {p.id: p for p, _, _ in parts.curves}
    rows = [
        (s.persona_color(names[p].color), elide(names[p].name, regular, 8, drawing.width - AXIS - 30) or "—", False)
        for p in people
    ]
    rows += [(s.MUTED, say("measured" if dashed else "designed", language), dashed) for dashed in _styles(parts)]
    y = top - LEGEND_ROW + 4
    for color, words, dashed in rows:
        stroke = Stroke(color, 1.2 if dashed else 1.6, DASH if dashed else ())
        drawing.add(Segment(AXIS, y + 3, AXIS + 22, y + 3, stroke))
        drawing.add(Label(AXIS + 28, y, shown(words), regular, 8))
        y -= LEGEND_ROW
