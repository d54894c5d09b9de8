"""The report's paragraph styles, in the bundled font, and the one way user text becomes Paragraph markup."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

from cxdesigner.domain import style as s
from cxdesigner.export import fonts
from cxdesigner.export.bidi import has_rtl, visual

MAX_TEXT = 20_000
"""Longer user text is cut (with "…"): a report is read, and platypus slows down on giant paragraphs."""


def para_text(text: str, limit: int = MAX_TEXT) -> str:
    """User text as Paragraph markup that prints literally.

    Control characters become spaces, characters the bundled font lacks U+FFFD, right-to-left runs are
    put in display order line by line, ``&``, ``<`` and ``>`` are escaped, and line breaks become
    ``<br/>``. (A right-to-left paragraph that wraps onto several lines keeps its lines in the order
    reportlab fills them; reportlab has no bidi support of its own without an extra package.)
    """
    return "<br/>".join(escape(line) for line in plain_text(text, limit).split("\n"))


def plain_text(text: str, limit: int = MAX_TEXT) -> str:
    """User text as it prints, for text drawn without markup: ``para_text``'s rule without the escaping
    (control characters out, glyphless ones as U+FFFD, right-to-left runs in display order, tabs as
    spaces), with ``\n`` for each line break. Short texts, mostly the same few again (channels, owners,
    personas, our own words), are worked out once."""
    if len(text) <= SHORT and limit >= SHORT:
        return _short_plain(text)
    return _plain(text, limit)


SHORT = 200


@lru_cache(maxsize=8192)
def _short_plain(text: str) -> str:
    return _plain(text, SHORT)


def _plain(text: str, limit: int) -> str:
    if len(text) > limit:
        text = text[:limit] + "…"
    lines = fonts.drawable(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join((visual(line) if has_rtl(line) else line).replace("\t", " ") for line in lines)


def color_text(text_markup: str, color: str) -> str:
    """Markup in a colour (``color`` is ours, never user text)."""
    return f'<font color="{color}">{text_markup}</font>'


class Styles:
    """The paragraph styles of one report."""

    def __init__(self) -> None:
        regular, bold = fonts.register()
        ink, muted = HexColor(s.INK), HexColor(s.MUTED)

        def style(name: str, size: float, font: str = regular, **extra: object) -> ParagraphStyle:
            settings: dict[str, object] = {
                "leading": size * 1.3,
                "textColor": ink,
                "splitLongWords": 1,
                "bulletFontName": regular,
                **extra,
            }
            return ParagraphStyle(name, fontName=font, fontSize=size, **settings)

        self.title = style("title", 28, bold, leading=34, spaceAfter=12)
        self.subtitle = style("subtitle", 14, textColor=muted, spaceAfter=18)
        self.h1 = style("h1", 18, bold, spaceBefore=12, spaceAfter=8, keepWithNext=1)
        self.h2 = style("h2", 14, bold, spaceBefore=12, spaceAfter=4, keepWithNext=1)
        self.h3 = style("h3", 11, bold, spaceBefore=8, spaceAfter=2, keepWithNext=1)
        self.body = style("body", 9.5, spaceAfter=3)
        self.meta = style("meta", 8.5, textColor=muted, spaceAfter=2)
        self.item = style("item", 9, leftIndent=12, bulletIndent=3, spaceAfter=1.5)
        self.quote = style("quote", 9, leftIndent=12, textColor=HexColor("#364152"), spaceAfter=2)
        self.block = style("block", 9, leading=12.5, spaceBefore=7, spaceAfter=2, allowOrphans=0)
        self.bold_font = bold
        self.cell = style("cell", 9)
        self.cell_bold = style("cell_bold", 9, bold)
