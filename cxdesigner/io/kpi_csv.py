"""KPI measurements from a CSV file: one row per value, with the date, the KPI and the value.

The file is read like the feedback CSV (``io.feedback_csv.read_table``: the encodings, a ``;``, ``,`` or
tab delimiter, Excel's quoting). A header line names the columns in English or Russian, in any order
(Date / Дата, KPI / Показатель, Value / Значение). Dates are ISO or ``DD.MM.YYYY``, values may have a
decimal comma and spaces between thousands. A KPI is named by its name (case and ``ё``/``е`` ignored) or
its id. A value for a day that already has one replaces it. Every bad field is reported with its line; a
file with any bad row is refused whole, so nothing is half imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kpis import Kpi, KpiMeasurement, measurements_of
from cxdesigner.domain.storable import MAX_NUMBER
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.io.feedback_csv import CsvError, RowProblem, read_table

FIELDS = ("date", "kpi", "value")
TITLES = {"date": "Date", "kpi": "KPI", "value": "Value"}
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "measured on", "дата", "день", "дата измерения"),
    "kpi": ("kpi", "indicator", "metric", "name", "показатель", "метрика", "kpi name", "название"),
    "value": ("value", "measured", "result", "значение", "величина", "факт", "результат"),
}


@dataclass
class MeasurementImport:
    """What the file brings: (old, new) pairs (old None for a new value), and the problems of bad rows."""

    changes: list[tuple[KpiMeasurement | None, KpiMeasurement]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("ё", "е").replace("Ё", "Е").strip().casefold().split())


def _columns(header: list[str]) -> dict[str, int]:
    names = [_norm(h) for h in header]
    found: dict[str, int] = {}
    for name in FIELDS:
        words = {_norm(w) for w in HEADER_WORDS[name]}
        index = next((i for i, column in enumerate(names) if column in words and i not in found.values()), None)
        if index is None:
            raise CsvError(
                f"Line 1: no {TITLES[name]} column; the header needs Date, KPI and Value (Дата, Показатель, Значение)."
            )
        found[name] = index
    return found


def read_measurements(journey: JourneyMap, data: bytes, encoding: str | None = None) -> MeasurementImport:
    """The measurements a CSV file holds for the map's KPIs; raises ``CsvError`` when it is no such table."""
    table = read_table(data, encoding=encoding)
    if not table.rows:
        raise CsvError("The file is empty: it needs a header (Date, KPI, Value) and one row per value.")
    columns = _columns(table.rows[0][1])
    by_name: dict[str, list[Kpi]] = {}
    for kpi in journey.all(Kpi):
        by_name.setdefault(_norm(kpi.name), []).append(kpi)
        by_name.setdefault(kpi.id, []).append(kpi)
    existing = {(m.kpi_id, m.measured_on): m for k in journey.all(Kpi) for m in measurements_of(journey, k.id)}
    result = MeasurementImport()
    seen: dict[tuple[str, str], int] = {}
    for line, cells in table.rows[1:]:
        result.rows += 1
        wanted = [cells[columns[f]].strip() if columns[f] < len(cells) else "" for f in ("kpi", "date", "value")]
        problems, kpi_id, day, value = _read_row(line, wanted, by_name)
        if not problems and (kpi_id, day) in seen:
            problems.append(
                RowProblem(line, "Date", f"a second value for this KPI on {day} (line {seen[kpi_id, day]})")
            )
        if problems:
            result.problems += problems
            continue
        seen[kpi_id, day] = line
        old = existing.get((kpi_id, day))
        new = KpiMeasurement(id=old.id if old else new_id(), kpi_id=kpi_id, measured_on=day, value=value)
        if old != new:
            result.changes.append((old, new))
    return result


def _read_row(line: int, cells: list[str], by_name: dict[str, list[Kpi]]) -> tuple[list[RowProblem], str, str, float]:
    """A row's problems, KPI id, ISO date and value, from its KPI, date and value cells."""
    text, day_text, value_text = cells
    problems: list[RowProblem] = []
    kpi_id = day = ""
    value = 0.0
    matches = by_name.get(text) or by_name.get(_norm(text)) or []
    if not text:
        problems.append(RowProblem(line, "KPI", "empty; every row names its KPI"))
    elif not matches:
        problems.append(RowProblem(line, "KPI", f"no KPI called “{text[:60]}”"))
    elif len(matches) > 1:
        problems.append(RowProblem(line, "KPI", f"{len(matches)} KPIs are called “{text[:60]}”; use the id"))
    else:
        kpi_id = matches[0].id
    try:
        day = parse_date(day_text)
    except ValueError as exc:
        problems.append(RowProblem(line, "Date", str(exc) if day_text else "empty"))
    try:
        value = parse_number(value_text)
        if abs(value) > MAX_NUMBER:
            raise ValueError(f"“{value_text[:40]}” is too large")
    except ValueError as exc:
        problems.append(RowProblem(line, "Value", str(exc) if value_text else "empty"))
    return problems, kpi_id, day, value
