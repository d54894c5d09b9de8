"""The report's emotion-curve chart: the poster's curves, from the same layout geometry, scaled to the page.

The chart is a reportlab graphics ``Drawing``: the emotion band of the layout squeezed into the frame's
width, a line per level from +2 to −2, the stage boundaries with their names where they fit, and one
curve per persona (solid designed, dashed measured, pain points marked), with a legend underneath.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib.colors import Color, HexColor

from cxdesigner.domain import style as s
from cxdesigner.domain.geometry import MapLayout
from cxdesigner.domain.layout import emotion_y
from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl, visual
from cxdesigner.export.catalogue import say
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import elide

AXIS = 28.0  # room for the level labels on the left
LABELS = 30.0  # room for the stage names under the chart
LEGEND_ROW = 14.0


def shown(text: str) -> str:
    """One line of user text as a chart ``String`` draws it: no controls, U+FFFD for glyphless, RTL in order."""
    text = " ".join(fonts.drawable(text).split())
    return visual(text) if has_rtl(text) else text


def _color(value: str) -> Color:
    return HexColor(value)


def emotion_chart(layout: MapLayout, parts: MapParts, width: float, height: float, language: str) -> Drawing | None:
    """The chart ``width`` x ``height`` points plus its legend; None when the map has no emotions lane."""
    band = layout.emotion_band
    if band is None or not layout.column_edges:
        return None
    regular, bold = fonts.register()
    legend_rows = len({p.id for p, _, _ in parts.curves}) + (2 if parts.measured else 0)
    total = height + LEGEND_ROW * legend_rows
    drawing = Drawing(width, total)
    drawing.initialFontName = regular  # reportlab's graphics start in Helvetica, which would not be embedded
    left, right = layout.column_edges[0], layout.bounds.right
    kx = (width - AXIS) / max(right - left, 1.0)
    top, low = emotion_y(layout, 2), emotion_y(layout, -2)
    plot_h = height - LABELS
    ky = plot_h / max(low - top, 1.0)
    y0 = total - height  # the chart sits above the legend

    def px(x: float) -> float:
        return AXIS + (x - left) * kx

    def py(y: float) -> float:
        return y0 + LABELS + plot_h - (y - top) * ky

    drawing.add(Rect(AXIS, y0 + LABELS, width - AXIS, plot_h, fillColor=_color(s.BAND_FILLS[1]), strokeColor=None))
    for value in (2, 1, 0, -1, -2):
        y = py(emotion_y(layout, value))
        dash = None if value == 0 else [2, 3]
        drawing.add(Line(AXIS, y, width, y, strokeColor=_color(s.GRID), strokeWidth=0.8, strokeDashArray=dash))
        label = f"{value:+d}" if value else "0"
        drawing.add(String(AXIS - 4, y - 3, label.replace("-", "−"), fontName=regular, fontSize=8, textAnchor="end"))
    _stages(drawing, layout, parts, px, y0, plot_h, regular)
    for persona, curve, dashed in parts.curves:
        drawing.add(_curve(curve, s.persona_color(persona.color), dashed, px, py))
    _legend(drawing, parts, total - height, language, regular, bold)
    return drawing


def _stages(drawing: Drawing, layout: MapLayout, parts: MapParts, px, y0: float, plot_h: float, font: str) -> None:  # noqa: ANN001
    edges = layout.column_edges
    names = {st.id: st.title for st in parts.stages}
    column = (px(edges[-1]) - px(edges[0])) / max(len(edges) - 1, 1)
    every = max(1, int(40 // max(column, 0.1)))  # name every n-th stage when columns are narrow
    for i, sid in enumerate(layout.stage_order):
        x = px(edges[i + 1])
        drawing.add(Line(x, y0 + LABELS, x, y0 + LABELS + plot_h, strokeColor=_color(s.GRID), strokeWidth=0.5))
        if i % every:
            continue
        room = column * every - 4
        text = elide(names.get(sid, ""), font, 7, room) if every == 1 else str(i + 1)
        if text:
            mid = (px(edges[i]) + px(edges[i + 1])) / 2 if every == 1 else px(edges[i]) + 2
            anchor = "middle" if every == 1 else "start"
            drawing.add(String(mid, y0 + LABELS - 10, shown(text), fontName=font, fontSize=7, textAnchor=anchor))


def _curve(curve, color: str, dashed: bool, px, py) -> Group:  # noqa: ANN001 - a CurveGeometry and two mappers
    group = Group()
    ink = _color(s.lighter(color, 115) if dashed else color)
    if curve.segments:
        path = Path(strokeColor=ink, strokeWidth=1.2 if dashed else 1.6, fillColor=None)
        if dashed:
            path.strokeDashArray = [4, 3]
        first = curve.segments[0][0]
        path.moveTo(px(first.x), py(first.y))
        for _, c1, c2, p1 in curve.segments:
            path.curveTo(px(c1.x), py(c1.y), px(c2.x), py(c2.y), px(p1.x), py(p1.y))
        group.add(path)
    for point, value in zip(curve.points, curve.values, strict=False):
        if value < 0:
            group.add(Circle(px(point.x), py(point.y), 2.6, fillColor=ink, strokeColor=_color(s.PAIN), strokeWidth=1.2))
    return group


def _legend(drawing: Drawing, parts: MapParts, top: float, language: str, regular: str, bold: str) -> None:
    seen: list = []
    for persona, _, _ in parts.curves:
        if persona not in seen:
            seen.append(persona)
    rows = [
        (s.persona_color(p.color), elide(p.name, regular, 8, drawing.width - AXIS - 30) or "—", False) for p in seen
    ]
    if parts.measured:
        rows += [(s.MUTED, say("designed", language), False), (s.MUTED, say("measured", language), True)]
    y = top - LEGEND_ROW + 4
    for color, words, dashed in rows:
        line = Line(AXIS, y + 3, AXIS + 22, y + 3, strokeColor=_color(color), strokeWidth=1.2 if dashed else 1.6)
        if dashed:
            line.strokeDashArray = [4, 3]
        drawing.add(line)
        drawing.add(String(AXIS + 28, y, shown(words), fontName=regular, fontSize=8))
        y -= LEGEND_ROW
