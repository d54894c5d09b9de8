"""The checks every field value passes, whatever the entity kind: the model's boundary for plain values.

Texts must be storable (SQLite keeps UTF-8, so a lone surrogate, which has no UTF-8 form, is refused rather
than silently changed) and at most ``MAX_TEXT`` characters, or ``MAX_DOCUMENT_BYTES`` of UTF-8 for a field
declared with ``document_text()`` (a snapshot holds the whole map as JSON: 11.5 MB for 10,000 cards);
numbers must be finite and of a sane size (a map is drawn, so an infinite order or width would break the
layout); colours are ``#rrggbb`` or empty. Markup,
control characters, NUL, right-to-left text and emoji are ordinary text and pass unchanged. The same checks
run when a file is loaded, so a file from a stranger is held to them too.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

# Every limit here keeps a row under storage.guard's SQLITE_LIMIT_LENGTH (64 MB), so whatever the model
# accepts, the file can read back: seven 1,000,000-character texts are at most 28 MB of UTF-8.
MAX_TEXT = 1_000_000
MAX_DOCUMENT_BYTES = 48_000_000
MAX_NUMBER = 1e12
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def document_text() -> Any:
    """A dataclass field (default "") that holds a whole document, allowed up to ``MAX_DOCUMENT_BYTES``."""
    return dataclasses.field(default="", metadata={"document": True})


def storable_problem(entity: Any) -> tuple[str, str] | None:
    """The field at fault and what is wrong with it (one line), or None when every value is fine."""
    for name, document in _names(type(entity)):
        value = getattr(entity, name)
        if isinstance(value, str):
            if document:
                problem = _document_problem(name, value)
            elif value.isascii() and len(value) <= MAX_TEXT and name != "color":
                continue  # the common case, decided cheaply: loading 50,000 entities runs this for each
            else:
                problem = _text_problem(name, value)
        elif isinstance(value, float):
            if -MAX_NUMBER <= value <= MAX_NUMBER:  # false for NaN too
                continue
            problem = f"{name} is out of range"
        else:
            continue
        if problem is not None:
            return name, problem
    return None


@cache
def _names(cls: type) -> tuple[tuple[str, bool], ...]:
    return tuple((f.name, bool(f.metadata.get("document"))) for f in dataclasses.fields(cls))


def _document_problem(name: str, value: str) -> str | None:
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        return f"{name} holds a broken character (a lone surrogate) that cannot be stored"
    return f"{name} is larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB" if size > MAX_DOCUMENT_BYTES else None


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
