"""The map itself on a reportlab canvas, drawn from ``domain.layout``'s geometry as the canvas draws it.

Lane bands, stage headers, lane labels, the line of visibility, flow arrows, cards (colour strip, channel
icon, wrapped title, moment-of-truth star, quality badge) and one emotion curve per persona, in the
canvas's colours and sizes (``domain.style``). The layout's y grows downward; ``MapPainter`` flips it
against the height of the sheet it draws on. Channel icons are drawn once each as form XObjects and
placed on every card, so a map of thousands of cards stays small and quick.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain import style as s
from cxdesigner.domain.entities import Flow, Lane, Stage, Touchpoint
from cxdesigner.domain.geometry import CurveGeometry, MapLayout, Rect
from cxdesigner.domain.layout import emotion_y
from cxdesigner.domain.quality import Badge
from cxdesigner.export import fonts
from cxdesigner.export.bidi import base_level
from cxdesigner.export.catalogue import say
from cxdesigner.export.map_parts import MapParts
from cxdesigner.export.pdftext import TextBatch, baseline, draw_line, elide, fit_lines, width
from cxdesigner.export.stamps import STAR, Stamps

HAIRLINE = 0.5


class MapPainter:
    """Paints one map's layout at an offset on a canvas whose drawing is ``sheet_height`` tall."""

    def __init__(self, canvas: Canvas, stamps: Stamps, sheet_height: float, language: str) -> None:
        self.c = canvas
        self.stamps = stamps
        self.h = sheet_height
        self.lang = language
        self.dx = 0.0
        self.dy = 0.0
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
        self.c.setFillColorRGB(*s.rgb(color))

    def stroke(self, color: str, line_width: float) -> None:
        self.c.setStrokeColorRGB(*s.rgb(color))
        self.c.setLineWidth(line_width)

    # ------------------------------------------------------------------ the map
    def paint(
        self,
        parts: MapParts,
        layout: MapLayout,
        dx: float = 0.0,
        dy: float = 0.0,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Paint the whole map with its top-left corner at ``dx, dy`` (layout units on the sheet).

        ``progress(done, total)`` is told how many cards are drawn, every few hundred.
        """
        self.dx, self.dy = dx, dy
        self.c.saveState()
        self._bands(parts.lanes, layout)
        self._flows(parts.flows, layout)
        total = len(parts.touchpoints)
        titles = TextBatch()
        for i, tp in enumerate(parts.touchpoints):
            box = layout.cards.get(tp.id)
            if box is not None:
                self.card(tp, box.rect, parts.badges.get(tp.id, Badge.NONE), titles)
            if progress is not None and i % 200 == 199:
                progress(i + 1, total)
        self.fill(s.INK)
        titles.flush(self.c)
        self._headers(parts.stages, layout)
        self._labels(parts.lanes, layout)
        self._visibility(layout)
        self._emotion_scale(layout)
        for persona, curve, dashed in parts.curves:
            self.curve(curve, s.persona_color(persona.color), dashed)
        self.c.restoreState()

    def _bands(self, lanes: list[Lane], layout: MapLayout) -> None:
        c = self.c
        for i, lane in enumerate(lanes):
            box = layout.lanes.get(lane.id)
            if box is None:
                continue
            self.fill(s.BAND_FILLS[i % 2])
            c.rect(*self.rect(box.band), stroke=0, fill=1)
        self.stroke(s.GRID, HAIRLINE)
        top, bottom = layout.lane_edges[0] if layout.lane_edges else 0.0, layout.bounds.bottom
        path = c.beginPath()
        for x in layout.column_edges[1:]:
            path.moveTo(self.x(x), self.y(top))
            path.lineTo(self.x(x), self.y(bottom))
        for y in layout.lane_edges[1:]:
            path.moveTo(self.x(layout.column_edges[0] if layout.column_edges else 0.0), self.y(y))
            path.lineTo(self.x(layout.bounds.right), self.y(y))
        c.drawPath(path, stroke=1, fill=0)

    def _headers(self, stages: list[Stage], layout: MapLayout) -> None:
        for stage in stages:
            box = layout.stages.get(stage.id)
            if box is None:
                continue
            r = box.header
            self._frame(r, s.HEADER_FILL)
            room = r.w - 20.0
            self.fill(s.INK)
            title = elide(stage.title, self.bold, s.HEADER_TITLE_PX, room)
            self.text_lines([title], r.x + 10, r.y + 8, 20, self.bold, s.HEADER_TITLE_PX)
            self.fill(s.MUTED)
            lines = fit_lines(stage.expectation, self.regular, s.HEADER_SUBTITLE_PX, room, 2)
            self.text_lines(lines, r.x + 10, r.y + 30, 14, self.regular, s.HEADER_SUBTITLE_PX, stage.expectation)

    def _labels(self, lanes: list[Lane], layout: MapLayout) -> None:
        for lane in lanes:
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
        ``source`` is the text they were wrapped from, whose direction right-to-left lines follow."""
        base = base_level(source) if source else None
        for i, line in enumerate(lines):
            x, y = self.x(left), self.y(baseline(top + i * step, step, size))
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

    def _visibility(self, layout: MapLayout) -> None:
        if layout.visibility_line_y is None:
            return
        c = self.c
        y = self.y(layout.visibility_line_y)
        c.saveState()
        self.stroke(s.VISIBILITY, 1.5)
        c.setDash(6, 3)
        c.line(self.x(0.0), y, self.x(layout.bounds.right), y)
        c.restoreState()
        self.fill(s.VISIBILITY)
        draw_line(c, self.x(8.0), y + 4.0, say("visibility", self.lang), self.bold, s.HEADER_SUBTITLE_PX)

    def _emotion_scale(self, layout: MapLayout) -> None:
        band = layout.emotion_band
        if band is None:
            return
        c = self.c
        c.saveState()
        self.stroke(s.GRID, 1.0)
        c.setDash(2, 3)
        zero = self.y(emotion_y(layout, 0))
        c.line(self.x(band.x), zero, self.x(band.right), zero)
        c.restoreState()
        self.fill(s.MUTED)
        for value, text in ((2, "+2"), (0, "0"), (-2, "−2")):
            draw_line(c, self.x(band.x - 6.0), self.y(emotion_y(layout, value)) - 3.0, text, self.regular, 9, "right")

    # ------------------------------------------------------------------ flows
    def _flows(self, flows: list[Flow], layout: MapLayout) -> None:
        """Every flow's route and arrowhead, written as PDF operators directly (there can be thousands)."""
        x0, y0 = self.dx, self.h - self.dy
        r, g, b = s.rgb(s.FLOW_INK)
        lines = [f"q {r:.3f} {g:.3f} {b:.3f} RG {r:.3f} {g:.3f} {b:.3f} rg 1.5 w 1 j"]
        heads = []
        labelled = []
        for flow in flows:
            route = layout.flows.get(flow.id)
            if route is None or len(route.coords) < 4:
                continue
            co = route.coords
            pts = " ".join(f"{x0 + co[i]:.2f} {y0 - co[i + 1]:.2f} l" for i in range(2, len(co), 2))
            lines.append(f"{x0 + co[0]:.2f} {y0 - co[1]:.2f} m {pts} S")
            heads.append(self._arrowhead(co, x0, y0))
            if flow.label or flow.share is not None:
                labelled.append((flow, route.label_at))
        lines.extend(heads)
        lines.append("Q")
        self.c.addLiteral("\n".join(lines))
        for flow, at in labelled:
            self._flow_label(flow, at.x, at.y)

    @staticmethod
    def _arrowhead(co: tuple[float, ...], x0: float, y0: float) -> str:
        """The filled arrowhead at a route's end, as PDF operators."""
        x1, y1, xa, ya = co[-2], co[-1], co[-4], co[-3]
        angle = math.atan2(y1 - ya, x1 - xa)
        a, spread = s.ARROW, s.ARROW_SPREAD
        lx, ly = x1 - a * math.cos(angle - spread), y1 - a * math.sin(angle - spread)
        rx, ry = x1 - a * math.cos(angle + spread), y1 - a * math.sin(angle + spread)
        return f"{x0 + x1:.2f} {y0 - y1:.2f} m {x0 + lx:.2f} {y0 - ly:.2f} l {x0 + rx:.2f} {y0 - ry:.2f} l h f"

    def _flow_label(self, flow: Flow, mx: float, my: float) -> None:
        text = flow.label
        if flow.share is not None:
            share = f"{round(flow.share * 100)} %"
            text = f"{' '.join(flow.label.split())} · {share}" if flow.label.strip() else share
        size = s.FLOW_LABEL_PX
        text = elide(text, self.regular, size, s.FLOW_LABEL_MAX)
        if not text:
            return
        w = width(text, self.regular, size) + 8.0
        h = size * 1.17 + 2.0
        self.fill(s.CARD_FILL)
        self.stroke(s.GRID, 1.0)
        self.c.roundRect(self.x(mx - w / 2), self.y(my + h / 2), w, h, 3.0, stroke=1, fill=1)
        self.fill(s.INK)
        draw_line(self.c, self.x(mx), self.y(baseline(my - h / 2, h, size)), text, self.regular, size, "center")

    # ------------------------------------------------------------------ cards
    def card(self, tp: Touchpoint, r: Rect, badge: Badge, titles: TextBatch) -> None:
        """One touchpoint card at its layout rectangle: the stamped frame and marks; its title goes to
        ``titles``, drawn over all the cards at once (cards never overlap)."""
        x, y, w, h = self.rect(r)
        frame = self.stamps.card(tp, w, h)
        if frame is not None:
            self.stamps.place(frame, x, y)
        left = s.CARD_STRIP + 6.0 + s.CARD_ICON + 6.0
        right = w - s.CARD_PAD - (s.STAR_SIZE + 2.0 if tp.moment_of_truth else 0.0)
        if badge is not Badge.NONE:
            right = min(right, w - s.CARD_PAD - 2 * s.BADGE_RADIUS - 2.0)
        max_lines = max(1, int((h - 12.0) // s.CARD_LINE))
        lines = fit_lines(tp.title, self.regular, s.CARD_TITLE_PX, right - left, max_lines)
        top = r.y + max(4.0, (h - len(lines) * s.CARD_LINE) / 2.0)
        self.text_lines(lines, r.x + left, top, s.CARD_LINE, self.regular, s.CARD_TITLE_PX, tp.title, titles)
        if tp.moment_of_truth:
            half = s.STAR_SIZE / 2.0
            self.stamps.place(STAR, x + w - s.CARD_PAD - half + 2.0, y + h - (s.CARD_PAD + half - 2.0))
        if badge is not Badge.NONE:
            br = s.BADGE_RADIUS
            self.stamps.place(self.stamps.badge(badge), x + w - s.CARD_PAD - br + 2.0, y + s.CARD_PAD + br - 2.0)

    # ------------------------------------------------------------------ emotion curves
    def curve(self, curve: CurveGeometry, color: str, dashed: bool = False) -> None:
        """A persona's emotion curve with its points; pain points (below zero) marked.

        The path is written as PDF operators directly: a curve through thousands of points is the
        largest single shape of a big map, and reportlab's path object formats each number slowly.
        """
        x, y = self.dx, self.h - self.dy
        if curve.segments:
            r, g, b = s.rgb(color)
            ops = [f"q {r:.3f} {g:.3f} {b:.3f} RG {2.0 if dashed else 2.5} w 1 J 1 j"]
            if dashed:
                ops.append("[6 4] 0 d")
            first = curve.segments[0][0]
            ops.append(f"{x + first.x:.2f} {y - first.y:.2f} m")
            ops.extend(
                f"{x + c1.x:.2f} {y - c1.y:.2f} {x + c2.x:.2f} {y - c2.y:.2f} {x + p1.x:.2f} {y - p1.y:.2f} c"
                for _, c1, c2, p1 in curve.segments
            )
            ops.append("S Q")
            self.c.addLiteral("\n".join(ops))
        for point, value in zip(curve.points, curve.values, strict=False):
            kind = "pain" if value < 0 else "measured" if dashed else "designed"
            self.stamps.place(self.stamps.dot(color, kind), x + point.x, y - point.y)
