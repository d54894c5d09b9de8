"""The touchpoint table as CSV: one row per touchpoint, for spreadsheets, and back.

Export writes the columns of ``COLUMNS`` with headers and channel/evidence names in the map's language,
UTF-8 with a byte-order mark (so Excel reads it as UTF-8) and the delimiter a spreadsheet in that language
expects (``;`` for Russian, ``,`` otherwise). Rows go stage by stage, lane by lane, top to bottom.

Import reads the encodings of ``io.encodings`` (decided, or chosen by the user; a file whose encoding
cannot be decided is refused in one line), with ``;``, ``,`` or tab
(found from the header line, as the feedback import does), with English or Russian headers in any order.
Stages and lanes are found by title and created when missing; channels and evidence levels are read from
their stored value or their English or Russian name.
Every error names the line and the column: ``line 7, Channel: unknown channel "pigeon"``, in the map's
language (``строка 7, Канал: неизвестный канал: «голубь»``, ``io.csv_problems``).

A cell that starts with ``= + - @`` is written with a leading apostrophe so a spreadsheet shows it as text
instead of running it as a formula; import removes that apostrophe again. A cell of apostrophes before such
a start gets one more, so what the user typed (``'=quoted``) comes back as typed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Channel, Evidence, Lane, LaneKind, MapInfo, Stage, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.quality import touchpoint_summary
from cxdesigner.domain.values import parse_yes_no
from cxdesigner.io import csv_problems, feedback_csv, labels
from cxdesigner.io.errors import FormatError, at_line

# field -> (English header, Russian header); the export writes them in this order.
COLUMNS: dict[str, tuple[str, str]] = {
    "stage": ("Stage", "Этап"),
    "lane": ("Lane", "Дорожка"),
    "channel": ("Channel", "Канал"),
    "owner": ("Owner", "Ответственный"),
    "title": ("Title", "Название"),
    "description": ("Description", "Описание"),
    "moment_of_truth": ("Moment of truth", "Момент истины"),
    "evidence": ("Evidence", "Основание"),
    "requirements": ("Requirements met", "Требования выполнены"),
}
_HEADER_SYNONYMS = {
    "touchpoint": "title",
    "точка контакта": "title",
    "name": "title",
    "заголовок": "title",
    "строка": "lane",
    "requirements": "requirements",
    "требования": "requirements",
}
REQUIRED = ("stage", "title")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_YES_NO = {"en": ("yes", ""), "ru": ("да", "")}


# -------------------------------------------------------------------- writing
def dumps(journey: JourneyMap, delimiter: str | None = None) -> str:
    """The touchpoint table as CSV text (encode it with ``utf-8-sig`` for Excel)."""
    lang = "ru" if journey.info.language == "ru" else "en"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter or (";" if lang == "ru" else ","), lineterminator="\r\n")
    header, rows = table(journey)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return out.getvalue()


def table(journey: JourneyMap) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of the touchpoint table, in the map's language (the CSV's and the workbook's)."""
    lang = "ru" if journey.info.language == "ru" else "en"

    def rows() -> Iterator[list[str]]:
        lanes = journey.lanes()
        for stage in journey.stages():
            for lane in lanes:
                for tp in journey.cell(stage.id, lane.id):
                    yield _values(journey, tp, stage, lane, lang)

    return [names[lang == "ru"] for names in COLUMNS.values()], rows()


def to_bytes(journey: JourneyMap, delimiter: str | None = None) -> bytes:
    """The CSV file's bytes: UTF-8 with a byte-order mark."""
    return dumps(journey, delimiter).encode("utf-8-sig")


def _values(journey: JourneyMap, tp: Touchpoint, stage: Stage, lane: Lane, lang: str) -> list[str]:
    summary = touchpoint_summary(journey, tp.id)
    met = {"en": "met", "ru": "выполнено"}[lang]
    return [
        stage.title,
        lane.title,
        labels.name(labels.CHANNELS, tp.channel, lang),
        tp.owner,
        tp.title,
        tp.description,
        _YES_NO[lang][0] if tp.moment_of_truth else _YES_NO[lang][1],
        labels.name(labels.EVIDENCE, tp.evidence, lang),
        f"{summary.met}/{summary.total} {met}" if summary.total else "",
    ]


def _safe(value: str) -> str:
    """A leading apostrophe before a formula start, and before an apostrophe the import would take for one
    (so a title written as ``'=quoted`` comes back as typed)."""
    quoted = value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START)
    return "'" + value if value.startswith(_FORMULA_START) or quoted else value


# -------------------------------------------------------------------- reading
def decode(data: bytes, encoding: str | None = None) -> str:
    """The file's text; ``encoding`` None decides it (``io.encodings``), or refuses in one line."""
    try:
        return feedback_csv.decode(data, encoding)[0]
    except feedback_csv.CsvError as exc:
        raise FormatError("", str(exc)) from None


Progress = Callable[[int], None]
"""Told the number of rows read so far, every ``PROGRESS_ROWS`` rows."""
PROGRESS_ROWS = 10_000


def loads(data: bytes, title: str = "", encoding: str | None = None, progress: Progress | None = None) -> JourneyMap:
    """A new map from a CSV file's bytes: the standard lanes, then the stages, lanes and cards of the rows."""
    text = decode(data, encoding)
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in text[:4096]) else "en"
    journey = JourneyMap(MapInfo(id=new_id(), title=title, language=lang))
    templates.add_standard_lanes(journey, lang)
    read_into(journey, text, progress)
    return journey


def read_into(journey: JourneyMap, text: str, progress: Progress | None = None) -> list[Any]:
    """Add the rows of CSV ``text`` to ``journey``; returns the added entities (stages, lanes, cards).

    Each row costs the same however many came before: a cell's order is counted as its rows arrive."""
    return read_rows_into(journey, _rows(text), progress)


def read_rows_into(
    journey: JourneyMap,
    rows: Iterator[tuple[int, list[str]]],
    progress: Progress | None = None,
    where: Callable[[int, str], str] = at_line,
    unquote: bool = True,
) -> list[Any]:
    """Add the touchpoint rows (line number, cells; the first names the columns) to ``journey``.

    ``where`` words the place of an error (a CSV's line, a workbook's sheet and row); ``unquote`` removes
    the apostrophe the CSV export puts before a formula start. An error is said in the map's language."""
    try:
        return _read_rows_into(journey, rows, progress, where, unquote)
    except FormatError as exc:
        raise csv_problems.in_language(exc, journey.info.language) from None


def _read_rows_into(
    journey: JourneyMap,
    rows: Iterator[tuple[int, list[str]]],
    progress: Progress | None,
    where: Callable[[int, str], str],
    unquote: bool,
) -> list[Any]:
    try:
        line, header = next(rows)
    except StopIteration:
        raise FormatError(where(1, ""), "the file is empty; the first line names the columns") from None
    try:
        columns = _columns(header, line)
    except FormatError as exc:
        raise FormatError(_relocated(exc.where, where), exc.what) from None
    heads = {field: head for field, head in columns}
    builder = _Builder(journey)
    for count, (line, cells) in enumerate(rows, 1):
        if progress is not None and count % PROGRESS_ROWS == 0:
            progress(count)
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns):
            raise FormatError(where(line, ""), f"{len(cells)} cells, but the first line names {len(columns)} columns")
        fix = _unsafe if unquote else str
        values = {field: fix(cells[i]) if i < len(cells) else "" for i, (field, _) in enumerate(columns)}
        try:
            builder.add_row(line, values, heads)
        except FormatError as exc:
            raise FormatError(_relocated(exc.where, where), exc.what) from None
    return builder.added


def _relocated(place: str, where: Callable[[int, str], str]) -> str:
    """An ``at_line`` place (``line 7, Channel``) worded by ``where``."""
    if where is at_line or not place.startswith("line "):
        return place
    number, _, field = place[5:].partition(", ")
    return where(int(number), field)


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    first, _, rest = text.partition("\n")
    start = 1
    hint = first.strip().lower()
    if len(hint) == 5 and hint.startswith("sep="):  # Excel's "sep=;" line names the delimiter
        delimiter, text, start = hint[4], rest, 2
    else:
        delimiter = feedback_csv.sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    offset = start - 1
    try:
        for cells in reader:
            yield start, cells
            start = offset + reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(at_line(start), f"not valid CSV ({exc})") from None


def _columns(header: list[str], line: int) -> list[tuple[str, str]]:
    known: dict[str, str] = {labels.normalise(field): field for field in COLUMNS}
    for field, names in COLUMNS.items():
        known.update({labels.normalise(n): field for n in names})
    known.update(_HEADER_SYNONYMS)
    columns: list[tuple[str, str]] = []
    for head in header:
        field = known.get(labels.normalise(head))
        if field is None:
            names = ", ".join(en for en, _ru in COLUMNS.values())
            raise FormatError(at_line(line, head or "(empty)"), f"unknown column; the columns are {names}")
        if any(f == field for f, _ in columns):
            raise FormatError(at_line(line, head), "this column appears twice")
        columns.append((field, head.strip()))
    for field in REQUIRED:
        if all(f != field for f, _ in columns):
            raise FormatError(at_line(line), f'no "{COLUMNS[field][0]}" column')
    return columns


def _unsafe(value: str) -> str:
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START) else value


def _yes_no(text: str) -> bool | None:
    try:
        return parse_yes_no(text)
    except ValueError:
        return None


def _parsed(values: dict[str, str], heads: dict[str, str], field: str, line: int, parse: Any, problem: str) -> Any:
    """The parsed value of an optional column, None when empty; a FormatError when unreadable."""
    text = values.get(field, "").strip()
    if not text:
        return None
    value = parse(text)
    if value is None:
        raise FormatError(at_line(line, heads[field]), f'{problem}: "{text}"')
    return value


class _Builder:
    """Turns rows into touchpoints, finding or creating their stage and lane by title."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.added: list[Any] = []
        self.stages = {labels.normalise(s.title): s for s in reversed(journey.stages())}
        self.lanes = {labels.normalise(lane.title): lane for lane in reversed(journey.lanes())}
        # Orders kept as rows arrive, so a row costs the same however many came before (no per-row sort).
        self._next_order: dict[tuple[str, str], float] = {}
        self._stage_order = max((s.order for s in self.stages.values()), default=-1.0)
        self._lane_order = max((lane.order for lane in self.lanes.values()), default=-1.0)
        self._default_lane: Lane | None = None

    def add_row(self, line: int, values: dict[str, str], heads: dict[str, str]) -> None:
        for field in REQUIRED:
            if not values[field].strip():
                raise FormatError(at_line(line, heads[field]), "empty")
        channel = _parsed(values, heads, "channel", line, labels.channel_from, "unknown channel")
        evidence = _parsed(values, heads, "evidence", line, labels.evidence_from, "unknown evidence level")
        moment = _parsed(values, heads, "moment_of_truth", line, _yes_no, "not yes or no")
        stage = self._stage(values["stage"], line)
        lane = self._lane(values.get("lane", ""), line)
        tp = Touchpoint(
            id=new_id(),
            stage_id=stage.id,
            lane_id=lane.id,
            title=values["title"],
            order=self._order_in(stage.id, lane.id),
            description=values.get("description", ""),
            channel=channel or Channel.OTHER,
            owner=values.get("owner", ""),
            moment_of_truth=bool(moment),
            evidence=evidence or Evidence.HYPOTHESIS,
        )
        self._add(tp, line)
        self._next_order[(stage.id, lane.id)] = tp.order + 1.0

    def _order_in(self, stage_id: str, lane_id: str) -> float:
        """Below the last card of the cell: read from the map once per cell, then counted."""
        key = (stage_id, lane_id)
        if key not in self._next_order:
            cell = self.journey.cell(stage_id, lane_id)
            self._next_order[key] = cell[-1].order + 1.0 if cell else 0.0
        return self._next_order[key]

    def _stage(self, title: str, line: int) -> Stage:
        key = labels.normalise(title)
        if key not in self.stages:
            self._stage_order += 1.0
            self.stages[key] = self._add(Stage(id=new_id(), title=title, order=self._stage_order), line)
        return self.stages[key]

    def _lane(self, title: str, line: int) -> Lane:
        if not title.strip():
            if self._default_lane is None:
                first = next((lane for lane in self.journey.lanes() if lane.kind is LaneKind.TOUCHPOINTS), None)
                name = labels.name(labels.LANE_KINDS, LaneKind.TOUCHPOINTS, self.journey.info.language)
                self._default_lane = first or self._lane(name, line)
            return self._default_lane
        key = labels.normalise(title)
        if key not in self.lanes:
            self._lane_order += 1.0
            kind = labels.lane_kind_from(title) or LaneKind.TOUCHPOINTS
            self.lanes[key] = self._add(Lane(id=new_id(), title=title, order=self._lane_order, kind=kind), line)
        return self.lanes[key]

    def _add(self, entity: Any, line: int) -> Any:
        try:
            self.journey.add(entity)
        except ModelError as exc:
            raise FormatError(at_line(line), str(exc)) from None
        self.added.append(entity)
        return entity
