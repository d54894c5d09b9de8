"""Breaking a text block's paragraphs into lines: runs of plain styled text wrapped greedily on spaces, words
longer than a line cut by character (as reportlab's ``splitLongWords`` does), each word's width measured once
per font and size (the same numbers as ``stringWidth``). ``text_block`` lays the lines out and draws them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from operator import add
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth


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
