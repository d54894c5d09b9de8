"""Plain-text fitting for items: wrap a string into a few lines of a width, eliding the last one.

Text is always shown literally: a title such as ``<b>&amp;`` is drawn as those characters, never as
markup. Only the first ``MAX_CHARS`` characters are laid out, since no card shows more than a few lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

MAX_CHARS = 600

_PLAIN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine


def one_line(text: str) -> str:
    """The text with line breaks and tabs turned into spaces, cut to ``MAX_CHARS``."""
    cut = text[:MAX_CHARS]
    return cut.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def fit_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Wrap ``text`` at word boundaries into at most ``max_lines`` lines of ``width``; elide the last."""
    text = one_line(text).strip()
    if not text or width <= 4 or max_lines <= 0:
        return []
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(text):
            rest = text[start:]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines


def elide(text: str, font: QFont, width: float) -> str:
    """One line of ``text`` that fits ``width``, ending in an ellipsis when cut."""
    return QFontMetricsF(font).elidedText(one_line(text), Qt.TextElideMode.ElideRight, max(width, 0.0))


def draw_lines(painter: QPainter, lines: list[str], left: float, top: float, width: float, line_height: float) -> None:
    """Draw prepared lines literally, one per ``line_height``, starting at ``left, top``."""
    y = top
    for line in lines:
        painter.drawText(QRectF(left, y, width, line_height), _PLAIN, line)
        y += line_height
