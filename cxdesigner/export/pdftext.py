"""Plain text on a reportlab canvas: measure, wrap into a box, elide, and draw literally.

Every user string is drawn as the characters it holds, never interpreted. Lines are measured with the
bundled font (``pdfmetrics.stringWidth``), wrapped at spaces or, for a word longer than the box, anywhere,
and the last line that fits is elided with "…", as the canvas does. Drawing turns right-to-left runs into
display order (PDF readers put them back in reading order when copying) and draws characters the font
lacks as U+FFFD inside an ActualText span that keeps the original, so copying or searching the PDF gives
back what the user typed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache
from itertools import accumulate, repeat
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl, visual

MAX_CHARS = 600
"""Only this much of a string is laid out in a box: no card or header shows more."""
ELLIPSIS = "…"


def one_line(text: str, limit: int = MAX_CHARS) -> str:
    """The text cut to ``limit`` characters, with line breaks and tabs as spaces and controls removed."""
    cut = fonts.clean(text[:limit])
    return cut.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    """The font's advance widths (1/1000 of the size) by code point, and the width of a missing one."""
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.charWidths.get(ord(fonts.REPLACEMENT), face.defaultWidth)


def width(text: str, font: str, size: float) -> float:
    """The drawn width of ``text`` in points (glyphless characters measured as U+FFFD)."""
    table, missing = _widths(font)
    return sum(map(table.get, map(ord, text), repeat(missing))) * size / 1000.0


def _cut(text: str, font: str, size: float, room: float) -> int:
    """How many leading characters of ``text`` fit in ``room`` (at least one, so wrapping always advances)."""
    table, missing = _widths(font)
    ends = list(accumulate(map(table.get, map(ord, text), repeat(missing))))
    return max(1, bisect_right(ends, room * 1000.0 / size + 1e-9))


def elide(text: str, font: str, size: float, room: float) -> str:
    """One line of ``text`` that fits ``room``, ending in "…" when cut."""
    text = one_line(text).strip()
    if width(text, font, size) <= room:
        return text
    keep = room - width(ELLIPSIS, font, size)
    if keep <= 0:
        return ""
    n = _cut(text, font, size, keep)
    if width(text[:n], font, size) > keep:
        n = 0
    return text[:n].rstrip() + ELLIPSIS


def fit_lines(text: str, font: str, size: float, room: float, max_lines: int) -> list[str]:
    """Wrap ``text`` into at most ``max_lines`` lines of ``room`` points; the last one elided when cut."""
    text = " ".join(one_line(text).split())
    if not text or room <= 4 or max_lines <= 0:
        return []
    table, missing = _widths(font)
    ends = list(accumulate(map(table.get, map(ord, text), repeat(missing))))  # measured once, not per line
    limit = room * 1000.0 / size + 1e-9
    lines: list[str] = []
    at, end = 0, len(text)  # the rest of the text is text[at:], single spaces, as _take_line is given it
    while at < end and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(elide(text[at:], font, size, room))
            break
        before = ends[at - 1] if at else 0.0
        n = max(1, bisect_right(ends, limit, at, key=lambda e: e - before) - at)  # _cut of the rest
        if at + n >= end:
            lines.append(text[at:])
            break
        space = text.rfind(" ", at, at + n + 1)
        if space > at:  # break at the last space that fits
            lines.append(text[at:space])
            at = space + 1
        else:  # one word longer than the box: break it anywhere
            lines.append(text[at : at + n])
            at += n
            while at < end and text[at] == " ":
                at += 1
    return [line for line in lines if line]


def _take_line(text: str, font: str, size: float, room: float) -> tuple[str, str]:
    """The first line of ``text`` (single spaces) that fits ``room``, and the rest."""
    n = _cut(text, font, size, room)
    if n >= len(text):
        return text, ""
    space = text.rfind(" ", 0, n + 1)
    if space > 0:  # break at the last space that fits
        return text[:space], text[space + 1 :]
    return text[:n], text[n:].lstrip()  # one word longer than the box: break it anywhere


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Every line of ``text`` wrapped to ``room``, keeping the text's own line breaks (no elision)."""
    out: list[str] = []
    for paragraph in fonts.clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        rest = " ".join(paragraph.replace("\t", " ").split())
        if not rest:
            out.append("")
        while rest:
            line, rest = _take_line(rest, font, size, max(room, 5.0))
            out.append(line)
    return out


def baseline(top: float, line_height: float, size: float) -> float:
    """The baseline of a line box ``top..top+line_height`` (y growing downward) with the text centred in it."""
    return top + (line_height - size) / 2.0 + 0.76 * size


Line = tuple[float, float, str, str, float]
"""x, y (the baseline's start, PDF coordinates), the text as drawn, the font's name and size"""


def _document(canvas: Canvas) -> Any:
    """The canvas's PDF document, which numbers a TrueType font's subsets: reportlab's canvas has no
    public handle on it, and its text object reaches it the same way."""
    return canvas._doc  # noqa: SLF001


class _Coder:
    """Codes lines of one TrueType font in one document as ``font.splitString(line, doc)`` does, as
    (subset, codes) chunks, without reportlab's loop in Python over every character once each has its
    code: printable ASCII is its own code in the first subset (``_ascii_readable``), and any other line
    whose codes are all in the first subset is looked up in one pass in C. Anything else (a character
    seen for the first time) goes through reportlab. The font's state is looked up once, not per line."""

    __slots__ = ("doc", "font", "lookup", "readable")

    def __init__(self, font: Any, doc: Any) -> None:
        self.font, self.doc = font, doc
        self.lookup: Callable[[int], int | None] | None = None
        self.readable = False

    def split(self, line: str) -> list[tuple[int, bytes]]:
        lookup = self.lookup
        if lookup is None:
            state = self.font.state.get(self.doc)
            if state is None:  # the font's first line in this document: reportlab sets up its subsets
                return self.font.splitString(line, self.doc)  # type: ignore[no-any-return]
            lookup = self.lookup = state.assignments.get
            self.readable = _ascii_readable(state)
        if "\xa0" not in line:
            if self.readable and line.isascii() and line.isprintable():
                return [(0, line.encode("ascii"))] if line else []
            codes = list(map(lookup, map(ord, line)))
            if codes and None not in codes and max(codes) < 256:  # type: ignore[type-var]
                return [(0, bytes(codes))]  # type: ignore[arg-type]
        return self.font.splitString(line, self.doc)  # type: ignore[no-any-return]


def _split(font: Any, line: str, doc: Any) -> list[tuple[int, bytes]]:
    """``font.splitString(line, doc)``, through ``_Coder``."""
    return _Coder(font, doc).split(line)


_READABLE: WeakKeyDictionary[Any, bool] = WeakKeyDictionary()


def _ascii_readable(state: Any) -> bool:
    """Whether a font's subsetting state gives every printable ASCII character its own code in the
    first subset (reportlab's ``ttfAsciiReadable``, when the face has all of ASCII, as ours do)."""
    known = _READABLE.get(state)
    if known is None:
        assigned = state.assignments
        known = _READABLE[state] = all(assigned.get(n) == n for n in range(32, 127))
    return known


def text_operators(canvas: Canvas, lines: Iterable[Line]) -> str:
    """One PDF text object drawing ``lines`` literally in the current fill colour: the operators
    ``drawString`` writes for each (``Tm``, the subset font's ``Tf`` when it changes, ``Tj``), without
    measuring every line again or building a text object per line, which dominated a large poster.
    Our fonts are TrueType (``fonts.register``); any other face goes through reportlab's text object."""
    doc = _document(canvas)
    ops = ["BT"]
    current: tuple[str, float, int] | None = None
    coders: dict[str, _Coder] = {}
    for x, y, line, name, size in lines:
        coder = coders.get(name)
        if coder is None:
            font = pdfmetrics.getFont(name)
            if not font._dynamicFont:  # noqa: SLF001 - reportlab's own mark of a TrueType font
                text = canvas.beginText(x, y)
                text.setFont(name, size)
                text.textOut(line)
                ops.append(f"ET {text.getCode()} BT")
                current = None
                continue
            coder = coders[name] = _Coder(font, doc)
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for subset, chunk in coder.split(line):
            if current != (name, size, subset):
                ops.append(f"{coder.font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
                current = (name, size, subset)
            ops.append(f"({escapePDF(chunk)}) Tj")
    ops.append("ET")
    return " ".join(ops)


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    line: str,
    font: str,
    size: float,
    align: str = "left",
    base: int | None = None,
) -> None:
    """Draw one line with its baseline at ``x, y`` (PDF coordinates), literally.

    ``align`` is "left", "center" (``x`` is the middle) or "right" (``x`` is the right end); ``base`` is the
    direction of the text the line was wrapped from (``bidi.base_level``), by default the line's own.
    Right-to-left runs are drawn in display order, as PDF readers expect (they put them back in reading
    order when copying). Characters the font lacks are drawn as U+FFFD, each run of them inside an
    ActualText span holding the original characters.
    """
    text = fonts.clean(line)
    if has_rtl(text):
        text = visual(text, base)
    canvas.setFont(font, size)
    if not fonts.missing(text):
        shift = {"left": 0.0, "center": 0.5, "right": 1.0}[align] * width(text, font, size) if align != "left" else 0.0
        canvas.addLiteral(text_operators(canvas, [(x - shift, y, text, font, size)]))
        return
    pieces = _glyph_runs(text)
    shown = [(chunk if ok else fonts.drawable(chunk), chunk, ok) for ok, chunk in pieces]
    total = sum(width(drawn, font, size) for drawn, _, _ in shown)
    cx = x - {"left": 0.0, "center": 0.5, "right": 1.0}[align] * total
    for drawn, original, ok in shown:
        if ok:
            canvas.drawString(cx, y, drawn)
        elif drawn:
            hexed = original.encode("utf-16-be").hex().upper()
            canvas.addLiteral(f"/Span <</ActualText <FEFF{hexed}>>> BDC")
            canvas.drawString(cx, y, drawn)
            canvas.addLiteral("EMC")
        cx += width(drawn, font, size)


def _glyph_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into runs the font can draw (True) and runs it cannot (False)."""
    runs: list[tuple[bool, str]] = []
    for char in text:
        ok = fonts.has_glyph(char) or char in "\t\n\r"
        if runs and runs[-1][0] == ok:
            runs[-1] = (ok, runs[-1][1] + char)
        else:
            runs.append((ok, char))
    return runs


class TextBatch:
    """Lines gathered to be drawn in one PDF text object, which is much quicker than one each.

    Lines with characters the font lacks are drawn one by one with ``draw_line`` (they need an ActualText
    span, which cannot sit inside a shared text object) when the batch is flushed, after the others.
    """

    def __init__(self) -> None:
        self._lines: list[tuple[float, float, str, str, float, int | None]] = []

    def add(self, x: float, y: float, line: str, font: str, size: float, base: int | None = None) -> None:
        """A line with its baseline starting at ``x, y`` (PDF coordinates)."""
        self._lines.append((x, y, line, font, size, base))

    def flush(self, canvas: Canvas) -> None:
        """Draw every gathered line in the canvas's current fill colour, and forget them."""
        special = []
        plain: list[Line] = []
        for x, y, line, font, size, base in self._lines:
            if fonts.missing(line) or not line.isprintable():
                special.append((x, y, line, font, size, base))
                continue
            plain.append((x, y, visual(line, base) if has_rtl(line) else line, font, size))
        if plain:
            canvas.addLiteral(text_operators(canvas, plain))
        for x, y, line, font, size, base in special:
            draw_line(canvas, x, y, line, font, size, base=base)
        self._lines.clear()
