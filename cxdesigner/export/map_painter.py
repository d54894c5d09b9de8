"""The map itself on a reportlab canvas, drawn from ``domain.layout``'s geometry as the canvas draws it.

Lane bands, stage headers, lane labels, the line of visibility, flow arrows, cards (colour strip, channel
icon, wrapped title, moment-of-truth star, quality badge) and one emotion curve per persona, in the
canvas's colours and sizes (``domain.style``). The layout's y grows downward; the painter flips it against
the height of the drawing it paints into.

A map is painted in vertical slices (``Window``), each a run of whole stage columns: the poster makes one
PDF form of each, so a sheet of a tiled poster only carries the slices it shows and a viewer draws a page
without going through all of a huge map. Things that cross slices (bands, flow routes, curves) are drawn
in each slice they cross, clipped to it; everything else belongs to exactly one slice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain import style as s
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.geometry import CurveGeometry, MapLayout, Rect
from cxdesigner.domain.layout import emotion_y
from cxdesigner.domain.quality import Badge, QualitySummary
from cxdesigner.export import fonts, notes, pictures, strokes
from cxdesigner.export.bidi import base_level, has_rtl
from cxdesigner.export.catalogue import say
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import TextBatch, baseline, draw_line, elide, fit_lines, width
from cxdesigner.export.stamps import STAR, Mark, Stamps

SLICE_WIDTH = 2000.0
"""About how wide (layout units) one slice of a large map is."""
OVERHANG = 120.0
"""How far past its slice a flow label, curve point or card mark may reach."""


@dataclass(frozen=True)
class Window:
    """A vertical slice of the map: layout x from ``left`` to ``right``, the stages whose columns it holds,
    and whether it is the first (which also holds the lane labels)."""

    left: float
    right: float
    stages: frozenset[str]
    first: bool
    routes: tuple[str, ...] = ()
    """The flows (ids, in id order) whose route, arrowhead included, reaches into the slice."""
    labels: tuple[str, ...] = ()
    """The flows (ids, in id order) whose label sits in the slice (left of the map: the first slice)."""
    curves: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()
    """Per curve given to ``windows``, in its order: the indices of the segments that reach into the
    slice and of the points that sit in it, each in the curve's order."""


def windows(
    layout: MapLayout,
    width: float = SLICE_WIDTH,
    curves: Sequence[CurveGeometry] = (),
    labelled: Container[str] | None = None,
) -> list[Window]:
    """The map cut into slices of whole stage columns about ``width`` wide, left to right, each with the
    flows and the parts of ``curves`` it draws: found once here, by bisecting the slices' edges, rather than
    by every slice going through every flow and curve point (31 slices × 3,900 flows on a 3,000-card map).
    With ``labelled`` (flow ids), only those flows' labels are placed: the others draw none."""
    edges, order = layout.column_edges, layout.stage_order
    if not order:
        bounds = [(0.0, layout.bounds.right, frozenset[str](), True)]
    else:
        bounds, start, left = [], 0, 0.0
        for i in range(len(order)):
            if edges[i + 1] - left >= width or i == len(order) - 1:
                bounds.append((left, edges[i + 1], frozenset(order[start : i + 1]), not bounds))
                start, left = i + 1, edges[i + 1]
    rights = [b[1] for b in bounds]
    lefts = [b[0] for b in bounds]
    routes: list[list[str]] = [[] for _ in bounds]
    labels: list[list[str]] = [[] for _ in bounds]
    for fid in sorted(layout.flows):
        co = layout.flows[fid].coords
        if len(co) < 4:
            continue
        xs = co[0::2]
        low, high = min(xs) - s.ARROW, max(xs) + s.ARROW
        for n in range(bisect_left(rights, low), bisect_right(lefts, high)):
            routes[n].append(fid)
        if labelled is not None and fid not in labelled:
            continue
        at = layout.flows[fid].label_at.x
        n = max(bisect_right(lefts, at) - 1, 0)
        if at < rights[n]:
            labels[n].append(fid)
    cut = [_curve_slices(curve, lefts, rights) for curve in curves]
    return [
        Window(*b, tuple(r), tuple(lb), tuple(c[n] for c in cut))
        for n, (b, r, lb) in enumerate(zip(bounds, routes, labels, strict=True))
    ]


def _curve_slices(
    curve: CurveGeometry, lefts: list[float], rights: list[float]
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Per slice, the curve's segments that reach into it (their ends' x within its edges) and its points
    at ``left <= x < right``; the slices' edges ascend, so both are ranges found by bisecting."""
    segments: list[list[int]] = [[] for _ in lefts]
    points: list[list[int]] = [[] for _ in lefts]
    for i, seg in enumerate(curve.segments):
        for n in range(bisect_left(rights, seg[0].x), bisect_right(lefts, seg[3].x)):
            segments[n].append(i)
    for i, point in enumerate(curve.points):
        for n in range(bisect_right(rights, point.x), bisect_right(lefts, point.x)):
            points[n].append(i)
    return [(tuple(s), tuple(p)) for s, p in zip(segments, points, strict=True)]


@cache
def _fill_op(color: str) -> str:
    """The operator ``setFillColorRGB`` writes for ``color``, made once per colour: reportlab builds it
    anew on every call, thousands of times on a large map."""
    return f"{fp_str(*s.rgb(color))} rg"


@cache
def _stroke_op(color: str, line_width: float) -> str:
    """The operators ``setStrokeColorRGB`` and ``setLineWidth`` write, made once per colour and width."""
    return f"{fp_str(*s.rgb(color))} RG\n{fp_str(line_width)} w"


class MapPainter:
    """Paints a map's layout at an offset on a canvas whose drawing is ``sheet_height`` tall."""

    def __init__(self, canvas: Canvas, stamps: Stamps, sheet_height: float, language: str) -> None:
        self.c = canvas
        self.stamps = stamps
        self.h = sheet_height
        self.lang = language
        self.dx = 0.0
        self.dy = 0.0
        self.cards_done = 0
        self.regular, self.bold = fonts.register()

    # ------------------------------------------------------------------ coordinates
    def x(self, x: float) -> float:
        return self.dx + x

    def y(self, y: float) -> float:
        """PDF y of a layout y (which grows downward)."""
        return self.h - (self.dy + y)

    def rect(self, r: Rect) -> tuple[float, float, float, float]:
        """A layout rectangle as PDF x, y (bottom-left), w, h."""
        return self.dx + r.x, self.h - (self.dy + r.y + r.h), r.w, r.h

    def fill(self, color: str) -> None:
        self.c.addLiteral(_fill_op(color))

    def stroke(self, color: str, line_width: float) -> None:
        self.c.addLiteral(_stroke_op(color, line_width))

    # ------------------------------------------------------------------ the map
    def paint(
        self,
        parts: MapParts,
        layout: MapLayout,
        window: Window,
        dx: float = 0.0,
        dy: float = 0.0,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Paint one slice of the map, its top-left corner at ``dx, dy`` (layout units on the drawing).

        ``progress(done, total)`` hears how many cards (over all slices so far) are drawn, now and then.
        """
        self.dx, self.dy = dx, dy
        self._clip(layout, window)
        strokes.bands(self, parts, layout, window)
        strokes.flows(self, parts, layout, window)
        strokes.emotion_zero(self, layout)
        self.c.restoreState()
        if layout.storyboard:
            pictures.storyboard(self, parts.pictures, layout, window)
        self._cards(parts, layout, window, progress)
        notes.draw(self, parts, layout, window)
        self._headers(parts, layout, window)
        strokes.flow_labels(self, parts, layout, window)
        if window.first:
            self._labels(parts, layout)
        self._clip(layout, window)  # over the cards and labels, as on the canvas
        strokes.visibility_line(self, layout)
        for (persona, curve, dashed), (segments, _) in zip(parts.curves, window.curves, strict=True):
            strokes.curve_line(self, curve, s.persona_color(persona.color), dashed, segments)
        self.c.restoreState()
        moments = parts.moments
        for (persona, curve, dashed), (_, points) in zip(parts.curves, window.curves, strict=True):
            strokes.curve_points(self, curve, s.persona_color(persona.color), dashed, points, moments)
        if window.first:
            self._visibility_label(layout)
            self._emotion_scale(layout)

    def _clip(self, layout: MapLayout, window: Window) -> None:
        """Save the state and clip to the slice (undone by ``restoreState``)."""
        self.c.saveState()
        clip = self.c.beginPath()
        clip.rect(*self.rect(Rect(window.left, 0.0, window.right - window.left, layout.bounds.bottom)))
        self.c.clipPath(clip, stroke=0, fill=0)

    def _cards(
        self, parts: MapParts, layout: MapLayout, window: Window, progress: Callable[[int, int], None] | None
    ) -> None:
        titles = TextBatch()
        marks: list[Mark] = []
        total = len(parts.touchpoints)
        by_stage = parts.stage_cards
        for _, tp in sorted(item for stage in window.stages for item in by_stage.get(stage, ())):
            box = layout.cards.get(tp.id)
            if box is None:
                continue
            thumb = layout.card_pictures.get(tp.id)
            shown = thumb is not None and thumb.picture_id in parts.pictures
            badge = parts.badges.get(tp.id, Badge.NONE)
            self.card(tp, box.rect, badge, titles, thumb.rect if shown else None, marks)
            if thumb is not None and thumb.picture_id in parts.pictures:
                self.stamps.place_all(marks)  # the marks so far go under the picture, as they were drawn
                marks.clear()
                pictures.draw(self, parts.pictures[thumb.picture_id], thumb.rect)
            self.cards_done += 1
            if progress is not None and self.cards_done % 200 == 0:
                progress(self.cards_done, total)
        self.stamps.place_all(marks)
        self.fill(s.INK)
        titles.flush(self.c)

    def _headers(self, parts: MapParts, layout: MapLayout, window: Window) -> None:
        """The slice's stage headers: the frames, then their words a colour at a time (each header's words
        stay inside its own frame, so this draws what one header after the other did)."""
        titles, subtitles = TextBatch(), TextBatch()
        shares: dict[str, TextBatch] = {}
        for stage in parts.stages:
            box = layout.stages.get(stage.id)
            if box is None or stage.id not in window.stages:
                continue
            r = box.header
            self._frame(r, s.HEADER_FILL)
            room = r.w - 20.0
            share, color = self._share(parts.stage_quality.get(stage.id))
            share_width = width(share, self.bold, s.HEADER_SHARE_PX) + 8.0 if share else 0.0
            title = elide(stage.title, self.bold, s.HEADER_TITLE_PX, max(room - share_width, 10.0))
            self.text_lines([title], r.x + 10, r.y + 8, 20, self.bold, s.HEADER_TITLE_PX, batch=titles)
            if share:  # right-aligned, as draw_line aligns it
                shown = fonts.clean(share)
                right = self.x(r.x + 10 + room) - width(shown, self.bold, s.HEADER_SHARE_PX)
                base = self.y(baseline(r.y + 8, 20, s.HEADER_SHARE_PX))
                shares.setdefault(color, TextBatch()).add(right, base, shown, self.bold, s.HEADER_SHARE_PX)
            lines = fit_lines(stage.expectation, self.regular, s.HEADER_SUBTITLE_PX, room, 2)
            self.text_lines(
                lines, r.x + 10, r.y + 30, 14, self.regular, s.HEADER_SUBTITLE_PX, stage.expectation, subtitles
            )
        for color, batch in ((s.INK, titles), *shares.items(), (s.MUTED, subtitles)):
            self.fill(color)
            batch.flush(self.c)

    def _share(self, summary: QualitySummary | None) -> tuple[str, str]:
        """The stage header's "3/5 met" and its colour (the worst status among the stage's requirements)."""
        if summary is None or not summary.total:
            return "", ""
        badge = summary.badge
        text = say("share_short", self.lang, met=summary.met, total=summary.total)
        return text, s.BADGE_COLORS.get(badge, s.MUTED)

    def _labels(self, parts: MapParts, layout: MapLayout) -> None:
        for lane in parts.lanes:
            box = layout.lanes.get(lane.id)
            if box is None:
                continue
            r = box.label
            self._frame(r, s.LABEL_FILL)
            self.fill(s.INK)
            max_lines = max(1, int((r.h - 20.0) // 16.0))
            lines = fit_lines(lane.title, self.bold, s.LANE_LABEL_PX, r.w - 24.0, max_lines)
            self.text_lines(lines, r.x + 12, r.y + 10, 16, self.bold, s.LANE_LABEL_PX, lane.title)

    def text_lines(
        self,
        lines: list[str],
        left: float,
        top: float,
        step: float,
        font: str,
        size: float,
        source: str = "",
        batch: TextBatch | None = None,
    ) -> None:
        """Draw wrapped lines from ``left, top`` (layout units), one every ``step``, now or into ``batch``;
        ``source`` is the text they were wrapped from, whose direction right-to-left lines follow (only a
        source with a right-to-left letter can give such a line, so only then is its direction found)."""
        base = base_level(source) if source and has_rtl(source) else None
        x = self.x(left)
        for i, line in enumerate(lines):
            y = self.y(baseline(top + i * step, step, size))
            if batch is None:
                draw_line(self.c, x, y, line, font, size, base=base)
            else:
                batch.add(x, y, line, font, size, base)

    def _frame(self, r: Rect, fill: str) -> None:
        c = self.c
        x, y, w, h = self.rect(r)
        self.fill(fill)
        c.rect(x, y, w, h, stroke=0, fill=1)
        self.stroke(s.GRID, 1.0)
        c.line(x + w, y, x + w, y + h)
        c.line(x, y, x + w, y)

    def _visibility_label(self, layout: MapLayout) -> None:
        if layout.visibility_line_y is not None:
            self.fill(s.VISIBILITY)
            y = self.y(layout.visibility_line_y) + 4.0
            draw_line(self.c, self.x(8.0), y, say("visibility", self.lang), self.bold, s.HEADER_SUBTITLE_PX)

    def _emotion_scale(self, layout: MapLayout) -> None:
        band = layout.emotion_band
        if band is None:
            return
        self.fill(s.MUTED)
        for value, text in ((2, "+2"), (0, "0"), (-2, "−2")):
            y = self.y(emotion_y(layout, value)) - 3.0
            draw_line(self.c, self.x(band.x - 6.0), y, text, self.regular, 9, "right")

    # ------------------------------------------------------------------ cards
    def card(
        self,
        tp: Touchpoint,
        r: Rect,
        badge: Badge,
        titles: TextBatch,
        thumb: Rect | None = None,
        marks: list[Mark] | None = None,
    ) -> None:
        """One touchpoint card at its layout rectangle: the stamped frame and marks, placed now or added to
        ``marks`` in drawing order; its title goes to ``titles``, drawn over all the cards at once (cards
        never overlap)."""
        x, y, w, h = self.rect(r)
        placed: list[Mark] = [] if marks is None else marks
        frame = self.stamps.card(tp, w, h)
        if frame is not None:
            placed.append((frame, x, y))
        left = s.CARD_STRIP + 6.0 + s.CARD_ICON + 6.0
        marks = s.STAR_SIZE + 2.0 if tp.moment_of_truth else 0.0
        right = w - s.CARD_PAD - max(marks, 2 * s.BADGE_RADIUS + 2.0 if badge is not Badge.NONE else 0.0)
        if thumb is not None:
            right = min(right, thumb.x - r.x - 6.0)  # as on the canvas: the title makes room for the picture
        max_lines = max(1, int((h - 12.0) // s.CARD_LINE))
        lines = fit_lines(tp.title, self.regular, s.CARD_TITLE_PX, right - left, max_lines)
        top = r.y + max(4.0, (h - len(lines) * s.CARD_LINE) / 2.0)
        self.text_lines(lines, r.x + left, top, s.CARD_LINE, self.regular, s.CARD_TITLE_PX, tp.title, titles)
        if tp.moment_of_truth:
            half = s.STAR_SIZE / 2.0
            placed.append((STAR, x + w - s.CARD_PAD - half + 2.0, y + h - (s.CARD_PAD + half - 2.0)))
        if badge is not Badge.NONE:
            br = s.BADGE_RADIUS
            placed.append((self.stamps.badge(badge), x + w - s.CARD_PAD - br + 2.0, y + s.CARD_PAD + br - 3.0))
        if marks is None:
            self.stamps.place_all(placed)
