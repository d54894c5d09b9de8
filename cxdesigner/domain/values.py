"""Reading numbers, yes/no answers and dates the way people type them, in English and in Russian.

A Russian spreadsheet writes ``4,5`` and ``1 234,5``; an English one ``4.5`` and ``1,234.5``. Both are
read here, strictly: anything that is not clearly a number raises ``ValueError`` with a one-line message,
so a typo is refused instead of being read as something else.
"""

from __future__ import annotations

import math
import re
from datetime import date

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")
_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}( \d{3})+([.,]\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")

YES_WORDS = frozenset({"yes", "true", "1", "да"})
NO_WORDS = frozenset({"no", "false", "0", "нет"})


def text_key(text: str) -> str:
    """A text as compared by name: spaces collapsed, case folded ("" for blank)."""
    return " ".join(text.split()).casefold()


def parse_number(text: str) -> float:
    """A finite number from text: decimal comma or point, spaces between thousands, a Unicode minus."""
    raw = text.strip().replace("\u2212", "-")
    spaced = _SPACES.sub(" ", raw)
    if " " in spaced:
        if not _GROUPED.fullmatch(spaced):
            raise ValueError(f"“{_short(text)}” is not a number")
        spaced = spaced.replace(" ", "")
    s = spaced
    if "," in s and "." in s:
        # the later mark is the decimal one: 1.234,5 or 1,234.5
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    if not _PLAIN.fullmatch(s):
        raise ValueError(f"“{_short(text)}” is not a number")
    value = float(s)
    if not math.isfinite(value):
        raise ValueError(f"“{_short(text)}” is too large")
    return value


def parse_yes_no(text: str) -> bool:
    """True or False from yes/no, true/false, 1/0 or да/нет (any case)."""
    word = text.strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise ValueError(f"“{_short(text)}” is not yes or no")


def parse_date(text: str) -> str:
    """An ISO date (``YYYY-MM-DD``) from ISO or ``DD.MM.YYYY`` text; ``ValueError`` otherwise."""
    s = text.strip()
    dotted = _DOTTED_DATE.fullmatch(s)
    try:
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            return date(year, month, day).isoformat()
        if _ISO_DATE.fullmatch(s):
            return date.fromisoformat(s).isoformat()
    except ValueError:
        pass
    raise ValueError(f"“{_short(text)}” is not a date (use DD.MM.YYYY or YYYY-MM-DD)")


def is_iso_date(text: str) -> bool:
    """Whether ``text`` is exactly a valid ``YYYY-MM-DD`` date."""
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _short(text: str, limit: int = 40) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
