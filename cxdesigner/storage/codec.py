"""Entity <-> row conversion, driven by each dataclass's field types.

Enums are stored as their text values, booleans as 0/1, optional numbers as NULL, bytes as a BLOB. Reading converts
back and refuses values of the wrong type, so a tampered file cannot smuggle odd objects into the model.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import types
import typing
from functools import cache
from sys import intern
from typing import Any

from cxdesigner.domain.kinds import Kind


class RowError(ValueError):
    """A stored row does not fit its entity's fields."""


@cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def column_types(cls: type) -> dict[str, type]:
    """The sqlite-utils column types for an entity class."""
    out: dict[str, type] = {}
    for name, tp in _field_types(cls):
        base, _optional = _unwrap(tp)
        if base is bool or base is int:
            out[name] = int
        elif base is float:
            out[name] = float
        elif base is bytes:
            out[name] = bytes
        else:
            out[name] = str
    return out


@cache
def binary_fields(cls: type) -> tuple[str, ...]:
    """The fields of an entity class that hold bytes."""
    return tuple(name for name, tp in _field_types(cls) if _unwrap(tp)[0] is bytes)


def not_null(cls: type) -> set[str]:
    """The columns that never hold NULL."""
    return {name for name, tp in _field_types(cls) if not _unwrap(tp)[1]}


@cache
def _unwrap(tp: Any) -> tuple[Any, bool]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


def to_row(entity: Any) -> dict[str, Any]:
    """A row for the entity's table."""
    row: dict[str, Any] = {}
    for name, _tp in _field_types(type(entity)):
        value = getattr(entity, name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        row[name] = value
    return row


def to_value(cls: type, name: str, value: Any) -> Any:
    """The stored form of one field value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    return value


def from_row(kind: Kind, row: typing.Mapping[str, Any], where: str = "") -> Any:
    """The entity a row stands for; ``RowError`` when a value has the wrong type.

    ``where`` names the row in messages (e.g. ``stages[3]``); it defaults to the table name.
    """
    return from_values(kind, [row[name] for name in field_names(kind.cls)], where)


@cache
def field_names(cls: type) -> tuple[str, ...]:
    """The columns of an entity class's table, in the order ``from_values`` takes them."""
    return tuple(name for name, _tp in _field_types(cls))


_STR, _ENUM, _FLOAT, _INT, _BOOL, _BYTES, _OTHER, _REF = range(8)
_PLAIN = {_STR: str, _FLOAT: float, _INT: int, _BYTES: bytes}  # kept as read when of this type


@cache
def _specs(cls: type) -> tuple[tuple[str, Any, int, dict[Any, Any]], ...]:
    """Per field: name, type, which fast path fits it, and an enum's value-to-member table."""
    specs = []
    for name, tp in _field_types(cls):
        base, _optional = _unwrap(tp)
        members: dict[Any, Any] = {}
        if isinstance(base, type) and issubclass(base, enum.Enum):
            code, members = _ENUM, {m.value: m for m in base}
        else:
            code = {str: _STR, float: _FLOAT, int: _INT, bool: _BOOL, bytes: _BYTES}.get(base, _OTHER)
            if code == _STR and (name == "id" or name.endswith("_id")):
                code = _REF
        specs.append((name, tp, code, members))
    return tuple(specs)


def from_values(kind: Kind, values: typing.Sequence[Any], where: str = "") -> Any:
    """The entity a row stands for, given its values in ``field_names`` order; ``RowError`` like ``from_row``.

    Loading a map decodes every row of the file, so the common, well-typed values take a fast path; any
    other value goes through the full check, which accepts or refuses exactly as before.
    """
    out: list[Any] = []
    for (name, tp, code, members), value in zip(_specs(kind.cls), values, strict=True):
        kind_of_value = type(value)
        if code == _REF and kind_of_value is str:
            out.append(intern(value))  # one string per id, however many rows refer to it
        elif (code == _STR and kind_of_value is str) or (code == _BYTES and kind_of_value is bytes):
            out.append(value)
        elif code == _ENUM and kind_of_value is str and value in members:
            out.append(members[value])
        elif (code == _FLOAT and kind_of_value is float and value == value) or (code == _INT and kind_of_value is int):
            out.append(value)
        elif code == _BOOL and kind_of_value is int and (value == 0 or value == 1):
            out.append(value == 1)
        else:
            out.append(_decode(f"{where or kind.name}.{name}", tp, value))
    return kind.cls(*out)


def decode_table(kind: Kind, rows: typing.Sequence[typing.Sequence[Any]]) -> list[Any] | None:
    """The entities of a whole table's rows (in ``field_names`` order), decoded a column at a time.

    The same entities as ``from_values`` row by row, or None when some value does not decode: the caller
    then decodes row by row, which names the first bad row as ever (a column at a time would not).
    """
    if not rows:
        return []
    columns = []
    try:
        for spec, column in zip(_specs(kind.cls), zip(*rows, strict=True), strict=True):
            columns.append(_decode_column(kind.name, *spec, column))
        return list(map(kind.cls, *columns))
    except Exception:  # whatever it is, decoding row by row meets it again at its own row
        return None


def _decode_column(table: str, name: str, tp: Any, code: int, members: dict[Any, Any], column: tuple[Any, ...]) -> Any:
    """One column's values as ``from_values`` decodes them: the common, all-alike columns in one step each."""
    classes = set(map(type, column))
    if code == _REF and classes == {str}:
        return map(intern, column)  # one string per id, however many rows refer to it
    if code == _STR and classes == {str}:
        return _shared(column)
    if classes == {_PLAIN.get(code)} and not (code == _FLOAT and any(map(math.isnan, column))):
        return column
    if code == _ENUM and classes == {str} and members.keys() >= set(column):
        return map(members.__getitem__, column)
    if code == _BOOL and classes == {int} and {0, 1}.issuperset(column):
        return [value == 1 for value in column]
    where = f"{table}.{name}"
    return [intern(v) if code == _REF and type(v) is str else _decode(where, tp, v) for v in column]


def _shared(column: tuple[str, ...]) -> list[str]:
    """The column with one string per distinct text: an owner, unit or requirement text repeated on
    thousands of rows is held once (equal strings are interchangeable, so the map is the same)."""
    seen: dict[str, str] = {}
    return [seen.setdefault(value, value) for value in column]


def defaults(cls: type) -> dict[str, Any]:
    """The fields of an entity class that have a default value, with it."""
    return {f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}


def _decode(where: str, tp: Any, value: Any) -> Any:  # noqa: C901 - one branch per type
    base, optional = _unwrap(tp)
    if value is None:
        if optional:
            return None
        raise RowError(f"{where}: empty")
    if isinstance(base, type) and issubclass(base, enum.Enum):
        try:
            return base(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in base)
            raise RowError(f"{where}: {value!r} is not one of {allowed}") from None
    if base is bool:
        if isinstance(value, float) or value not in (0, 1):
            raise RowError(f"{where}: not a yes/no value")
        return bool(value)
    if base is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RowError(f"{where}: not a whole number")
        return value
    if base is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise RowError(f"{where}: not a number")
        try:
            return float(value)
        except OverflowError:
            raise RowError(f"{where}: number too large") from None
    if base is str:
        if not isinstance(value, str):
            raise RowError(f"{where}: not text")
        return value
    if base is bytes:
        if not isinstance(value, bytes):
            raise RowError(f"{where}: not binary data")
        return value
    raise RowError(f"{where}: unsupported type")
