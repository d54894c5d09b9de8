"""The bundled font for every PDF: DejaVu Sans, regular and bold, embedded as a subset.

reportlab's built-in Helvetica has no Cyrillic, so every piece of text in a poster or a report is set in
the same TrueType family the canvas uses; reportlab embeds only the glyphs used. Characters the font has
no glyph for (emoji, some scripts) are drawn as U+FFFD; ``missing`` tells a painter where that happens so
it can keep the original text for copy and search (see ``pdftext.draw_line``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import repeat

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cxdesigner.paths import resource_path

REGULAR = "CXDejaVuSans"
BOLD = "CXDejaVuSans-Bold"
REPLACEMENT = "\ufffd"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register() -> tuple[str, str]:
    """Register the two faces with reportlab (once) and return their names (regular, bold).

    Also turns off reportlab's ASCII85 wrapping of compressed streams: binary streams are standard PDF,
    20 % smaller, and without reportlab's C accelerator the pure-Python encoder costs seconds on a big map;
    and encodes plain ASCII quickly (``pdfdoc_encode``).
    """
    rl_config.useA85 = 0
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfdoc.pdfdocEnc = pdfdoc_encode
    for name, file in _FILES.items():
        font = TTFont(name, str(resource_path("fonts", file)))
        font.stringWidth = _cached_width(font)  # type: ignore[method-assign]
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
    return REGULAR, BOLD


_PDFDOC = pdfdoc.pdfdocEnc
_UNMAPPED = re.compile("[\x18-\x1f]")
"""The only ASCII characters PDFDocEncoding does not hold as themselves (they are its accents)."""


def pdfdoc_encode(x: str | bytes) -> bytes:
    """reportlab's ``pdfdocEnc`` (text to PDFDocEncoding), the same bytes, quick for plain ASCII.

    reportlab encodes every content stream through a character map looked up one character at a time
    (about 30 ns each: 50 ms for the 1.6 MB of a 3,000-card poster's forms). An ASCII text without the
    characters PDFDocEncoding maps elsewhere is its own encoding; anything else goes the old way."""
    if isinstance(x, str) and x.isascii() and not _UNMAPPED.search(x):
        return x.encode("ascii")
    return _PDFDOC(x)  # type: ignore[no-any-return]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with characters beyond U+FFFF written as UTF-16
    surrogate pairs. reportlab writes their code point as a five-digit hex number, which PDF readers take
    for a different character: an emoji the font can draw would copy as a Greek letter. This replaces
    ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``; for the other characters the text is the same."""
    entries = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _cached_width(font: TTFont) -> Callable[..., float]:
    """A quicker ``stringWidth`` for one of our fonts: platypus measures every word of a report, mostly
    the same words again, and reportlab's pure-Python measure (without its C accelerator) dominates the
    time of a long report. Same result: the sum of the advance widths (missing glyphs: the default)."""
    table, missing = font.face.charWidths, font.face.defaultWidth

    @lru_cache(maxsize=100_000)
    def per_mille(text: str) -> float:
        return float(sum(map(table.get, map(ord, text), repeat(missing))))

    def string_width(text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        return per_mille(text) * 0.001 * size

    return string_width


@cache
def _glyphs() -> frozenset[int]:
    register()
    faces = [pdfmetrics.getFont(name).face for name in _FILES]
    common = set(faces[0].charToGlyph)
    for face in faces[1:]:
        common &= set(face.charToGlyph)
    return frozenset(common)


@cache
def _glyph_chars() -> frozenset[str]:
    return frozenset(map(chr, _glyphs())) | frozenset("\t\n\r")


def has_glyph(char: str) -> bool:
    """Whether both faces can draw this character."""
    return ord(char) in _glyphs()


def _control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r"


def clean(text: str) -> str:
    """The text without control characters (each becomes a space); tabs and line breaks stay."""
    if text.isprintable():
        return text
    return "".join(" " if _control(c) else c for c in text)


def missing(text: str) -> bool:
    """Whether some character of ``text`` has no glyph in the bundled font."""
    return not _glyph_chars().issuperset(text)


def drawable(text: str) -> str:
    """The text as it can be drawn: control characters become spaces, glyphless characters U+FFFD.

    Format characters without a glyph (zero-width joiners, variation selectors, bidi marks) are dropped,
    since they draw nothing on screen either.
    """
    text = clean(text)
    if not missing(text):
        return text
    glyphs = _glyphs()
    out = []
    for c in text:
        if ord(c) in glyphs or c in "\t\n\r":
            out.append(c)
        elif unicodedata.category(c) != "Cf":
            out.append(REPLACEMENT)
    return "".join(out)
