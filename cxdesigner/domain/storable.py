"""The checks every field value passes, whatever the entity kind: the model's boundary for plain values.

Texts must be storable (SQLite keeps UTF-8, so a lone surrogate, which has no UTF-8 form, is refused rather
than silently changed) and at most ``MAX_TEXT`` characters, or ``MAX_DOCUMENT_BYTES`` of UTF-8 for a field
declared with ``document_text()`` (a snapshot holds the whole map as JSON: 11.5 MB for 10,000 cards);
numbers must be finite and of a sane size (a map is drawn, so an infinite order or width would break the
layout); colours are ``#rrggbb`` or empty; and every value has its field's declared type (the file is read
back by that declaration, so a string in an enumeration's field would make the project fail to open). Markup,
control characters, NUL, right-to-left text and emoji are ordinary text and pass unchanged. The same checks
run when a file is loaded, so a file from a stranger is held to them too.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
import types
import typing
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
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


def type_problem(entity: Any) -> tuple[str, str] | None:
    """The first field whose value is not of the field's declared type, and why; None when all are.

    The file is read back by that declaration, so a value of another type (a string in an enumeration's
    field, say) would be written and the project would then fail to open. An enumeration's field takes a
    member or a member's value; a number field takes an int or a float; a yes/no field only a bool.
    """
    for field in _plan(type(entity)):
        value = getattr(entity, field.name)
        if value.__class__ is field.base:
            continue
        problem = _mismatch(field, value)
        if problem is not None:
            return field.name, problem
    return None


def storable_problem(entity: Any) -> tuple[str, str] | None:
    """The field at fault and what is wrong with its value (one line), or None; types are checked already."""
    for field in _plan(type(entity)):
        value = getattr(entity, field.name)
        if isinstance(value, str) and value.isascii() and len(value) <= MAX_TEXT and field.plain_text:
            continue  # the common case, decided cheaply
        problem = _value_problem(field, value)
        if problem is not None:
            return field.name, problem
    return None


def _value_problem(field: _Field, value: Any) -> str | None:
    name = field.name
    if isinstance(value, str):
        return _document_problem(name, value) if field.document else _text_problem(name, value)
    if isinstance(value, float):
        return None if -MAX_NUMBER <= value <= MAX_NUMBER else f"{name} is out of range"  # NaN too
    if isinstance(value, int) and not isinstance(value, bool):
        return None if -(2**63) <= value < 2**63 else f"{name} is out of range"
    return None


def columns_fine(cls: type, entities: list[Any]) -> bool:
    """True when no entity (each of class ``cls``) has a ``type_problem`` or a ``storable_problem``.

    The same checks a field at a time over the whole list; False also when a column is unusual (a number
    in a float field, say): then check each entity, which names the first problem.
    """
    for field in _plan(cls):
        column = list(map(attrgetter(field.name), entities))
        allowed = {field.base, type(None)} if field.optional else {field.base}
        if not allowed.issuperset(map(type, column)) or not _column_storable(field, column):
            return False
    return True


def _column_storable(field: _Field, column: list[Any]) -> bool:
    """Whether ``storable_problem`` finds nothing in this field of any entity; its types are checked already."""
    values = [v for v in column if v is not None] if field.optional else column
    base = field.base
    if base is str and field.plain_text:  # what _text_problem checks, all texts at once
        return max(map(len, values), default=0) <= MAX_TEXT and _encodable("".join(values))
    if base is float:
        low, high = min(values, default=0.0), max(values, default=0.0)
        return not any(map(math.isnan, values)) and -MAX_NUMBER <= low <= high <= MAX_NUMBER
    if base is int:
        return -(2**63) <= min(values, default=0) <= max(values, default=0) < 2**63
    if base is bool or base is bytes:
        return True
    return all(_value_problem(field, v) is None for v in set(values))  # documents, colours, enumerations


@dataclass(frozen=True)
class _Field:
    name: str
    base: Any  # str, float, int, bool, bytes or an Enum class
    optional: bool
    document: bool
    plain_text: bool  # no rule beyond storability and length (not a document, not a colour)


@cache
def _plan(cls: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    plan = []
    for f in dataclasses.fields(cls):
        tp, optional = hints[f.name], False
        if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp, optional = args[0], len(args) < len(typing.get_args(tp))
        document = bool(f.metadata.get("document"))
        plan.append(_Field(f.name, tp, optional, document, not document and f.name != "color"))
    return tuple(plan)


def _mismatch(field: _Field, value: Any) -> str | None:
    name, base = field.name, field.base
    if value is None:
        return None if field.optional else f"{name} is empty"
    if isinstance(base, type) and issubclass(base, enum.Enum):
        if isinstance(value, base) or (isinstance(value, str | int) and value in base._value2member_map_):
            return None
        return f"{name}: {_short(value)} is not one of " + ", ".join(str(m.value) for m in base)
    if base is str:
        return None if isinstance(value, str) else f"{name} is not text"
    if base is bool:
        return None if isinstance(value, bool) else f"{name} is not yes or no"
    if base is int:
        return None if isinstance(value, int) and not isinstance(value, bool) else f"{name} is not a whole number"
    if base is float:
        return None if isinstance(value, int | float) and not isinstance(value, bool) else f"{name} is not a number"
    if base is bytes:
        return None if isinstance(value, bytes) else f"{name} is not binary data"
    return None


def _encodable(text: str) -> bool:
    """Whether the text has a UTF-8 form (no lone surrogate; the encoder refuses paired ones as well)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


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
