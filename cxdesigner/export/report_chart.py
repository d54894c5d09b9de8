"""The report's emotion-curve chart, drawn for the chart (``chart_points``), not squeezed from the map.

A reportlab graphics ``Drawing``: one evenly spaced slot per touchpoint in journey order, each stage a
band behind its slots with its name (or number, where the band is narrow) underneath, a line per level
from +2 to −2 with room above and below, and one line per persona and kind: designed solid, measured
dashed, pain points ringed. The legend under the chart names the personas and the two line styles.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib.colors import Color, HexColor

from cxdesigner.domain import style as s
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl, visual
from cxdesigner.export.catalogue import say
from cxdesigner.export.chart_points import Box, ChartPoints, Series, chart_points
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import elide

AXIS = 28.0  # room for the level labels on the left
LABELS = 16.0  # room for the stage names under the chart
LEGEND_ROW = 14.0
DASH = [4, 3]
NUMBERED_BELOW = 24.0  # a band narrower than this shows its stage's number, not its name


def shown(text: str) -> str:
    """One line of user text as a chart ``String`` draws it: no controls, U+FFFD for glyphless, RTL in order."""
    text = " ".join(fonts.drawable(text).split())
    return visual(text) if has_rtl(text) else text


def _color(value: str) -> Color:
    return HexColor(value)


def _styles(parts: MapParts) -> list[bool]:
    """The line styles drawn, as ``dashed`` flags: solid (designed) first."""
    return sorted({dashed for _, _, dashed in parts.curves})


def emotion_chart(journey: JourneyMap, parts: MapParts, width: float, height: float, language: str) -> Drawing | None:
    """The chart ``width`` x ``height`` points plus its legend; None without curves or touchpoints."""
    order = journey_order(journey)
    if not parts.curves or not order:
        return None
    regular, bold = fonts.register()
    people = list(dict.fromkeys(p.id for p, _, _ in parts.curves))
    legend_rows = len(people) + len(_styles(parts))
    total = height + LEGEND_ROW * legend_rows
    drawing = Drawing(width, total)
    drawing.initialFontName = regular  # reportlab's graphics start in Helvetica, which would not be embedded
    y0 = total - height  # the chart sits above the legend
    plot = Box(AXIS, y0 + LABELS, width - AXIS, height - LABELS)
    stage_of = {tp.id: tp.stage_id for tp in journey.touchpoints()}
    chart = chart_points(plot, order, stage_of, [(p.id, c, d) for p, c, d in parts.curves])
    _bands(drawing, chart, {st.id: (i, st.title) for i, st in enumerate(parts.stages)}, regular)
    for value in (2, 1, 0, -1, -2):
        y = chart.y_of(value)
        dash = None if value == 0 else [2, 3]
        drawing.add(Line(AXIS, y, width, y, strokeColor=_color(s.GRID), strokeWidth=0.8, strokeDashArray=dash))
        label = f"{value:+d}" if value else "0"
        drawing.add(String(AXIS - 4, y - 3, label.replace("-", "−"), fontName=regular, fontSize=8, textAnchor="end"))
    colors = {p.id: s.persona_color(p.color) for p, _, _ in parts.curves}
    for series in chart.series:
        drawing.add(_line(series, colors[series.persona_id]))
    _legend(drawing, parts, people, y0, language, regular)
    return drawing


def _bands(drawing: Drawing, chart: ChartPoints, stages: dict[str, tuple[int, str]], font: str) -> None:
    plot = chart.plot
    for k, band in enumerate(chart.bands):
        fill = _color(s.BAND_FILLS[(k + 1) % 2])
        drawing.add(Rect(band.x, plot.y, band.w, plot.h, fillColor=fill, strokeColor=None))
        if k:
            drawing.add(Line(band.x, plot.y, band.x, plot.y + plot.h, strokeColor=_color(s.GRID), strokeWidth=0.5))
        number, title = stages.get(band.stage_id, (k, ""))
        text = elide(title, font, 7, band.w - 4) if band.w >= NUMBERED_BELOW else ""
        text = text or str(number + 1)
        drawing.add(
            String(band.x + band.w / 2, plot.y - 10, shown(text), fontName=font, fontSize=7, textAnchor="middle")
        )
    drawing.add(Rect(plot.x, plot.y, plot.w, plot.h, fillColor=None, strokeColor=_color(s.GRID), strokeWidth=0.5))


def _line(series: Series, color: str) -> Group:
    group = Group()
    ink = _color(s.lighter(color, 115) if series.dashed else color)
    width = 1.2 if series.dashed else 1.6
    path = Path(strokeColor=ink, strokeWidth=width, fillColor=None, strokeLineJoin=1, strokeLineCap=1)
    if series.dashed:
        path.strokeDashArray = DASH
    path.moveTo(*series.points[0])
    for c1, c2, p1 in series.segments:
        path.curveTo(*c1, *c2, *p1)
    group.add(path)
    for (x, y), value in zip(series.points, series.values, strict=True):
        pain = value < 0
        group.add(
            Circle(
                x, y, 2.6 if pain else 1.8, fillColor=ink, strokeColor=_color(s.PAIN) if pain else None, strokeWidth=1.2
            )
        )
    return group


def _legend(drawing: Drawing, parts: MapParts, people: list[str], top: float, language: str, regular: str) -> None:
    names = {p.id: p for p, _, _ in parts.curves}
    rows = [
        (s.persona_color(names[p].color), elide(names[p].name, regular, 8, drawing.width - AXIS - 30) or "—", False)
        for p in people
    ]
    rows += [(s.MUTED, say("measured" if dashed else "designed", language), dashed) for dashed in _styles(parts)]
    y = top - LEGEND_ROW + 4
    for color, words, dashed in rows:
        line = Line(AXIS, y + 3, AXIS + 22, y + 3, strokeColor=_color(color), strokeWidth=1.2 if dashed else 1.6)
        if dashed:
            line.strokeDashArray = DASH
        drawing.add(line)
        drawing.add(String(AXIS + 28, y, shown(words), fontName=regular, fontSize=8))
        y -= LEGEND_ROW
