"""Counts in the interface's plural forms for any size of number.

Qt picks a plural form from ``tr(text, "", n)`` with ``%n`` (one, few, many in Russian), but ``n`` is a C
``int`` and is written as bare digits. Path counts run far past both: ``plural_n`` gives Qt a number with the
same form, and ``plural`` writes the real count in its place, as people read it.
"""

from __future__ import annotations

from collections.abc import Callable

_INT_MAX = 2**31 - 1


def plural_n(n: int) -> int:
    """A number Qt can take that has the plural form of ``n`` (the last two digits decide it, in English
    and in Russian)."""
    return n if abs(n) <= _INT_MAX else 1_000_000 + abs(n) % 100


def plural(text: str, n: int, write: Callable[[int], str] = str) -> str:
    """``text``, translated with ``plural_n(n)``, with that number written as ``write(n)``."""
    return text.replace(str(plural_n(n)), write(n), 1)
