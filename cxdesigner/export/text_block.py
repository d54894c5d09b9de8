"""Plain styled text as one flowable, wrapped and drawn directly: the report's long, repeated blocks.

platypus's ``Paragraph`` parses markup (``html.parser``) and fragments for every paragraph, then breaks
lines fragment by fragment: on a map of thousands of touchpoints that is most of the report's time
(issue 15's profile). Text we build ourselves needs no markup, so a block is kept as runs (text, font,
size, colour) and laid out here: greedy on spaces, words longer than a line cut by character (as
``splitLongWords`` does), one leading per paragraph, the first baseline ``size`` below its top, and the
gap between two paragraphs the larger of the one's space after and the other's space before (as a
frame spaces flowables). A block splits between lines at a page end, never leaving a paragraph's first
line alone at the bottom of a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Run:
    """Some text in one font, size and colour (``\\n`` breaks the line)."""

    text: str
    font: str
    size: float
    color: str


@dataclass
class Para:
    """A paragraph of runs, with the spacing of a ``ParagraphStyle``."""

    runs: list[Run]
    leading: float
    size: float
    indent: float = 0.0
    bullet: Run | None = None
    bullet_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0


@dataclass
class _Line:
    top: float  # from the block's top
    leading: float
    baseline: float  # from the line's top
    pieces: list[tuple[float, Run]] = field(default_factory=list)  # x offset, run
    first: bool = False  # a paragraph's first line
    gap: float = 0.0  # the space above this line when it is not at the top of a frame


@cache
def _color(hex_color: str) -> Color:
    return HexColor(hex_color)


def _cut(word: str, font: str, size: float, room: float) -> int:
    """How many leading characters of ``word`` fit in ``room`` (at least one)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return lo


class _Breaker:
    """Greedy line breaking of one paragraph's runs into lines of at most ``room`` points.

    A line is a list of pieces; the piece being filled is kept as a list of words (joined by single
    spaces when the line is done), so each word is measured once."""

    def __init__(self, room: float) -> None:
        self.room = room
        self.lines: list[list[tuple[float, Run]]] = []
        self.line: list[tuple[float, Run, list[str]]] = []
        self.x = 0.0
        self.spaced = False  # a space is due before the next word on this line

    def new_line(self) -> None:
        self.lines.append([(x, Run(" ".join(words), r.font, r.size, r.color)) for x, r, words in self.line])
        self.line, self.x, self.spaced = [], 0.0, False

    def add(self, run: Run, word: str, w: float, space: float) -> None:
        gap = space if self.spaced and self.line else 0.0
        if self.line and self.x + gap + w > self.room:
            self.new_line()
            gap = 0.0
        if self.line and self.line[-1][1] is run and gap:
            self.line[-1][2].append(word)  # the same run goes on: one more word of its piece
        else:
            self.line.append((self.x + gap, run, [word]))
        self.x += gap + w
        self.spaced = False

    def word(self, run: Run, word: str) -> None:
        font, size = run.font, run.size
        space = stringWidth(" ", font, size)
        w = stringWidth(word, font, size)
        while len(word) > 1 and w > self.room:  # longer than a line: cut it, a line per piece
            if self.line:
                self.new_line()
            n = _cut(word, font, size, self.room)
            self.add(run, word[:n], stringWidth(word[:n], font, size), space)
            self.new_line()
            word = word[n:]
            w = stringWidth(word, font, size)
        self.add(run, word, w, space)

    def text(self, run: Run) -> None:
        for n, line in enumerate(run.text.split("\n")):
            if n:
                self.new_line()
            if line[:1].isspace():
                self.spaced = True
            for word in line.split():
                self.word(run, word)
                self.spaced = True
            if line and not line[-1:].isspace():
                self.spaced = False

    def done(self) -> list[list[tuple[float, Run]]]:
        self.new_line()
        return self.lines


def _lines(para: Para, width: float) -> list[list[tuple[float, Run]]]:
    """The paragraph's runs broken into lines of at most ``width`` (after its indent)."""
    breaker = _Breaker(max(width - para.indent, 1.0))
    for run in para.runs:
        breaker.text(run)
    return breaker.done()


class TextBlock(Flowable):
    """Paragraphs of runs drawn as one flowable, split between lines across pages."""

    def __init__(self, paras: list[Para], lines: list[_Line] | None = None, width: float = 0.0) -> None:
        super().__init__()
        self.paras = paras
        self._laid = lines
        self._laid_width = width
        self.spaceBefore = paras[0].space_before if paras else 0.0
        self.spaceAfter = paras[-1].space_after if paras else 0.0

    def _layout(self, width: float) -> list[_Line]:
        if self._laid is not None and (self._laid_width == width or not self.paras):
            return self._laid
        out: list[_Line] = []
        top, after = 0.0, 0.0
        for para in self.paras:
            gap = max(after, para.space_before) if out else 0.0
            top += gap
            for n, pieces in enumerate(_lines(para, width)):
                bullet = [(para.bullet_indent - para.indent, para.bullet)] if n == 0 and para.bullet else []
                shifted = [(para.indent + x, r) for x, r in [*bullet, *pieces]]
                out.append(_Line(top, para.leading, para.size, shifted, first=n == 0, gap=gap if n == 0 else 0.0))
                top += para.leading
            after = para.space_after
        self._laid, self._laid_width = out, width
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = lines[-1].top + lines[-1].leading - lines[0].top if lines else 0.0
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - platypus
        lines = self._layout(availWidth)
        base = lines[0].top if lines else 0.0
        fit = 0
        while fit < len(lines) and lines[fit].top + lines[fit].leading - base <= availHeight + 1e-6:
            fit += 1
        while 0 < fit < len(lines) and lines[fit - 1].first and not lines[fit].first:
            fit -= 1  # a paragraph's first line is not left alone at the bottom of a page
        if fit == 0 or fit == len(lines):
            return []
        head, tail = lines[:fit], lines[fit:]
        shift = tail[0].top
        tail = [_Line(ln.top - shift, ln.leading, ln.baseline, ln.pieces, ln.first, ln.gap) for ln in tail]
        first, rest = TextBlock([], head, availWidth), TextBlock([], tail, availWidth)
        first.spaceBefore, first.spaceAfter = self.spaceBefore, 0.0
        rest.spaceBefore, rest.spaceAfter = 0.0, self.spaceAfter
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        lines = self._laid or []
        base = lines[0].top if lines else 0.0
        text = canvas.beginText()  # one text object for the block: a BT … ET, not one per string
        font: tuple[str, float] | None = None
        color = ""
        for line in lines:
            y = self.height - (line.top - base) - line.baseline
            for x, run in line.pieces:
                if font != (run.font, run.size):
                    font = (run.font, run.size)
                    text.setFont(run.font, run.size)
                if color != run.color:
                    color = run.color
                    text.setFillColor(_color(run.color))
                text.setTextOrigin(x, y)
                text.textOut(run.text)
        canvas.drawText(text)


def markup(runs: list[Run]) -> str:
    """The same runs as ``Paragraph`` markup, for the few places that still need a Paragraph."""
    from xml.sax.saxutils import escape

    def text(run: Run) -> str:
        return "<br/>".join(map(escape, run.text.split("\n")))

    return "".join(f'<font name="{r.font}" size="{r.size:g}" color="{r.color}">{text(r)}</font>' for r in runs)


def para(style, runs: list[Run], bullet: str | None = None) -> Para:  # noqa: ANN001 - a ParagraphStyle
    """A paragraph of ``runs`` spaced as ``style`` spaces a Paragraph (its bullet in its bullet font)."""
    mark = Run(bullet, style.bulletFontName, style.fontSize, ink(style)) if bullet else None
    return Para(
        runs,
        style.leading,
        style.fontSize,
        indent=style.leftIndent,
        bullet=mark,
        bullet_indent=style.bulletIndent,
        space_before=style.spaceBefore,
        space_after=style.spaceAfter,
    )


def ink(style) -> str:  # noqa: ANN001 - a ParagraphStyle
    """The style's text colour as ``#rrggbb``."""
    return "#" + style.textColor.hexval()[2:]
