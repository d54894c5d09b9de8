"""Right-to-left text in display order, for PDF lines that reportlab draws left to right.

reportlab has no bidi support without an extra package, so a Hebrew or Arabic title would be drawn with
its letters reversed. ``visual`` applies the core of the Unicode bidi algorithm to one line: the
paragraph direction from the first strong character (P2, P3), numbers kept left to right, neutrals
between two runs of one direction taking it (N1) and the others the paragraph's (N2), then reversing the
runs (L2) and mirroring brackets (L4). Explicit embeddings and isolates are ignored (they are rare in
map text); Arabic letters are not joined, as the bundled font has no shaping tables reportlab could use.
"""

from __future__ import annotations

import unicodedata

_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})


def has_rtl(text: str) -> bool:
    """Whether the text holds any right-to-left letter."""
    return any(unicodedata.bidirectional(c) in _RTL for c in text if ord(c) >= 0x590)


def _base_level(classes: list[str]) -> int:
    for cls in classes:
        if cls == "L":
            return 0
        if cls in _RTL:
            return 1
    return 0


def _levels(classes: list[str], base: int) -> list[int]:
    n = len(classes)
    levels: list[int | None] = [None] * n
    for i, cls in enumerate(classes):
        if cls == "L":
            levels[i] = base + (base & 1)  # 0 in a LTR line, 2 in a RTL one
        elif cls in _RTL:
            levels[i] = 1
        elif cls in _NUMBER:
            levels[i] = 2 if base or _after_rtl(classes, i) else 0
    # neutrals: the direction of both neighbours when they agree, else the line's (numbers count as R)
    i = 0
    while i < n:
        if levels[i] is not None:
            i += 1
            continue
        j = i
        while j < n and levels[j] is None:
            j += 1
        before = _direction(classes[i - 1], levels[i - 1]) if i > 0 else base
        after = _direction(classes[j], levels[j]) if j < n else base
        fill = before if before == after else base
        for k in range(i, j):
            levels[k] = fill
        i = j
    return [lvl if lvl is not None else base for lvl in levels]


def _after_rtl(classes: list[str], index: int) -> bool:
    """Whether the strong character before ``index`` is right-to-left (numbers then sit in its run)."""
    for cls in reversed(classes[:index]):
        if cls == "L":
            return False
        if cls in _RTL:
            return True
    return False


def _direction(cls: str, level: int | None) -> int:
    """0 for left to right, 1 for right to left; a number inside a right-to-left run counts as RTL."""
    if cls in _NUMBER:
        return 1 if level == 2 else 0
    return 1 if cls in _RTL else 0


def base_level(text: str) -> int:
    """The paragraph direction of ``text``: 1 when its first strong character is right-to-left, else 0."""
    for c in text:
        cls = unicodedata.bidirectional(c)
        if cls == "L":
            return 0
        if cls in _RTL:
            return 1
    return 0


def visual(line: str, base: int | None = None) -> str:
    """One line of text in the order its characters are drawn left to right.

    ``base`` is the direction of the paragraph the line was wrapped from (``base_level``); by default the
    line's own.
    """
    if not has_rtl(line):
        return line
    chars = list(line)
    classes = [unicodedata.bidirectional(c) or "ON" for c in chars]
    base = _base_level(classes) if base is None else base
    levels = _levels(classes, base)
    for i, level in enumerate(levels):
        if level & 1:
            chars[i] = chars[i].translate(_MIRROR)
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(chars):
            if levels[i] >= level:
                j = i
                while j < len(chars) and levels[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                levels[i:j] = levels[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)
