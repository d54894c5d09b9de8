"""Plain styled text as one flowable, laid out and drawn directly: the report's long, repeated blocks.

platypus's ``Paragraph`` parses markup (``html.parser``) and fragments for every paragraph, then breaks
lines fragment by fragment: on a map of thousands of touchpoints that is most of the report's time
(issue 15's profile). Text we build ourselves needs no markup, so a block is kept as runs (text, font,
size, colour), broken into lines by ``text_wrap``, and laid out here: one leading per paragraph, the first
baseline ``size`` below its top, and the gap between two paragraphs the larger of the one's space after and
the other's space before (as a frame spaces flowables). A block splits between lines at a page end, never
leaving a paragraph's first line alone at the bottom of a page. A block is drawn as the operators
reportlab's text object would write, without one (``TextBlock.draw``).
"""

from __future__ import annotations

import weakref
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from cxdesigner.export.text_wrap import Para, Run, _Line, _lines, forget_texts

__all__ = ["Para", "Run", "TextBlock", "forget_texts", "ink", "joined", "markup", "para"]


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
