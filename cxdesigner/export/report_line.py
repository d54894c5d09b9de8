"""A paragraph of one style's plain text that is drawn as a text block when it fits on one line.

Most of a long report's headings and stage lines are one short line. A platypus ``Paragraph`` parses its
markup, breaks and draws it fragment by fragment; a ``TextBlock`` of the same text prints the same glyphs
at the same places when the whole text fits the width: one line, its baseline ``fontSize`` below the top,
at the style's indent. Where it does not fit, the Paragraph's own wrapping decides (it lets a line run a
little long, shrinking its spaces), so the line becomes that Paragraph. So does text with a line break
or a space other than U+0020 (the Paragraph keeps a no-break space inside its word).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from cxdesigner.export.text_block import Run, TextBlock, ink, para

_OTHER_SPACE = re.compile(r"[^\S ]")


class PlainLine(Flowable):
    """``text`` (printable, as ``plain_text`` makes it) in ``style``: a one-line text block, else a Paragraph."""

    def __init__(self, text: str, style) -> None:  # noqa: ANN001 - a ParagraphStyle
        super().__init__()
        self.text, self.style = text, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._inner: Flowable | None = None

    def _choose(self, width: float) -> Flowable:
        if self._inner is not None and getattr(self, "_chosen_for", None) == width:
            return self._inner
        inner: Flowable | None = None
        if not _OTHER_SPACE.search(self.text):
            style = self.style
            block = TextBlock([para(style, [Run(self.text, style.fontName, style.fontSize, ink(style))])])
            if block.line_count(width) == 1:
                inner = block
        if inner is None:
            inner = Paragraph("<br/>".join(map(escape, self.text.split("\n"))), self.style)
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
