"""The text block's first line breaker and drawer, kept as the reference its fast paths must match.

``Breaker`` measured every word through ``pdfmetrics.stringWidth`` and added it with a call per word;
``draw`` went through a reportlab ``PDFTextObject`` (setFont, setFillColor, setTextOrigin, textOut).
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from cxdesigner.export.text_wrap import Para, Run, _cut


class Breaker:
    def __init__(self, room: float) -> None:
        self.room = room
        self.lines: list[list[tuple[float, Run]]] = []
        self.line: list[tuple[float, Run, list[str]]] = []
        self.x = 0.0
        self.spaced = False

    def new_line(self) -> None:
        self.lines.append([(x, Run(" ".join(words), r.font, r.size, r.color)) for x, r, words in self.line])
        self.line, self.x, self.spaced = [], 0.0, False

    def add(self, run: Run, word: str, w: float, space: float) -> None:
        gap = space if self.spaced and self.line else 0.0
        if self.line and self.x + gap + w > self.room:
            self.new_line()
            gap = 0.0
        if self.line and self.line[-1][1] is run and gap:
            self.line[-1][2].append(word)
        else:
            self.line.append((self.x + gap, run, [word]))
        self.x += gap + w
        self.spaced = False

    def word(self, run: Run, word: str) -> None:
        font, size = run.font, run.size
        space = stringWidth(" ", font, size)
        w = stringWidth(word, font, size)
        while len(word) > 1 and w > self.room:
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


def lines(para: Para, width: float) -> list[list[tuple[float, Run]]]:
    breaker = Breaker(max(width - para.indent, 1.0))
    for run in para.runs:
        breaker.text(run)
    return breaker.done()


def draw(block, canvas) -> None:  # noqa: ANN001 - a laid-out TextBlock, a reportlab Canvas
    lines = block._laid or []
    base = lines[0].top if lines else 0.0
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    color = ""
    for line in lines:
        y = block.height - (line.top - base) - line.baseline
        for x, run in line.pieces:
            if font != (run.font, run.size):
                font = (run.font, run.size)
                text.setFont(run.font, run.size)
            if color != run.color:
                color = run.color
                text.setFillColor(HexColor(run.color))
            text.setTextOrigin(x, y)
            text.textOut(run.text)
    canvas.drawText(text)
