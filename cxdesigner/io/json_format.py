"""The JSON exchange format: a canonical text form of a whole map, made to diff well in git.

``{"format": "cxdesigner", "version": N, "map": {...}, "stages": [...], "lanes": [...], ...}`` with one list
per kind of ``domain.kinds.KINDS``, in that order, so kinds added later flow through without changes here.
Each object is the kind's table row (``storage.codec.to_row``: the dataclass's fields in their order, enums
as their values, booleans as 0/1, bytes (a picture) as standard base64 text). Ordered kinds are sorted by
``order`` then ``id``, the others by ``id``.
The text is UTF-8 (not escaped), indented by 2, ends with a newline, and floats are written with ``repr`` so a
value reads back bit for bit. ``dumps(loads(t)) == t`` for every ``t`` that ``dumps`` wrote.

Reading validates every value through the codec and every entity through ``JourneyMap.load``; an error
names the JSON path and field (``stages[3].width: not a number``). See docs/file-format.md.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import math
from typing import Any

from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.kinds import KINDS, Kind
from cxdesigner.io.errors import FormatError
from cxdesigner.storage.codec import RowError, binary_fields, defaults, from_row, to_row
from cxdesigner.storage.migrations import SCHEMA_VERSION

FORMAT = "cxdesigner"
MAP_KEY = "map"
_INFO = KINDS[0]  # the single map-info record, written under "map"
_LISTS = KINDS[1:]


# -------------------------------------------------------------------- writing
def to_document(journey: JourneyMap) -> dict[str, Any]:
    """The map as plain JSON values, in the canonical key and list order."""
    doc: dict[str, Any] = {"format": FORMAT, "version": SCHEMA_VERSION, MAP_KEY: _row(journey.info, MAP_KEY)}
    for kind in _LISTS:
        items = journey.all(kind.cls)
        items.sort(key=(lambda e: (e.order, e.id)) if kind.ordered else (lambda e: e.id))
        doc[kind.name] = [_row(e, f"{kind.name}[{i}]") for i, e in enumerate(items)]
    return doc


def _row(entity: Any, where: str) -> dict[str, Any]:
    row = to_row(entity)
    for name, value in row.items():
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{where}.{name}: {value} cannot be written to JSON")
        if isinstance(value, bytes):
            row[name] = base64.b64encode(value).decode("ascii")
    return row


def dumps(journey: JourneyMap) -> str:
    """The canonical JSON text of a map."""
    return json.dumps(to_document(journey), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# -------------------------------------------------------------------- reading
def loads(text: str | bytes) -> JourneyMap:
    """A new map from JSON text; ``FormatError`` naming the path and field of the first problem."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(f"byte {exc.start}", "not UTF-8 text; save the file as UTF-8") from None
    try:
        doc = json.loads(text, parse_constant=_no_constant, parse_float=_finite, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise FormatError(f"line {exc.lineno}, column {exc.colno}", exc.msg) from None
    except _DuplicateKey as exc:
        raise FormatError("", f"the key {exc.args[0]!r} appears twice in one object") from None
    except _BadConstant as exc:
        raise FormatError("", f"{exc.args[0]} is not a number a map can hold") from None
    except RecursionError:
        raise FormatError("", "nested too deeply to be a map") from None
    return from_document(doc)


def from_document(doc: Any) -> JourneyMap:
    """A new map from parsed JSON values, validated field by field and entity by entity."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FormatError("format", f'not a CX Designer map (expected "format": "{FORMAT}")')
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatError("version", "not a schema version (a whole number from 1)")
    if version > SCHEMA_VERSION:
        raise FormatError(
            "version", f"made by a newer CX Designer (version {version}; this one reads up to {SCHEMA_VERSION})"
        )
    known = {"format", "version", MAP_KEY, *(k.name for k in _LISTS)}
    for key in doc:
        if key not in known:
            raise FormatError(key, "unknown key")
    journey = JourneyMap(_entity(_INFO, doc.get(MAP_KEY), MAP_KEY))
    for kind in _LISTS:
        rows = doc.get(kind.name, [])
        if not isinstance(rows, list):
            raise FormatError(kind.name, "not a list")
        for i, row in enumerate(rows):
            where = f"{kind.name}[{i}]"
            entity = _entity(kind, row, where)
            try:
                journey.load((entity,))
            except ModelError as exc:
                raise _model_error(exc, kind, where) from None
    return journey


def _entity(kind: Kind, row: Any, where: str) -> Any:
    if not isinstance(row, dict):
        raise FormatError(where, "not an object")
    names = [f.name for f in dataclasses.fields(kind.cls)]
    for key in row:
        if key not in names:
            raise FormatError(f"{where}.{key}", "unknown field")
    filled = defaults(kind.cls) | row
    for name in names:
        if name not in filled:
            raise FormatError(f"{where}.{name}", "missing")
    for name in binary_fields(kind.cls):
        filled[name] = _from_base64(filled[name], f"{where}.{name}")
    try:
        return from_row(kind, filled, where)
    except RowError as exc:
        where_field, _, what = str(exc).partition(": ")
        raise FormatError(where_field, what) from None


def _model_error(exc: ModelError, kind: Kind, where: str) -> FormatError:
    message = str(exc)
    if not exc.field:
        return FormatError(where, message)
    return FormatError(f"{where}.{exc.field}", message.removeprefix(f"{kind.name}.{exc.field} "))


def _from_base64(value: Any, where: str) -> bytes:
    if isinstance(value, bytes):  # a default
        return value
    if not isinstance(value, str):
        raise FormatError(where, "not base64 text")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise FormatError(where, "not base64 text") from None


class _DuplicateKey(ValueError):
    pass


class _BadConstant(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constant(name: str) -> float:
    raise _BadConstant(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadConstant(text)
    return value
