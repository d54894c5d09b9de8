"""Numbers written the way the map's language writes them: "+0.4" and "1,200" in English, "+0,4" and
"1 200" in Russian (a decimal comma, a no-break space between thousands, CLDR's rule), with a true minus.

The exports and the command line run without Qt, so QLocale cannot serve them; two languages do not
justify a new dependency (babel) while the lock is being made, so these few lines are written by hand.
The window keeps QLocale for the interface's own numbers.
"""

from __future__ import annotations

from functools import lru_cache

_SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ",")}  # (thousands, decimal)
MINUS = "\u2212"
_TABLES = {
    lang: str.maketrans({",": group, ".": decimal, "-": MINUS}) for lang, (group, decimal) in _SEPARATORS.items()
}


def language(value: str) -> str:
    """ "ru" for anything Russian ("ru", "ru_RU", "Russian"), else "en"."""
    return "ru" if value.strip().lower().startswith("ru") else "en"


@lru_cache(maxsize=4096)
def number(value: float, lang: str, digits: int = 1, *, signed: bool = False, trim: bool = False) -> str:
    """``value`` with ``digits`` decimals in ``lang``; ``signed`` writes "+" before positive numbers,
    ``trim`` drops trailing zeros (9.0 -> "9", 4.50 -> "4.5"). A value that rounds to zero has no sign
    but "+" when ``signed`` ("+0.0", never "−0.0"). Kept once worked out: a report writes the same few
    emotion values and scores thousands of times."""
    if round(value, digits) == 0:
        value = 0.0
    text = f"{value:{'+' if signed else ''},.{digits}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_TABLES[language(lang)])


def integer(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator."""
    return number(value, lang, 0)
