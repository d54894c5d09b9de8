"""Shapes drawn once per PDF as form XObjects and stamped wherever they appear.

A large map repeats a few shapes thousands of times: the card's frame with its colour strip and channel
icon (one per size, colour, channel and border style), the moment-of-truth star, the quality badges and
the points of the emotion curves. Each is drawn once here; placing it costs one small operator sequence,
which keeps a 3,000-card poster quick to write, small on disk and fast to open. Forms must be defined
before the drawing that uses them starts (``prepare``), as a PDF form cannot be defined inside another.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import product

from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.domain import style as s
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.quality import Badge
from cxdesigner.export import fonts, svg_icons
from cxdesigner.export.pdftext import draw_line

KAPPA = 0.5522847498
STAR = "cxstar"
CardKey = tuple[float, float, bool, str, str]
"""width, height, direct, colour, channel"""
Mark = tuple[str, float, float]
"""A form's name and where its origin goes (PDF coordinates)."""


def _icon(channel: str) -> str:
    return f"cxicon_{channel}"


def _badge(badge: Badge) -> str:
    return f"cxbadge_{badge.value}"


def _dot(color: str, measured: bool, pain: bool, diamond: bool) -> str:
    return f"cxdot_{int(measured)}{int(pain)}{int(diamond)}_{color.lstrip('#')}"


class Stamps:
    """The forms of one PDF, defined on demand and placed by position (PDF coordinates)."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self._cards: dict[CardKey, str] = {}
        self._frames: dict[str, tuple[Touchpoint, float, float, str]] = {}
        """Touchpoint id -> the touchpoint, size and frame ``prepare`` found for it, so drawing the card
        does not work out its key again."""
        self.regular, self.bold = fonts.register()

    # ------------------------------------------------------------------ placing
    def place(self, name: str, x: float, y: float, scale: float = 1.0) -> None:
        """Draw the form ``name`` with its origin at ``x, y``, optionally scaled."""
        k = "1" if scale == 1.0 else f"{scale:.4f}"
        self.c.addLiteral(f"q {k} 0 0 {k} {x:.2f} {y:.2f} cm")
        self.c.doForm(name)
        self.c.addLiteral("Q")

    def place_all(self, marks: Iterable[Mark]) -> None:
        """Place many forms unscaled, in order: the first of each name through ``place`` (``doForm`` lists
        it among the drawing's resources), the rest as one literal of the same operators."""
        seen: dict[str, str] = {}  # name -> the form's name in the PDF
        ops: list[str] = []
        for name, x, y in marks:
            ref = seen.get(name)
            if ref is not None:
                ops.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm\n/{ref} Do\nQ")
                continue
            if ops:
                self.c.addLiteral("\n".join(ops))
                ops = []
            self.place(name, x, y)
            seen[name] = xObjectName(name)
        if ops:
            self.c.addLiteral("\n".join(ops))

    def card(self, tp: Touchpoint, w: float, h: float) -> str | None:
        """The frame form of a card of this size, or None when ``prepare`` did not define it."""
        known = self._frames.get(tp.id)
        if known is not None and known[0] is tp and known[1] == w and known[2] == h:
            return known[3]
        return self._cards.get(self.card_key(tp, w, h))

    def icon(self, channel: str) -> str | None:
        name = _icon(channel)
        return name if self.c.hasForm(name) else None

    @staticmethod
    def badge(badge: Badge) -> str:
        return _badge(badge)

    @staticmethod
    def dot(color: str, measured: bool, pain: bool, diamond: bool) -> str:
        """A curve point's form, its origin at the point's centre."""
        return _dot(color, measured, pain, diamond)

    @staticmethod
    def card_key(tp: Touchpoint, w: float, h: float) -> CardKey:
        return (round(w, 2), round(h, 2), tp.direct, s.card_color(tp), tp.channel.value)

    # ------------------------------------------------------------------ defining
    def prepare(
        self, cards: Iterable[tuple[Touchpoint, float, float]], channels: Iterable[str], colors: Iterable[str]
    ) -> None:
        """Define every form a drawing will use: icons, card frames, star, badges, curve points."""
        for channel in channels:
            self._define_icon(channel)
        for tp, w, h in cards:
            key = self.card_key(tp, w, h)
            if key not in self._cards:
                self._cards[key] = self._define_card(key, len(self._cards))
            self._frames[tp.id] = (tp, w, h, self._cards[key])
        if not self.c.hasForm(STAR):
            self._define_marks()
        for color in colors:
            for key in product((False, True), repeat=3):
                if not self.c.hasForm(_dot(color, *key)):
                    self._define_dot(color, *key)

    def _define_icon(self, channel: str) -> None:
        icon = svg_icons.channel_icon(channel)
        if icon is None or self.c.hasForm(_icon(channel)):
            return
        self.c.beginForm(_icon(channel), 0, 0, 48, 48)
        svg_icons.draw(self.c, icon, 0, 0, 48)
        self.c.endForm()

    def _define_card(self, key: CardKey, number: int) -> str:
        w, h, direct, color, channel = key
        name = f"cxcard_{number}"
        c = self.c
        c.beginForm(name, -2, -2, w + 2, h + 2)
        radius = min(s.CARD_RADIUS, w / 2.0, h / 2.0)
        c.setFillColorRGB(*s.rgb(s.CARD_FILL))
        c.setStrokeColorRGB(*s.rgb(s.CARD_BORDER))
        c.setLineWidth(1.0)
        if not direct:
            c.setDash(4, 2)
        c.roundRect(0, 0, w, h, radius, stroke=1, fill=1)
        c.setDash()
        self._strip(min(s.CARD_STRIP, w), h, radius, color)
        icon = s.CARD_ICON
        if c.hasForm(_icon(channel)) and w > s.CARD_STRIP + 6.0 + icon:
            c.saveState()
            c.transform(icon / 48.0, 0, 0, icon / 48.0, s.CARD_STRIP + 6.0, (h - icon) / 2.0)
            c.doForm(_icon(channel))
            c.restoreState()
        c.endForm()
        return name

    def _strip(self, w: float, h: float, radius: float, color: str) -> None:
        """The card's colour down its left edge, inside its rounded corners (origin bottom-left)."""
        r = min(radius, w)
        k = KAPPA * r
        path = self.c.beginPath()
        path.moveTo(w, h)
        path.lineTo(r, h)
        path.curveTo(r - k, h, 0, h - r + k, 0, h - r)
        path.lineTo(0, r)
        path.curveTo(0, r - k, r - k, 0, r, 0)
        path.lineTo(w, 0)
        path.close()
        self.c.setFillColorRGB(*s.rgb(color))
        self.c.drawPath(path, stroke=0, fill=1)

    def _define_marks(self) -> None:
        c, half, r = self.c, s.STAR_SIZE / 2.0, s.BADGE_RADIUS
        c.beginForm(STAR, -half - 1, -half - 1, half + 1, half + 1)
        path = c.beginPath()
        for i in range(10):
            radius = half if i % 2 == 0 else half * 0.45
            angle = math.pi / 2 + i * math.pi / 5
            px, py = radius * math.cos(angle), radius * math.sin(angle)
            path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
        path.close()
        c.setFillColorRGB(*s.rgb(s.STAR))
        c.setStrokeColorRGB(*s.rgb("#b87500"))
        c.setLineWidth(0.8)
        c.drawPath(path, stroke=1, fill=1)
        c.endForm()
        for badge, color in s.BADGE_COLORS.items():
            # as on the canvas: a filled disc with a white glyph; "not checked yet" is a ring
            ring = badge is Badge.UNCHECKED
            c.beginForm(_badge(badge), -r - 1, -r - 1, r + 1, r + 1)
            c.setFillColorRGB(*s.rgb(s.CARD_FILL if ring else color))
            c.setStrokeColorRGB(*s.rgb(color))
            c.setLineWidth(1.5 if ring else 0.8)
            c.circle(0, 0, r, stroke=1, fill=1)
            c.setFillColorRGB(*s.rgb(color if ring else s.CARD_FILL))
            size = s.BADGE_GLYPH_PX
            draw_line(c, 0, r - (2 * r - size) / 2.0 - 0.76 * size, s.BADGE_SYMBOLS[badge], self.bold, size, "center")
            c.endForm()

    def _define_dot(self, color: str, measured: bool, pain: bool, diamond: bool) -> None:
        """A curve point as the canvas draws it: filled (designed) or white (measured), its rim red when
        it is a pain point, a diamond at a moment of truth."""
        c = self.c
        r = s.CURVE_POINT_RADIUS - (2.0 if measured else 0.0)
        reach = r + 2.0 + s.CURVE_POINT_PEN
        c.beginForm(_dot(color, measured, pain, diamond), -reach, -reach, reach, reach)
        c.setFillColorRGB(*s.rgb(s.CARD_FILL if measured else color))
        c.setStrokeColorRGB(*s.rgb(s.PAIN if pain else s.darker(color, 120)))
        c.setLineWidth(s.CURVE_POINT_PEN)
        if diamond:
            d = r + 2.0
            path = c.beginPath()
            path.moveTo(0, d)
            path.lineTo(d, 0)
            path.lineTo(0, -d)
            path.lineTo(-d, 0)
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.circle(0, 0, r, stroke=1, fill=1)
        c.endForm()
