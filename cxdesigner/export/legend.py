"""The poster's title block (map title, personas, date) and its legend (channels, badges, curves, symbols).

Both are laid out in their own units and drawn with a scale factor, so on a very wide map they grow with
it and stay readable when the poster is shrunk onto one sheet. The legend shows only what the map uses:
its channels, the badges when it has requirements, one line per persona, dashes when measured curves are
drawn. Sections flow into columns left to right and wrap to a new row when the poster is narrow.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.domain import style as s
from cxdesigner.domain.quality import Badge
from cxdesigner.export.catalogue import channel_name, say
from cxdesigner.export.map_painter import MapPainter
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import draw_line, elide, width
from cxdesigner.export.stamps import STAR

TITLE_HEIGHT = 100.0
COLUMN = 210.0
ROW = 20.0
HEADING = 26.0
ROWS = 7
GAP = 24.0


@dataclass(frozen=True)
class Item:
    """One legend entry: what to draw as its sample and its words."""

    kind: str  # channel, badge, persona, measured, pain, star, indirect, flow, visibility
    key: str
    text: str
    color: str = ""


@dataclass(frozen=True)
class Column:
    """A column of the legend at ``x, y`` (legend units, y down), with a heading on its first column."""

    x: float
    y: float
    heading: str
    items: tuple[Item, ...]


def scale_for(map_width: float, map_height: float) -> float:
    """How much larger than normal the title and legend are drawn on a map this size.

    A wide map gets a larger title block so it stays readable when the poster is shrunk onto one sheet,
    but never taller than a fifth of the map.
    """
    return min(max(min(map_width / 1600.0, map_height / 5.0 / TITLE_HEIGHT), 1.0), 8.0)


def sections(parts: MapParts, language: str) -> list[tuple[str, list[Item]]]:
    """The legend's sections for this map, each a heading and its entries."""
    lang = language
    out: list[tuple[str, list[Item]]] = []
    channels = [Item("channel", ch, channel_name(ch, lang), s.channel_color(ch)) for ch in parts.channels]
    if channels:
        out.append((say("channels", lang), channels))
    used = set(parts.badges.values()) - {Badge.NONE}
    if used:
        names = {Badge.ALL_MET: "badge_all_met", Badge.FAILING: "badge_failing", Badge.UNCHECKED: "badge_unchecked"}
        out.append((say("quality", lang), [Item("badge", b.value, say(names[b], lang)) for b in names if b in used]))
    curves = {p.id: p for p, _, _ in parts.curves}
    if curves:
        items = [Item("persona", p.id, p.name, s.persona_color(p.color)) for p in parts.personas if p.id in curves]
        items.append(Item("persona", "", say("designed", lang), s.MUTED))
        if parts.measured:
            items.append(Item("measured", "", say("measured", lang), s.MUTED))
        items.append(Item("pain", "", say("pain_point", lang)))
        out.append((say("emotions", lang), items))
    symbols = [Item("flow", "", say("flow", lang))]
    if any(tp.moment_of_truth for tp in parts.touchpoints):
        symbols.append(Item("star", "", say("moment_of_truth", lang)))
    if any(not tp.direct for tp in parts.touchpoints):
        symbols.append(Item("indirect", "", say("indirect", lang)))
    symbols.append(Item("visibility", "", say("visibility", lang)))
    kinds = {type(e).__name__ for e in parts.notes.values()}
    if "Barrier" in kinds:
        symbols.append(Item("barrier", "", say("barrier_note", lang)))
    if "Improvement" in kinds:
        symbols.append(Item("improvement", "", say("improvement_note", lang)))
    out.append((say("symbols", lang), symbols))
    return out


def columns(parts: MapParts, language: str, room: float) -> tuple[list[Column], float]:
    """The legend's columns placed within ``room`` legend units across, and the legend's height."""
    placed: list[Column] = []
    x = y = 0.0
    line_height = HEADING + ROWS * ROW
    for heading, items in sections(parts, language):
        chunks = [tuple(items[i : i + ROWS]) for i in range(0, len(items), ROWS)]
        for i, chunk in enumerate(chunks):
            if x > 0 and x + COLUMN > room:
                x, y = 0.0, y + line_height + GAP / 2
            placed.append(Column(x, y, heading if i == 0 else "", chunk))
            x += COLUMN
    height = max((c.y + HEADING + len(c.items) * ROW for c in placed), default=0.0)
    return placed, height


def draw_title(painter: MapPainter, title: str, parts: MapParts, date: str, room: float) -> None:
    """The title block in the top ``TITLE_HEIGHT`` units of the current frame (the painter's offset)."""
    c, lang = painter.c, painter.lang
    painter.fill(s.INK)
    draw_line(c, painter.x(0), painter.y(36), elide(title, painter.bold, 28, room), painter.bold, 28)
    x = 0.0
    names = [p for p in parts.personas if p.name.strip()]
    if not names:
        painter.fill(s.MUTED)
        draw_line(c, painter.x(0), painter.y(64), say("no_personas", lang), painter.regular, 13)
    for persona in names:
        text = elide(persona.name, painter.regular, 13, max(room - x - 22, 0))
        if not text or x > room - 40:
            break
        painter.fill(s.persona_color(persona.color))
        c.circle(painter.x(x + 6), painter.y(60), 5.5, stroke=0, fill=1)
        painter.fill(s.INK)
        draw_line(c, painter.x(x + 16), painter.y(64), text, painter.regular, 13)
        x += 16 + width(text, painter.regular, 13) + 18
    painter.fill(s.MUTED)
    draw_line(c, painter.x(0), painter.y(88), say("made_on", lang, date=date), painter.regular, 11)


def draw_legend(painter: MapPainter, placed: list[Column]) -> None:
    """The legend's columns at the painter's current offset."""
    for col in placed:
        if col.heading:
            painter.fill(s.INK)
            draw_line(painter.c, painter.x(col.x), painter.y(col.y + 16), col.heading, painter.bold, 13)
        for i, item in enumerate(col.items):
            top = col.y + HEADING + i * ROW
            _sample(painter, item, col.x, top)
            painter.fill(s.INK)
            text = elide(item.text, painter.regular, 11, COLUMN - 44)
            draw_line(painter.c, painter.x(col.x + 34), painter.y(top + 14), text, painter.regular, 11)


def _sample(p: MapPainter, item: Item, x: float, top: float) -> None:  # noqa: C901 - one branch per kind
    c = p.c
    mid = top + ROW / 2 - 1
    if item.kind == "channel":
        p.fill(item.color)
        c.roundRect(p.x(x), p.y(top + 16), 6, 14, 2, stroke=0, fill=1)
        icon = p.stamps.icon(item.key)
        if icon is not None:
            p.stamps.place(icon, p.x(x + 10), p.y(top + 16), 14 / 48.0)
    elif item.kind == "badge":
        p.stamps.place(p.stamps.badge(Badge(item.key)), p.x(x + 12), p.y(mid))
    elif item.kind in ("persona", "measured"):
        c.saveState()
        p.stroke(item.color, s.CURVE_WIDTH if item.kind == "persona" else s.MEASURED_CURVE_WIDTH)
        c.setLineCap(1)
        if item.kind == "measured":
            c.setDash(10, 5)
        c.line(p.x(x), p.y(mid), p.x(x + 26), p.y(mid))
        c.restoreState()
    elif item.kind == "pain":
        p.fill(s.MUTED)
        p.stroke(s.PAIN, s.CURVE_POINT_PEN)
        c.circle(p.x(x + 12), p.y(mid), 5.0, stroke=1, fill=1)
    elif item.kind == "star":
        p.stamps.place(STAR, p.x(x + 12), p.y(mid))
    elif item.kind == "indirect":
        c.saveState()
        p.fill(s.CARD_FILL)
        p.stroke(s.CARD_BORDER, 1.0)
        c.setDash(4, 2)
        c.roundRect(p.x(x), p.y(top + 17), 26, 14, 3, stroke=1, fill=1)
        c.restoreState()
    elif item.kind == "flow":
        p.stroke(s.FLOW_INK, 1.5)
        c.line(p.x(x), p.y(mid), p.x(x + 20), p.y(mid))
        p.fill(s.FLOW_INK)
        path = c.beginPath()
        path.moveTo(p.x(x + 27), p.y(mid))
        path.lineTo(p.x(x + 19), p.y(mid - 3.5))
        path.lineTo(p.x(x + 19), p.y(mid + 3.5))
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    elif item.kind in ("barrier", "improvement"):
        ink = s.NOTE_BARRIER_INK if item.kind == "barrier" else s.NOTE_IDEA_INK
        p.fill(s.NOTE_BARRIER_FILL if item.kind == "barrier" else s.NOTE_IDEA_FILL)
        p.stroke(ink, 1.0)
        c.roundRect(p.x(x), p.y(top + 17), 26, 14, 2, stroke=1, fill=1)
        p.fill(ink)
        c.rect(p.x(x), p.y(top + 17), 3, 14, stroke=0, fill=1)
    elif item.kind == "visibility":
        c.saveState()
        p.stroke(s.VISIBILITY, 1.5)
        c.setDash(6, 3)
        c.line(p.x(x), p.y(mid), p.x(x + 26), p.y(mid))
        c.restoreState()
