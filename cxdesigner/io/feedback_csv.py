"""Feedback items from a CSV file, the way spreadsheets write one (see docs/feedback-csv.md).

Reading happens in three steps so that a dialog can show each one: ``read_table`` decodes the bytes
(``io.encodings``: a BOM, UTF-8, clear Windows-1251, else charset-normalizer's choice, or the user's), finds
the delimiter (``;``, ``,`` or a tab) and splits the rows, remembering the line each row starts on;
``guess_mapping`` proposes which column feeds which field; ``build_items`` turns the rows into
``FeedbackItem`` objects and lists every bad row with its line number and field. An Excel workbook
(``.xlsx``) is read the same way, through ``io.workbook``'s streaming reader: its voice-of-the-customer
sheet when it is one of our exports, else its first sheet; its problems name the sheet and the row. Nothing
here touches the map: the caller adds the items in one undoable step.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from cxdesigner.domain.entities import Persona, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource, check_feedback
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.io import encodings

FIELDS = ("touchpoint", "source", "score", "scale_min", "scale_max", "text", "date", "persona")
DELIMITERS = (";", ",", "\t")
MAX_BYTES = 50_000_000
BINARY = "The file holds binary data, not a table; export it from the spreadsheet as CSV."

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "touchpoint": ("touchpoint", "touchpoint id", "touch point", "точка контакта", "точка касания", "точка"),
    "source": ("source", "channel of feedback", "источник", "вид"),
    "score": ("score", "rating", "grade", "оценка", "балл", "баллы"),
    "scale_min": ("scale min", "scale_min", "scale from", "min", "from", "минимум", "мин", "шкала от", "от"),
    "scale_max": ("scale max", "scale_max", "scale to", "max", "to", "максимум", "макс", "шкала до", "до"),
    "text": ("text", "comment", "feedback", "текст", "комментарий", "отзыв клиента"),
    "date": ("date", "дата"),
    "persona": ("persona", "segment", "персона", "сегмент"),
}

SOURCE_WORDS: dict[str, FeedbackSource] = {
    **{s.value: s for s in FeedbackSource},
    **{s.value.replace("_", " "): s for s in FeedbackSource},
    "опрос": FeedbackSource.SURVEY,
    "анкета": FeedbackSource.SURVEY,
    "интервью": FeedbackSource.INTERVIEW,
    "отзыв": FeedbackSource.REVIEW,
    "жалоба": FeedbackSource.COMPLAINT,
    "оценка чата": FeedbackSource.CHAT_RATING,
    "оценка звонка": FeedbackSource.CALL_RATING,
    "наблюдение": FeedbackSource.OBSERVATION,
}

_TIME_SUFFIX = re.compile(r"^(\S+)[ T]\d{1,2}:\d{2}(:\d{2})?$")


class CsvError(ValueError):
    """The file cannot be read as a table at all (one-line message)."""


@dataclass(frozen=True)
class CsvTable:
    """The decoded rows of a CSV file, each with the line it starts on."""

    rows: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str
    sheet: str = ""  # a workbook's sheet the rows come from ("" for a CSV file)

    @property
    def width(self) -> int:
        return max((len(cells) for _line, cells in self.rows), default=0)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one field of one row."""

    line: int
    field: str
    message: str
    sheet: str = ""  # a workbook's sheet: then ``line`` is its row

    def __str__(self) -> str:
        where = f"sheet {self.sheet}, row {self.line}" if self.sheet else f"line {self.line}"
        return f"{where}, {self.field}: {self.message}"


@dataclass
class ImportResult:
    """The items the good rows make, and the problems of the bad ones."""

    items: list[FeedbackItem] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)
    rows: int = 0


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding's name (``io.encodings``: None decides it); raises ``CsvError``."""
    try:
        text, name = encodings.decode(data, encoding)
    except encodings.EncodingError as exc:
        raise CsvError(BINARY if b"\x00" in data else str(exc)) from None
    if "\x00" in text:
        raise CsvError(BINARY)
    return text, name


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first line into the most columns (``;`` wins a tie, then ``,``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: len(next(csv.reader([first], delimiter=d), [])) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))


def read_table(data: bytes, delimiter: str | None = None, encoding: str | None = None) -> CsvTable:
    """Decode and split a CSV file; ``delimiter`` None means sniff it, ``encoding`` None decide it.

    Raises ``CsvError``. A workbook (its bytes are a zip) is read by ``read_workbook``.
    """
    if data[:4] == b"PK\x03\x04":
        return read_workbook(data)
    if len(data) > MAX_BYTES:
        raise CsvError("The file is larger than 50 MB; split it and import the parts.")
    text, encoding = decode(data, encoding)
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvError(f"Line {start}: {exc}; check the quotes on that line.") from exc
    return CsvTable(rows=rows, delimiter=delim, encoding=encoding)


def read_workbook(data: bytes) -> CsvTable:
    """The rows of a workbook's feedback sheet (an export's "Voice of the customer"), else its first sheet,
    read in openpyxl's read-only mode; a file that is not a plain workbook raises ``CsvError`` in one line."""
    from cxdesigner.io import workbook
    from cxdesigner.io.errors import FormatError

    if len(data) > MAX_BYTES:
        raise CsvError("The file is larger than 50 MB; split it and import the parts.")
    try:
        name, first, rest = workbook.first_sheet_rows(data, workbook.FEEDBACK_SHEETS)
        rows = [] if first is None else [(1, first)]
        rows += [(number, cells) for number, cells in rest if any(c.strip() for c in cells)]
    except FormatError as exc:
        raise CsvError(str(exc)) from None
    return CsvTable(rows=rows, delimiter="", encoding="xlsx", sheet=name)


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").strip().lower().split())


def guess_mapping(header: list[str] | None, width: int) -> dict[str, int | None]:
    """Which column feeds which field: by the header's words, or (no header) in the documented order."""
    if header is None:
        return {name: (i if i < width else None) for i, name in enumerate(FIELDS)}
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    names = [_norm(h) for h in header]
    for name in FIELDS:
        words = {_norm(w) for w in (name, *HEADER_WORDS[name])}
        for index, column in enumerate(names):
            if column in words and index not in mapping.values():
                mapping[name] = index
                break
    return mapping


@dataclass(frozen=True)
class Defaults:
    """Values for fields that a row leaves empty or that no column feeds."""

    source: FeedbackSource = FeedbackSource.SURVEY
    scale_min: float = 1.0
    scale_max: float = 5.0


class _Lookup:
    """Touchpoints and personas by id or by name (case-insensitive)."""

    def __init__(self, journey: JourneyMap) -> None:
        self.touchpoints = self._index([(t.id, t.title) for t in journey.all(Touchpoint)])
        self.personas = self._index([(p.id, p.name) for p in journey.all(Persona)])

    @staticmethod
    def _index(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for entity_id, name in pairs:
            index.setdefault(entity_id, []).append(entity_id)
            key = _norm(name)
            if key and key != entity_id:
                index.setdefault(key, []).append(entity_id)
        return index

    @staticmethod
    def find(index: dict[str, list[str]], text: str, what: str) -> str:
        found = index.get(text.strip()) or index.get(_norm(text)) or []
        if not found:
            raise ValueError(f"no {what} called “{text.strip()[:60]}”")
        if len(set(found)) > 1:
            raise ValueError(f"{len(set(found))} {what}s are called “{text.strip()[:60]}”; use the id instead")
        return found[0]


def build_items(
    journey: JourneyMap,
    table: CsvTable,
    mapping: Mapping[str, int | None],
    has_header: bool = True,
    defaults: Defaults | None = None,
) -> ImportResult:
    """Feedback items from the table's rows; every bad field of every row is reported with its line."""
    defaults = defaults or Defaults()
    lookup = _Lookup(journey)
    result = ImportResult()
    rows = table.rows[1:] if has_header else table.rows
    for line, cells in rows:
        result.rows += 1
        item, problems = _build_row(lookup, line, cells, mapping, defaults, table.sheet)
        if problems:
            result.problems.extend(problems)
            result.bad_lines.append(line)
        elif item is not None:
            result.items.append(item)
    return result


def _build_row(
    lookup: _Lookup,
    line: int,
    cells: list[str],
    mapping: Mapping[str, int | None],
    defaults: Defaults,
    sheet: str = "",
) -> tuple[FeedbackItem | None, list[RowProblem]]:
    def cell(name: str) -> str:
        index = mapping.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    problems: list[RowProblem] = []
    values: dict[str, object] = {}
    readers = {
        "touchpoint": lambda t: lookup.find(lookup.touchpoints, t, "touchpoint"),
        "source": _source,
        "score": lambda t: parse_number(t) if t else None,
        "scale_min": lambda t: parse_number(t) if t else defaults.scale_min,
        "scale_max": lambda t: parse_number(t) if t else defaults.scale_max,
        "date": _date,
        "persona": lambda t: lookup.find(lookup.personas, t, "persona") if t else "",
        "text": lambda t: t,
    }
    for name, read in readers.items():
        text = cell(name)
        if name == "touchpoint" and not text:
            problems.append(RowProblem(line, name, "empty; every row needs a touchpoint (title or id)", sheet))
            continue
        if name == "source" and not text:
            values[name] = defaults.source
            continue
        try:
            values[name] = read(text)
        except ValueError as exc:
            problems.append(RowProblem(line, name, str(exc), sheet))
    if problems:
        return None, problems
    item = FeedbackItem(
        id=new_id(),
        touchpoint_id=str(values["touchpoint"]),
        source=values["source"],  # type: ignore[arg-type]
        score=values["score"],  # type: ignore[arg-type]
        scale_min=float(values["scale_min"]),  # type: ignore[arg-type]
        scale_max=float(values["scale_max"]),  # type: ignore[arg-type]
        text=str(values["text"]),
        date=str(values["date"]),
        persona_id=str(values["persona"]),
    )
    problem = check_feedback(item)
    if problem:
        return None, [RowProblem(line, problem[0], problem[1], sheet)]
    return item, []


def _source(text: str) -> FeedbackSource:
    found = SOURCE_WORDS.get(_norm(text))
    if found is None:
        names = ", ".join(s.value for s in FeedbackSource)
        raise ValueError(f"“{text[:40]}” is not a source ({names})")
    return found


def _date(text: str) -> str:
    if not text:
        return ""
    timed = _TIME_SUFFIX.match(text)
    return parse_date(timed.group(1) if timed else text)
