"""Plain styled text as one flowable, wrapped and drawn directly: the report's long, repeated blocks.

platypus's ``Paragraph`` parses markup (``html.parser``) and fragments for every paragraph, then breaks
lines fragment by fragment: on a map of thousands of touchpoints that is most of the report's time
(issue 15's profile). Text we build ourselves needs no markup, so a block is kept as runs (text, font,
size, colour) and laid out here: greedy on spaces, words longer than a line cut by character (as
``splitLongWords`` does), one leading per paragraph, the first baseline ``size`` below its top, and the
gap between two paragraphs the larger of the one's space after and the other's space before (as a
frame spaces flowables). A block splits between lines at a page end, never leaving a paragraph's first
line alone at the bottom of a page. Each word's width is measured once per font and size, and a block
is drawn as the operators reportlab's text object would write, without one (``TextBlock.draw``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, reduce
from operator import add
from typing import NamedTuple

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable


class Run(NamedTuple):
    """Some text in one font, size and colour (``\\n`` breaks the line). A named tuple: a long report
    makes tens of thousands, and a tuple is made in half the time of a frozen dataclass."""

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
    own_spaces: bool = False
    """A space ending one run and starting the next one's words is as wide as in its own run's font, as a
    Paragraph measures it (by default: in the next run's font, as the touchpoint blocks were first drawn)."""
    joins: bool = False
    """The first paragraph of a block joined onto the one before (``joined``)."""


class _Line(NamedTuple):
    """One laid-out line of a block."""

    top: float  # from the block's top
    leading: float
    baseline: float  # from the line's top
    pieces: list[tuple[float, Run]]  # x offset, run
    first: bool = False  # a paragraph's first line
    gap: float = 0.0  # the space above this line when it is not at the top of a frame
    joins: bool = False  # the first line of a joined block: a split's rest from here keeps the gap above


@cache
def _fill(hex_color: str) -> str:
    """The fill colour operator, as ``PDFTextObject.setFillColor`` writes it."""
    color = HexColor(hex_color)
    return f"{fp_str((color.red, color.green, color.blue))} rg"


@cache
def _size(size: float) -> str:
    """The size and leading a text object's ``setFont(name, size)`` writes after a subset's name."""
    return f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL"


_ORIGINS: dict[tuple[float, float], str] = {}


def _origin(x: float, y: float) -> str:
    """``setTextOrigin``'s operator; a block's offsets repeat from block to block."""
    op = _ORIGINS.get((x, y))
    if op is None:
        if len(_ORIGINS) > 100_000:
            _ORIGINS.clear()
        op = _ORIGINS[x, y] = f"1 0 0 1 {fp_str(x, y)} Tm"
    return op


_MEASURES: dict[tuple[str, float], Callable[[str], float]] = {}


def _measure(font: str, size: float) -> Callable[[str], float]:
    """``stringWidth`` in ``font`` at ``size`` (the same numbers), each word measured once."""
    measure = _MEASURES.get((font, size))
    if measure is None:
        measure = _MEASURES[font, size] = _measurer(font, size)
    return measure


def _measurer(font: str, size: float) -> Callable[[str], float]:
    known: dict[str, float] = {}
    width = getFont(font).stringWidth

    def measure(text: str) -> float:
        w = known.get(text)
        if w is None:
            if len(known) > 100_000:
                known.clear()
            w = known[text] = width(text, size)
        return w

    return measure


Segment = tuple[list[str], list[float], list[float]]
"""A line of a run's text: its words, their widths, and for each word after the first its space and width
added (``space + w``, as the breaker adds them)."""

_MARGIN = 1e-6
"""How far short of a line's end the words after a piece's first must end to go on at once: the loop
tests ``x + gap + w``, an ulp or two from the sum ``x += gap + w`` it keeps, so near the end it decides."""


class _Face:
    """One font at one size: its space's width and the lines of text already split and measured in it."""

    __slots__ = ("measure", "segments", "space")

    def __init__(self, font: str, size: float) -> None:
        self.measure = _measure(font, size)
        self.space = self.measure(" ")
        self.segments: dict[str, Segment] = {}

    def segment(self, line: str) -> Segment:
        """``line`` split into words and measured, kept in ``segments``."""
        words = line.split()
        widths = [self.measure(word) for word in words]
        space = self.space
        if len(self.segments) > 50_000:
            self.segments.clear()
        segment = self.segments[line] = (words, widths, [space + w for w in widths[1:]])
        return segment


_FACES: dict[tuple[str, float], _Face] = {}


def forget_texts() -> None:
    """Drop the lines split and measured so far (each report starts with none: a report's texts are
    measured once in it, not kept from the last one, so the benchmark's repeated reports are not flattered
    and an editor holds no texts of maps it has closed)."""
    for face in _FACES.values():
        face.segments.clear()


def _face(font: str, size: float) -> _Face:
    """The ``_Face`` of ``font`` at ``size``, made once."""
    face = _FACES[font, size] = _Face(font, size)
    return face


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


def _piece(run: Run, words: list[str]) -> Run:
    """The run's words on one line as a run: the run itself when they are all of its text."""
    text = " ".join(words)
    return run if text == run.text else Run(text, run.font, run.size, run.color)


class _Breaker:
    """Greedy line breaking of one paragraph's runs into lines of at most ``room`` points.

    A line is a list of pieces; the piece being filled is kept as a list of words (joined by single
    spaces when the line is done), so each word is measured once."""

    def __init__(self, room: float, own_spaces: bool = False) -> None:
        self.room = room
        self.own_spaces = own_spaces
        self.carried: float | None = None  # with own_spaces: the width of a space the last run ended with
        self.lines: list[list[tuple[float, Run]]] = []
        self.line: list[tuple[float, Run, list[str]]] = []
        self.x = 0.0
        self.spaced = False  # a space is due before the next word on this line

    def new_line(self) -> None:
        self.lines.append([(x, _piece(r, words)) for x, r, words in self.line])
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
        face = _FACES.get((run.font, run.size)) or _face(run.font, run.size)
        text = run.text
        if "\n" not in text:  # most runs: one line
            self.line_of(run, text, face)
            return
        for n, line in enumerate(text.split("\n")):
            if n:
                self.new_line()
            self.line_of(run, line, face)

    def line_of(self, run: Run, line: str, face: _Face) -> None:
        """One line of a run's text (no line break in it)."""
        if line[:1].isspace():
            self.spaced, self.carried = True, None
        segment = face.segments.get(line) or face.segment(line)
        if segment[0]:
            self.words(run, segment, face.space)
        if line and not line[-1:].isspace():
            self.spaced = False
        elif line and self.own_spaces:
            self.carried = face.space

    def words(self, run: Run, segment: Segment, space: float) -> None:
        """``add`` for each word, inlined: the same arithmetic, without a call per word. The first word
        goes on as ``add`` puts it; the rest join its piece at once when they end clearly short of the
        line's end: their end is summed as the loop sums it (``x += gap + w``), so the numbers are the
        loop's. Otherwise (a word longer than a line, or a break due) the loop places them."""
        words, widths, tail = segment
        room, w = self.room, widths[0]
        if w > room and len(words[0]) > 1 or not space:
            self.loop(run, segment, space, 0)
            return
        pieces, x = self.line, self.x
        lead, self.carried = self.carried, None  # the first word's space, when the last run ended with it
        gap = (space if lead is None else lead) if self.spaced and pieces else 0.0
        if pieces and x + gap + w > room:
            self.new_line()
            pieces, x, gap = self.line, 0.0, 0.0
        current = pieces[-1][2] if pieces and pieces[-1][1] is run else None  # the words of run's piece
        if current is not None and gap:
            current.append(words[0])
        else:
            current = [words[0]]
            pieces.append((x + gap, run, current))
        x += gap + w
        self.x, self.spaced = x, True
        if len(words) > 1:
            end = reduce(add, tail, x)
            if end <= room - _MARGIN:
                current.extend(words[1:])
                self.x = end
            else:
                self.loop(run, segment, space, 1)

    def loop(self, run: Run, segment: Segment, space: float, start: int) -> None:
        """The words of ``segment`` from ``start`` on, one by one."""
        words, widths, _ = segment
        room = self.room
        pieces, x, spaced = self.line, self.x, self.spaced
        lead, self.carried = self.carried, None
        current = pieces[-1][2] if pieces and pieces[-1][1] is run else None
        for n in range(start, len(words)):
            word, w = words[n], widths[n]
            first, lead = lead, None
            if w > room and len(word) > 1:  # longer than a line: the general way
                self.line, self.x, self.spaced = pieces, x, spaced
                self.word(run, word)
                pieces, x, spaced = self.line, self.x, True
                current = pieces[-1][2] if pieces and pieces[-1][1] is run else None
                continue
            gap = (space if first is None else first) if spaced and pieces else 0.0
            if pieces and x + gap + w > room:
                self.line = pieces
                self.new_line()
                pieces, x, gap, current = self.line, 0.0, 0.0, None
            if current is not None and gap:
                current.append(word)
            else:
                current = [word]
                pieces.append((x + gap, run, current))
            x += gap + w
            spaced = True
        self.line, self.x, self.spaced = pieces, x, spaced

    def done(self) -> list[list[tuple[float, Run]]]:
        self.new_line()
        return self.lines


def _lines(para: Para, width: float) -> list[list[tuple[float, Run]]]:
    """The paragraph's runs broken into lines of at most ``width`` (after its indent)."""
    breaker = _Breaker(max(width - para.indent, 1.0), para.own_spaces)
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
            plain = not para.indent and not para.bullet  # the pieces as they are (0.0 + x is x)
            for n, pieces in enumerate(_lines(para, width)):
                if not plain:
                    bullet = [(para.bullet_indent - para.indent, para.bullet)] if n == 0 and para.bullet else []
                    pieces = [(para.indent + x, r) for x, r in [*bullet, *pieces]]
                first = n == 0
                out.append(
                    _Line(top, para.leading, para.size, pieces, first, gap if first else 0.0, first and para.joins)
                )
                top += para.leading
            after = para.space_after
        self._laid, self._laid_width = out, width
        return out

    def line_count(self, width: float) -> int:
        """How many lines the block takes at ``width``."""
        return len(self._layout(width))

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
        tail = [_Line(ln.top - shift, ln.leading, ln.baseline, ln.pieces, ln.first, ln.gap, ln.joins) for ln in tail]
        first, rest = TextBlock([], head, availWidth), TextBlock([], tail, availWidth)
        first.spaceBefore, first.spaceAfter = self.spaceBefore, 0.0
        rest.spaceBefore, rest.spaceAfter = (tail[0].gap if tail[0].joins else 0.0), self.spaceAfter
        return [first, rest]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: ANN001, N802 - platypus
        """What ``Flowable.drawOn`` writes (``q``, the origin moved to ``x, y``, the block, ``Q``) without
        saving and restoring the canvas's Python state: the block's operators leave it as they find it."""
        code = canvas._code  # noqa: SLF001 - the page's operators, as canvas.saveState appends to them
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, self._hAlignAdjust(x, _sW), y)} cm")
        self.canv = canvas
        self.draw()
        del self.canv
        code.append("Q")

    def draw(self) -> None:
        """One BT … ET for the block, the operators a ``PDFTextObject`` would write (setFont,
        setFillColor, setTextOrigin, textOut per piece), written straight into the page. Runs are in
        our TrueType fonts (``fonts.register``), whose subsets the canvas's document numbers."""
        canvas = self.canv
        doc = canvas._doc  # noqa: SLF001 - no public handle; reportlab's text object reaches it so too
        lines = self._laid or []
        base = lines[0].top if lines else 0.0
        doc.ensureMinPdfVersion("transparency")  # as the text object's colour (alpha 1) does
        code = ["BT 1 0 0 1 0 0 Tm"]
        font, size = "", -1.0
        encoders = _encoders(doc)
        encoder: _Encoder | None = None
        shown: dict[str, str] = {}
        color, subset, tf = "", -1, ""
        for line in lines:
            y = self.height - (line.top - base) - line.baseline
            for x, run in line.pieces:
                if run.font != font or run.size != size:
                    font, size = run.font, run.size
                    encoder = encoders.get(font) or _encoder(doc, font)
                    shown = encoder.shown
                    subset, tf = -1, _size(size)
                if color != run.color:
                    color = run.color
                    code.append(_fill(color))
                code.append(_ORIGINS.get((x, y)) or _origin(x, y))
                op = shown.get(run.text)  # most pieces: their characters coded already, in the first subset
                if op is None:
                    op = encoder.show(run.text)  # type: ignore[union-attr]
                if op is not None:
                    if subset == 0 or not op:  # no text changes no font
                        code.append(op)
                    else:  # the first subset's Tf first (after a change of font or subset), as split writes it
                        subset = 0
                        code.append(f"{encoder.name(0)} {tf} {op}")  # type: ignore[union-attr]
                    continue
                out = []
                for part, chunk in encoder.split(run.text):  # type: ignore[union-attr]
                    if part != subset:
                        subset = part
                        out.append(f"{encoder.name(part)} {tf}")  # type: ignore[union-attr]
                    out.append(f"({escapePDF(chunk)}) Tj")
                code.append(" ".join(out))
        code.append("ET")
        canvas.addLiteral(" ".join(code))


_UNCODED = dict.fromkeys(range(256), 0xFFFF)
"""Every character below 256 translated past Latin-1 until it has a code: only coded ones encode."""


class _Encoder:
    """A TrueType font's text as subset codes in one document: reportlab's ``splitString``, done by
    ``str.translate`` when every character of a text has its code in the first subset (most text).
    The table maps each such character to its code and the others out of Latin-1, so encoding the
    translation fails exactly when some character is new or in another subset."""

    def __init__(self, font: str, doc: object) -> None:
        self.font, self.doc = getFont(font), doc
        self.table: dict[int, int] = _UNCODED
        self.names: dict[int, str] = {}
        self.seen = -1
        self.shown: dict[str, str] = {}
        """Texts whose characters are all coded in the first subset, with their ``Tj``: a code, once
        given in a document, stays, so a piece seen again (a label, a status, a persona) is written as before."""

    def first(self, text: str) -> bytes | None:
        """The text's codes when all of them are in the first subset; else None."""
        try:
            return text.translate(self.table).encode("latin-1")
        except UnicodeEncodeError:
            return None

    def show(self, text: str) -> str | None:
        """The ``Tj`` of a text all in the first subset ("" for no text), kept in ``shown``; else None."""
        chunk = self.first(text)
        if chunk is None:
            return None
        if len(self.shown) > 50_000:
            self.shown.clear()
        op = self.shown[text] = f"({escapePDF(chunk)}) Tj" if chunk else ""
        return op

    def split(self, text: str) -> list[tuple[int, bytes]]:
        coded = self.first(text)
        if coded is not None:
            return [(0, coded)] if coded else []
        parts = self.font.splitString(text, self.doc)
        assignments = self.font.state[self.doc].assignments
        if len(assignments) != self.seen:
            self.seen = len(assignments)
            self.table = {**_UNCODED, **{code: n for code, n in assignments.items() if n < 256}}
            if 32 in assignments and assignments[32] < 256:
                self.table[0xA0] = assignments[32]  # splitString draws a no-break space as a space
        return parts  # type: ignore[no-any-return]

    def name(self, subset: int) -> str:
        if subset not in self.names:
            self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return self.names[subset]


_ENCODERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _encoders(doc: object) -> dict[str, _Encoder]:
    """The encoders of a document's fonts, by font name."""
    return _ENCODERS.setdefault(doc, {})  # type: ignore[no-any-return]


def _encoder(doc: object, font: str) -> _Encoder:
    per_doc = _encoders(doc)
    if font not in per_doc:
        per_doc[font] = _Encoder(font, doc)
    return per_doc[font]  # type: ignore[no-any-return]


def joined(blocks: list[TextBlock]) -> TextBlock:
    """``blocks`` (not yet laid out; used up) as one block that lays out, splits and draws as they would
    one after the other in a frame, with a flowable's overhead once: between two, the larger of the one's
    space after and the other's space before, as a frame spaces flowables; dropped at the top of a page;
    and a split's rest that starts a block keeps that space before it, so that if the rest fits
    where it is it goes on as a block of its own would."""
    if len(blocks) == 1:
        return blocks[0]
    paras = list(blocks[0].paras)
    for block in blocks[1:]:
        if block.paras:
            block.paras[0].joins = True
            paras.extend(block.paras)
    return TextBlock(paras)


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
    """The style's text colour as ``#rrggbb``, worked out once per colour object: a long report asks
    for the same few thousands of times (the entry keeps its colour, so its id is not reused)."""
    color = style.textColor
    known = _INKS.get(id(color))
    if known is not None and known[0] is color:
        return known[1]
    if len(_INKS) > 256:
        _INKS.clear()
    text = "#" + color.hexval()[2:]
    _INKS[id(color)] = (color, text)
    return text


_INKS: dict[int, tuple[object, str]] = {}
