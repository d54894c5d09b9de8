"""Right-to-left text in display order, for PDF lines that reportlab draws left to right.

reportlab draws characters in the order it gets them, so a Hebrew or Arabic line must be given in display
order. python-bidi's ``get_display`` (the Rust unicode-bidi crate: the whole of UAX #9, weak types, so
``24/7``, ``1.5%`` and ``ABC-123`` stay one number or word, bracket pairs, isolates) gives that order. It
does not mirror (rule L4), so ``(123)`` in a right-to-left run would print ``)123(``: ``_mirrored`` takes
the resolved levels python-bidi reports with ``debug=True``, puts the characters at odd levels through
python-bidi's own mirroring table and places them by rules L1-L2, and keeps that only when it is exactly
``get_display``'s order; otherwise the line prints unmirrored, never disordered. Arabic letters are not
joined, as the bundled font has no shaping tables reportlab could use.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_base_level, get_display
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED

_RTL = frozenset({"R", "AL"})
_RESET = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN"})  # reset at a line's end or before S / B (L1)
_SECTION = r"\n    {name}: \[\n(.*?)\n    \],\n"


_BEYOND_LATIN_AND_CYRILLIC = re.compile("[\u0590-\U0010ffff]")
"""Where right-to-left letters can be (from Hebrew on): most lines have none of these, found in C."""


def has_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left letter."""
    if _BEYOND_LATIN_AND_CYRILLIC.search(text) is None:
        return False
    return any(unicodedata.bidirectional(c) in _RTL for c in text if ord(c) >= 0x590)


def base_level(text: str) -> int:
    """The paragraph direction of ``text``: 1 when its first strong character is right-to-left, else 0."""
    return int(get_base_level(text)) if text else 0


def visual(line: str, base: int | None = None) -> str:
    """One line of text in the order its characters are drawn left to right, brackets mirrored.

    ``base`` is the direction of the paragraph the line was wrapped from (``base_level``); by default the
    line's own.
    """
    if not has_rtl(line):
        return line
    direction = None if base is None else ("R" if base else "L")
    shown = str(get_display(line, base_dir=direction))
    return _mirrored(line, direction, shown) or shown


def _mirrored(line: str, direction: str | None, shown: str) -> str | None:
    """``shown`` with rule L4 applied, or None when python-bidi's levels cannot be read back exactly."""
    resolved = _resolved(line, direction)
    if resolved is None:
        return None
    levels, classes, base = resolved
    _reset_line_ends(levels, classes, base)
    order = _display_order(levels)
    if "".join(line[i] for i in order) != shown:
        return None
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)


def _resolved(line: str, direction: str | None) -> tuple[list[int], list[str], int] | None:
    """Each character's resolved level and bidi class, and the paragraph level, from python-bidi's report."""
    report = str(get_display_inner(line, direction, True))
    levels_found = re.search(_SECTION.format(name="levels"), report, re.DOTALL)
    classes_found = re.search(_SECTION.format(name="original_classes"), report, re.DOTALL)
    paragraph = re.search(r"paragraphs: \[.*?level: Level\(\s*(\d+)", report, re.DOTALL)
    if not (levels_found and classes_found and paragraph):
        return None
    per_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+)", levels_found.group(1))]
    class_per_byte = re.findall(r"^\s*(\w+),$", classes_found.group(1), re.MULTILINE)
    if len(per_byte) != len(line.encode()) or len(class_per_byte) != len(per_byte):
        return None
    starts = [len(line[:i].encode()) for i in range(len(line))]  # the report counts UTF-8 bytes
    return [per_byte[b] for b in starts], [class_per_byte[b] for b in starts], int(paragraph.group(1))


def _reset_line_ends(levels: list[int], classes: list[str], base: int) -> None:
    """Rule L1: separators, and white space before them or at the end of the line, take the paragraph level."""
    for i in range(len(levels) - 1, -1, -1):
        if classes[i] not in _RESET:
            break
        levels[i] = base
    for i, cls in enumerate(classes):
        if cls in ("S", "B"):
            levels[i] = base
            j = i - 1
            while j >= 0 and classes[j] in _RESET:
                levels[j], j = base, j - 1


def _display_order(levels: list[int]) -> list[int]:
    """Rule L2: the logical indices in display order, each run at a level or higher reversed, highest first."""
    order = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order
