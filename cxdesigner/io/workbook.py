"""The map as an Excel workbook (openpyxl), and a workbook's touchpoint sheet back into a new map.

Export writes six sheets in the map's language: the touchpoints (the CSV's columns, in the CSV's order),
the quality requirements with their status, the voice of the customer, the emotions per persona, the
barriers and the improvements. Each has a frozen header row, an autofilter and columns as wide as their
text (within limits); numbers, yes/no values and ISO dates are written as numbers, booleans and dates, not
as text. Every text cell is stored as text, so a title that starts with ``=`` never becomes a formula, and
characters XML forbids are dropped by the one rule of ``io.xml_text``.

Import reads the first sheet laid out like our CSV (the touchpoint sheet of an export, or any sheet with
those headers) in openpyxl's read-only mode, so a 50,000-row sheet streams; an error names the sheet, the
row and the column. A file that is not a workbook (a renamed zip, a zip bomb, a macro-enabled ``.xlsm``)
is refused in one line.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import sys
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from cxdesigner.domain import templates
from cxdesigner.domain.entities import MapInfo, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem, measured_emotion
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement, Status, read_value, status
from cxdesigner.export.catalogue import say
from cxdesigner.io import csv_format
from cxdesigner.io.errors import FormatError
from cxdesigner.io.files import check_zip, write_bytes_atomic
from cxdesigner.io.xml_text import fit_for_xml

MAX_WIDTH = 60  # characters: a long description wraps in Excel rather than pushing the sheet sideways
MAX_UNPACKED = 512 * 1024 * 1024  # a workbook that unpacks to more is refused as a zip bomb
MAX_RATIO = 200  # nor may any one part unpack to more than this many times its packed size

FEEDBACK_SHEETS = ("Voice of the customer", "Голос клиента")  # the export's feedback sheet, in both languages
_SHEETS = {
    "touchpoints": ("Touchpoints", "Точки контакта"),
    "requirements": ("Requirements", "Требования"),
    "feedback": FEEDBACK_SHEETS,
    "emotions": ("Emotions", "Эмоции"),
    "barriers": ("Barriers", "Барьеры"),
    "improvements": ("Improvements", "Улучшения"),
}
_HEADERS = {
    "requirements": (
        ("Stage", "Touchpoint", "Requirement", "Indicator", "Target", "Unit", "Measured", "Status", "Owner",
         "Checked on"),
        ("Этап", "Точка контакта", "Требование", "Показатель", "Цель", "Единица", "Измерено", "Статус",
         "Ответственный", "Проверено"),
    ),
    "feedback": (
        ("Stage", "Touchpoint", "Source", "Score", "Scale from", "Scale to", "Text", "Date", "Persona"),
        ("Этап", "Точка контакта", "Источник", "Оценка", "Шкала от", "Шкала до", "Текст", "Дата", "Персона"),
    ),
    "emotions": (
        ("Stage", "Touchpoint", "Persona", "Designed", "Measured"),
        ("Этап", "Точка контакта", "Персона", "Задумано", "Измерено"),
    ),
    "barriers": (
        ("Stage", "Touchpoint", "Barrier", "Share lost"),
        ("Этап", "Точка контакта", "Барьер", "Доля потерь"),
    ),
    "improvements": (
        ("Improvement", "Owner", "Status", "Effort", "Impact", "Due", "Expected effect"),
        ("Улучшение", "Ответственный", "Статус", "Усилия", "Эффект", "Срок", "Ожидаемый результат"),
    ),
}
_STATUS = {
    Status.MET: ("met", "выполнено"),
    Status.NOT_MET: ("not met", "не выполнено"),
    Status.NOT_CHECKED: ("not checked", "не проверено"),
}


# -------------------------------------------------------------------- writing
def to_bytes(journey: JourneyMap) -> bytes:
    """The workbook's bytes."""
    from openpyxl import Workbook

    ru = journey.info.language == "ru"
    book = Workbook()
    book.remove(book.active)
    header, rows = csv_format.table(journey)
    moment = list(csv_format.COLUMNS).index("moment_of_truth")  # "yes" / "" in the CSV, a yes/no cell here
    cards = ([*row[:moment], row[moment] != "", *row[moment + 1 :]] for row in rows)
    sheets: list[tuple[str, Iterable[str], Iterable[list[Any]]]] = [("touchpoints", header, cards)]
    sheets += [(key, _HEADERS[key][ru], make(journey, ru)) for key, make in _ROWS.items()]
    for key, head, body in sheets:
        _fill(book.create_sheet(_SHEETS[key][ru]), list(head), body)
    return _saved(book)


def _saved(book: Any) -> bytes:
    """The workbook's bytes. openpyxl writes each sheet through a temporary file; when that fails (a full
    disk, a file size limit) its half-run sheet writers complain as they are collected, so they are
    collected here, quietly, and the one ``OSError`` goes on to the caller's one line."""
    out = io.BytesIO()
    failure: OSError | None = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            book.save(out)
        except OSError as exc:
            failure = OSError(exc.errno, exc.strerror)
        except Exception as exc:  # noqa: BLE001 - lxml's writer reports a full disk as "IO_ENOSPC", not OSError
            failure = _as_os_error(exc)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure
    return out.getvalue()


def _fill(sheet: Any, header: list[str], rows: Iterable[list[Any]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [len(h) for h in header]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in rows:
        count += 1
        sheet.append([_cell_value(v) for v in row])
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(str(value)) if value is not None else 0)
    for cell_row in sheet.iter_rows(min_row=2):
        for cell in cell_row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)


def _as_os_error(exc: Exception) -> OSError:
    text = str(exc)
    for name in ("ENOSPC", "EFBIG", "EDQUOT", "EIO"):
        if f"IO_{name}" in text and hasattr(errno, name):
            code = getattr(errno, name)
            return OSError(code, os.strerror(code))
    return OSError(errno.EIO, f"the workbook could not be written ({type(exc).__name__})")


def _cell_value(value: Any) -> Any:
    return fit_for_xml(value) if isinstance(value, str) else value


def _number(text: str, comparison: Comparison = Comparison.AT_LEAST) -> Any:
    """A requirement's target or measured value as a number or yes/no where it reads as one, else its text."""
    if not text.strip():
        return None
    try:
        return read_value(comparison, text)
    except ValueError:
        return text


def _day(text: str) -> Any:
    try:
        return date.fromisoformat(text) if len(text) == 10 else (text or None)
    except ValueError:
        return text


def _places(journey: JourneyMap) -> dict[str, tuple[str, str]]:
    stages = {s.id: s.title for s in journey.stages()}
    return {tp.id: (stages.get(tp.stage_id, ""), tp.title) for tp in journey.all(Touchpoint)}


def _requirements(journey: JourneyMap, ru: bool) -> Iterator[list[Any]]:
    places = _places(journey)
    for req in journey.all(QualityRequirement):
        stage, title = places.get(req.touchpoint_id, ("", ""))
        yield [
            stage, title, req.text, req.indicator, _number(req.target, req.comparison), req.unit,
            _number(req.measured, req.comparison), _STATUS[status(req)][ru], req.owner, _day(req.checked_on),
        ]


def _feedback(journey: JourneyMap, ru: bool) -> Iterator[list[Any]]:
    places = _places(journey)
    personas = {p.id: p.name for p in journey.personas()}
    for item in journey.all(FeedbackItem):
        stage, title = places.get(item.touchpoint_id, ("", ""))
        yield [
            stage, title, say(f"source_{item.source.value}", "ru" if ru else "en"), item.score,
            item.scale_min, item.scale_max, item.text,
            _day(item.date), personas.get(item.persona_id, ""),
        ]


def _emotions(journey: JourneyMap, ru: bool) -> Iterator[list[Any]]:
    places = _places(journey)
    personas = journey.personas()
    for tp in journey.all(Touchpoint):
        stage, title = places[tp.id]
        for persona in personas:
            designed = journey.emotion(tp.id, persona.id)
            measured = measured_emotion(journey, tp.id, persona.id)
            if designed is not None or measured is not None:
                yield [stage, title, persona.name, designed.designed if designed else None, measured]


def _barriers(journey: JourneyMap, ru: bool) -> Iterator[list[Any]]:
    places = _places(journey)
    stages = {s.id: s.title for s in journey.stages()}
    for barrier in journey.all(Barrier):
        stage, title = places.get(barrier.touchpoint_id, (stages.get(barrier.stage_id, ""), ""))
        yield [stage, title, barrier.description, barrier.share_lost]


def _improvements(journey: JourneyMap, ru: bool) -> Iterator[list[Any]]:
    lang = "ru" if ru else "en"
    for item in journey.all(Improvement):
        state = say(f"imp_{item.status.value}", lang)
        yield [item.title, item.owner, state, item.effort, item.impact, _day(item.due), item.effect]


_ROWS: dict[str, Callable[[JourneyMap, bool], Iterator[list[Any]]]] = {
    "requirements": _requirements,
    "feedback": _feedback,
    "emotions": _emotions,
    "barriers": _barriers,
    "improvements": _improvements,
}


def write_workbook(journey: JourneyMap, path: Path, _options: object = None, progress: object = None) -> None:
    """Write the workbook to ``path`` through the one safe writer (the export dialog's worker calls this)."""
    write_bytes_atomic(path, to_bytes(journey), check_zip)


# -------------------------------------------------------------------- reading
def loads(data: bytes, title: str = "") -> JourneyMap:
    """A new map from a workbook: the standard lanes, then the stages, lanes and cards of its first sheet
    laid out like the touchpoint CSV."""
    name, first, rows = first_sheet_rows(data)
    if first is None:
        raise FormatError(f"sheet {name}", "the sheet is empty; its first row names the columns")
    try:
        lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in "".join(first)) else "en"
        journey = JourneyMap(MapInfo(id=new_id(), title=title, language=lang))
        templates.add_standard_lanes(journey, lang)

        def where(row: int, column: str) -> str:
            return f"sheet {name}, row {row}" + (f", {column}" if column else "")

        csv_format.read_rows_into(journey, _chain((1, first), rows), where=where, unquote=False)
        return journey
    finally:
        rows.close()


def first_sheet_rows(
    data: bytes, prefer: Iterable[str] = ()
) -> tuple[str, list[str] | None, Generator[tuple[int, list[str]], None, None]]:
    """The first sheet's name, its first row (None when empty) and its other rows as texts, streaming.

    ``prefer`` names sheets to read instead of the first when the workbook has one (the feedback import
    reads an export's voice-of-the-customer sheet). The workbook stays open while the rows are read and
    closes when they run out (or are dropped)."""
    _check_container(data)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise FormatError("", f"not a readable Excel workbook ({type(exc).__name__})") from None
    if not book.worksheets:
        book.close()
        raise FormatError("", "the workbook has no sheet")
    wanted = set(prefer)
    sheet = next((s for s in book.worksheets if s.title in wanted), book.worksheets[0])
    rows = _text_rows(sheet.iter_rows(values_only=True))
    first = next(rows, None)

    def rest() -> Generator[tuple[int, list[str]], None, None]:
        try:
            yield from rows
        finally:
            book.close()

    if first is None:
        book.close()
        return sheet.title, None, (row for row in ())
    return sheet.title, first[1], rest()


def _chain(first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield first
    yield from rest


def _text_rows(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, list[str]]]:
    """Each row's cells as the texts the CSV reader would see, trailing empty cells dropped."""
    for number, row in enumerate(rows, 1):
        cells = ["" if v is None else _text(v) for v in row]
        while cells and not cells[-1].strip():
            cells.pop()
        yield number, cells


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value)


def _check_container(data: bytes) -> None:
    """Refuse what is not a plain workbook before openpyxl unpacks anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError("", "not an Excel workbook (.xlsx); save the sheet as an Excel workbook") from None
    with archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
            raise FormatError("", "a zip file, but not an Excel workbook (.xlsx)")
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise FormatError("", "the workbook holds macros; save it as a plain .xlsx without them")
        total = 0
        for info in archive.infolist():
            total += info.file_size
            if total > MAX_UNPACKED or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
                raise FormatError("", "the workbook unpacks to far more than its size; it is refused as unsafe")
