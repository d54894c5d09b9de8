"""The checks every field value passes, whatever the entity kind: the model's boundary for plain values.

Texts must be storable (SQLite keeps UTF-8, so a lone surrogate, which has no UTF-8 form, is refused rather
than silently changed) and at most ``MAX_TEXT`` characters; numbers must be finite and of a sane size (a map
is drawn, so an infinite order or width would break the layout); colours are ``#rrggbb`` or empty. Markup,
control characters, NUL, right-to-left text and emoji are ordinary text and pass unchanged. The same checks
run when a file is loaded, so a file from a stranger is held to them too.
"""

from __future__ import annotations

import dataclasses
import math
import re
from functools import cache
from typing import Any

MAX_TEXT = 1_000_000
MAX_NUMBER = 1e12
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def storable_problem(entity: Any) -> tuple[str, str] | None:
    """The field at fault and what is wrong with it (one line), or None when every value is fine."""
    for name in _names(type(entity)):
        value = getattr(entity, name)
        if isinstance(value, str):
            problem = _text_problem(name, value)
        elif isinstance(value, float):
            problem = None if math.isfinite(value) and abs(value) <= MAX_NUMBER else f"{name} is out of range"
        else:
            problem = None
        if problem is not None:
            return name, problem
    return None


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _text_problem(name: str, value: str) -> str | None:
    if len(value) > MAX_TEXT:
        return f"{name} is longer than {MAX_TEXT:,} characters"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{name} holds a broken character (a lone surrogate) that cannot be stored; type it again"
    if name == "color" and value and not _COLOR.fullmatch(value):
        return "a colour is written #rrggbb"
    return None
