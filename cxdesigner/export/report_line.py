"""A paragraph of plain runs that is drawn as a text block when it fits on one line, else as its Paragraph.

Most of a long report's headings and stage lines are one short line. A platypus ``Paragraph`` parses its
markup, breaks and draws it fragment by fragment; a ``TextBlock`` of the same text prints the same glyphs
at the same places when the whole text fits the width: one line, its baseline ``fontSize`` below the top,
at the style's indent. Where it does not fit, the Paragraph's own wrapping decides (it lets a line run a
little long, shrinking its spaces), so the line becomes that Paragraph. So does text with a line break
or a space other than U+0020 (the Paragraph keeps a no-break space inside its word), and runs that meet
with a space on both sides or start or end with one. A space between two runs is as wide as in the run
it is typed in, as the Paragraph measures it (``Para.own_spaces``).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from cxdesigner.export.text_block import Run, TextBlock, ink, para

_OTHER_SPACE = re.compile(r"[^\S ]")


def markup_of(text: str) -> str:
    """Printable text (``plain_text``'s) as the Paragraph markup ``para_text`` makes of the same user text."""
    return "<br/>".join(map(escape, text.split("\n")))


def plain_line(text: str, style) -> PlainLine:  # noqa: ANN001 - a ParagraphStyle
    """``text`` (printable, as ``plain_text`` makes it) in ``style``."""
    return PlainLine([Run(text, style.fontName, style.fontSize, ink(style))], style, markup_of(text))


def _direct(runs: list[Run]) -> bool:
    """Whether a text block lays out these runs on one line as their Paragraph does."""
    if any(_OTHER_SPACE.search(r.text) for r in runs) or not "".join(r.text for r in runs).strip():
        return False  # an empty Paragraph has no line at all
    if len(runs) == 1:
        return True
    texts = [r.text for r in runs if r.text]
    if texts[0][:1] == " " or texts[-1][-1:] == " ":
        return False
    return not any(a[-1:] == " " and b[:1] == " " for a, b in zip(texts, texts[1:], strict=False))


class PlainLine(Flowable):
    """``runs`` (printable text) in ``style``: a one-line text block, else the Paragraph of ``markup``,
    the same text as Paragraph markup."""

    def __init__(self, runs: list[Run], style, markup: str) -> None:  # noqa: ANN001 - a ParagraphStyle
        super().__init__()
        self.runs, self.style, self.markup = runs, style, markup
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._inner: Flowable | None = None

    def _choose(self, width: float) -> Flowable:
        if self._inner is not None and getattr(self, "_chosen_for", None) == width:
            return self._inner
        inner: Flowable | None = None
        if _direct(self.runs):
            spaced = para(self.style, self.runs)
            spaced.own_spaces = True
            block = TextBlock([spaced])
            if block.line_count(width) == 1:
                inner = block
        if inner is None:
            inner = Paragraph(self.markup, self.style)
        self._inner, self._chosen_for = inner, width
        return inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus
        inner = self._choose(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - platypus
        return self._choose(availWidth).split(availWidth, availHeight)

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: ANN001, N802 - platypus
        assert self._inner is not None, "drawn before it was wrapped"
        self._inner.drawOn(canvas, x, y, _sW)
