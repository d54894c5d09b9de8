"""A customer base from CSV, summed up per customer for the RFM analysis (``domain.rfm``).

Two layouts, found from the header (English or Russian, any order, any case):

- one row per **order**: customer, date, amount (``Customer;Date;Amount`` / ``Клиент;Дата;Сумма``);
- one row per **customer**: customer, last purchase, purchases, total (``Last purchase``, ``Purchases``,
  ``Total`` / ``Последняя покупка``, ``Покупок``, ``Сумма``).

An Excel workbook's first sheet (``read_workbook``) is read the same way, its errors naming the sheet and
row. ``read_table`` gives the header and the rows, ``guess_columns`` the column of each field, and
``summarise`` the base for the columns the user chose (the import dialog's mapping step). The bytes of a
CSV are decoded as every CSV import decodes them (``io.encodings``; an undecidable file is refused),
with ``;``, ``,`` or tab. Dates are ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (a time after the date is ignored);
amounts take a decimal comma and spaces between thousands. The rows stream: memory grows with the number
of customers, not of orders. Every error names the line and the column; nothing is kept of a refused file.
The customer keys stay in memory for the analysis only: ``domain.rfm`` returns figures per segment.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from cxdesigner import collector
from cxdesigner.domain.rfm import Customer
from cxdesigner.domain.values import parse_date, parse_number
from cxdesigner.io import feedback_csv, labels
from cxdesigner.io.errors import FormatError, at_line

HEADERS: dict[str, tuple[str, ...]] = {
    "customer": ("customer", "customer id", "client", "клиент", "покупатель", "id клиента", "код клиента"),
    "date": ("date", "order date", "дата", "дата заказа", "дата покупки"),
    "amount": ("amount", "sum", "order total", "сумма заказа", "сумма покупки"),
    "last": ("last purchase", "last order", "последняя покупка", "последний заказ"),
    "purchases": ("purchases", "orders", "number of purchases", "покупок", "заказов", "число покупок"),
    "total": ("total", "total spent", "revenue", "сумма", "выручка", "всего"),
}
ORDERS = ("customer", "date", "amount")
MAX_DAY_TEXTS = 100_000  # distinct date texts the fast loop remembers (dates with times can all differ)
CUSTOMERS = ("customer", "last", "purchases", "total")


@dataclass(frozen=True)
class Base:
    """The customers of a file, its layout ("orders" or "customers") and the file's SHA-256 digest."""

    customers: dict[str, Customer]
    layout: str
    digest: str
    rows: int


@dataclass
class Table:
    """The header and the rows of a customer file, before any column is chosen.

    ``rows`` yields (line or row number, cells) once; ``where`` names a place for an error message;
    ``encoding`` is the text encoding found (or "xlsx"). A CSV also gives its ``reader`` (the same rows,
    without their numbers, read instead of ``rows`` by the orders' fast loop, which asks it for the line
    only on a row it must look at closely)."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    encoding: str
    digest: str
    where: Callable[[int, str], str] = at_line
    reader: Any = None  # a csv.reader, or None


def loads(data: bytes, encoding: str | None = None) -> Base:
    """The customer base in ``data`` (CSV); ``FormatError`` naming the line and column of the first problem."""
    table = read_csv(data, encoding)
    columns = guess_columns(table.header)
    return summarise(table, columns, layout_of(columns))


def loads_workbook(data: bytes) -> Base:
    """The customer base in the first sheet of an Excel workbook (.xlsx), read as ``loads`` reads a CSV."""
    table = read_workbook(data)
    columns = guess_columns(table.header)
    return summarise(table, columns, layout_of(columns))


def read_table(data: bytes, encoding: str | None = None, name: str = "") -> Table:
    """A CSV or, when ``name`` ends in .xlsx (or the bytes are a zip), a workbook's first sheet."""
    if name.lower().endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04":
        return read_workbook(data)
    return read_csv(data, encoding)


def read_csv(data: bytes, encoding: str | None = None) -> Table:
    """The header and streaming rows of a CSV file (any of ``io.encodings``, ``;``, ``,`` or tab)."""
    try:
        text, found = feedback_csv.decode(data, encoding)
    except feedback_csv.CsvError as exc:
        raise FormatError("", str(exc)) from None
    first = text.partition("\n")[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=feedback_csv.sniff_delimiter(first))
    try:
        header = next(reader)
    except StopIteration:
        raise FormatError(at_line(1), "the file is empty; the first line names the columns") from None
    except csv.Error as exc:
        raise FormatError(at_line(1), f"not valid CSV ({exc})") from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for cells in reader:
                yield reader.line_num, cells
        except csv.Error as exc:
            raise FormatError(at_line(reader.line_num), f"not valid CSV ({exc})") from None

    return Table(header, rows(), found, hashlib.sha256(data).hexdigest(), reader=reader)


def read_workbook(data: bytes) -> Table:
    """The header and rows of a workbook's first sheet, as texts (``io.workbook``'s reader, read-only)."""
    from cxdesigner.io import workbook

    sheet_name, header, rows = workbook.first_sheet_rows(data)

    def where(row: int, field: str = "") -> str:
        return f"sheet {sheet_name}, row {row}" + (f", {field}" if field else "")

    if header is None:
        raise FormatError(f"sheet {sheet_name}", "the sheet is empty; its first row names the columns")
    return Table(header, rows, "xlsx", hashlib.sha256(data).hexdigest(), where)


def layout_of(columns: dict[str, int]) -> str:
    """ "orders" when the order columns are all there, else "customers"."""
    return "orders" if all(f in columns for f in ORDERS) else "customers"


def summarise(table: Table, columns: dict[str, int], layout: str) -> Base:
    """Sum the table's rows up per customer, with ``columns`` (field -> column index) in ``layout``."""
    header, where = table.header, table.where
    needed = ORDERS if layout == "orders" else CUSTOMERS
    missing = [f for f in needed if columns.get(f) is None]
    if missing:
        raise FormatError(
            where(1, ""),
            "the columns must be Customer, Date, Amount (one row per order) or Customer, Last purchase, "
            f"Purchases, Total (one row per customer); missing: {', '.join(missing)}",
        )
    header = header + [f"column {i + 1}" for i in range(len(header), max(columns.values()) + 1)]
    if layout == "orders" and table.reader is not None:
        return _orders_fast(table, columns, header)
    add = _order_adder if layout == "orders" else _customer_adder
    sums: dict[str, list] = {}
    step = add(sums, columns, header, where)
    count = 0
    with collector.paused():  # a million rows make no garbage cycles; a collection would only walk the sums
        for line, cells in table.rows:
            if not "".join(cells).strip():  # a blank row, or one of empty cells
                continue
            count += 1
            step(line, cells)
    if not sums:
        raise FormatError(where(2, ""), "no customers: the file has a header and no rows")
    customers = {key: Customer(last, n, total) for key, (last, n, total) in sums.items()}
    return Base(customers, layout, table.digest, count)


def _orders_fast(table: Table, columns: dict[str, int], header: list[str]) -> Base:
    """``summarise`` for a CSV of orders, in one tight loop over the reader.

    Dates are kept as ISO text (which sorts as the dates do), each distinct date text read once through
    ``_day``; an amount is read by ``float`` when it is plain ASCII (no ``_``), non-negative and finite. Any other row
    (a short or blank one, an empty key, an unseen date text, a decimal comma) goes through ``_order_adder``'s
    full checks, which accept or refuse it exactly as they do elsewhere, naming its line."""
    reader, where = table.reader, table.where
    ci, di, ai = columns["customer"], columns["date"], columns["amount"]
    days: dict[str, str] = {}  # a date's text -> its ISO form, once read
    sums: dict[str, list] = {}
    get, inf = sums.get, math.inf
    slow = _order_adder(sums, columns, header, where, days)
    with collector.paused():  # a million rows make no garbage cycles; a collection would only walk the sums
        try:
            for cells in reader:
                try:
                    key, day, text = cells[ci].strip(), days[cells[di]], cells[ai]
                    amount = float(text)
                except (IndexError, KeyError, ValueError):
                    key, text, amount = "", "", -1.0
                if not key or not 0 <= amount < inf or not text.isascii() or "_" in text:
                    if "".join(cells).strip():  # not a blank row, nor one of empty cells
                        slow(reader.line_num, cells)
                    continue
                known = get(key)
                if known is None:
                    sums[key] = [day, 1, amount]
                else:
                    if day > known[0]:
                        known[0] = day
                    known[1] += 1
                    known[2] += amount
        except csv.Error as exc:
            raise FormatError(where(reader.line_num, ""), f"not valid CSV ({exc})") from None
    if not sums:
        raise FormatError(where(2, ""), "no customers: the file has a header and no rows")
    as_date = {iso: date.fromisoformat(iso) for iso in set(days.values())}
    customers = {key: Customer(as_date[last], n, total) for key, (last, n, total) in sums.items()}
    return Base(customers, "orders", table.digest, sum(c.frequency for c in customers.values()))


def guess_columns(header: list[str]) -> dict[str, int]:
    """The column of each field, guessed from the headers (English or Russian, any case)."""
    known = {labels.normalise(name): field for field, names in HEADERS.items() for name in names}
    found: dict[str, int] = {}
    for i, head in enumerate(header):
        field = known.get(labels.normalise(head))
        if field is not None and field not in found:
            found[field] = i
    if "amount" not in found and "total" in found and "date" in found:  # Customer;Date;Сумма: an order's sum
        found["amount"] = found.pop("total")
    return found


Where = Callable[[int, str], str]


def _cell(
    cells: list[str], columns: dict[str, int], header: list[str], field: str, line: int, where: Where
) -> tuple[str, str]:
    i = columns[field]
    text = cells[i].strip() if i < len(cells) else ""
    if not text:
        raise FormatError(where(line, header[i]), "empty")
    return text, header[i]


def _day(text: str, head: str, line: int, where: Where) -> date:
    try:
        return date.fromisoformat(parse_date(text.split(" ")[0].split("T")[0]))
    except ValueError as exc:
        raise FormatError(where(line, head), str(exc)) from None


def _amount(text: str, head: str, line: int, where: Where, whole: bool = False) -> float:
    try:
        value = parse_number(text)
    except ValueError as exc:
        raise FormatError(where(line, head), str(exc)) from None
    if value < 0:
        raise FormatError(where(line, head), f"“{text}” is negative")
    if whole and not value.is_integer():
        raise FormatError(where(line, head), f"“{text}” is not a whole number")
    return value


Step = Callable[[int, list[str]], None]


def _order_adder(
    sums: dict[str, list], columns: dict[str, int], header: list[str], where: Where, days: dict[str, str] | None = None
) -> Step:
    """One order row into the sums. The common row (an ISO date, a plain number) takes a fast path; any
    other goes through the full parsers, which accept or refuse exactly as they do elsewhere. With ``days``
    (the fast loop's), a date is kept as its ISO text and its text remembered there."""
    ci, di, ai = columns["customer"], columns["date"], columns["amount"]
    width = max(ci, di, ai) + 1
    fromiso = date.fromisoformat

    def step(line: int, cells: list[str]) -> None:
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        key, when, amount_text = cells[ci].strip(), cells[di], cells[ai]
        try:
            day = fromiso(when) if len(when) == 10 and when[4] == when[7] == "-" else None  # not 2024-W01-1
            plain = amount_text.isascii() and "," not in amount_text and "_" not in amount_text  # not 1_000
            amount = float(amount_text) if plain else None
        except ValueError:
            day = amount = None
        if not key:
            raise FormatError(where(line, header[ci]), "empty")
        if day is None:
            day = _day(*_cell(cells, columns, header, "date", line, where), line, where)
        if amount is None or not (0 <= amount < math.inf):
            amount = _amount(*_cell(cells, columns, header, "amount", line, where), line, where)
        stored: Any = day
        if days is not None:
            stored = day.isoformat()
            if len(days) < MAX_DAY_TEXTS:
                days[when] = stored
        known = sums.get(key)
        if known is None:
            sums[key] = [stored, 1, amount]
        else:
            if stored > known[0]:
                known[0] = stored
            known[1] += 1
            known[2] += amount

    return step


def _customer_adder(sums: dict[str, list], columns: dict[str, int], header: list[str], where: Where) -> Step:
    def step(line: int, cells: list[str]) -> None:
        key, head = _cell(cells, columns, header, "customer", line, where)
        if key in sums:
            raise FormatError(where(line, head), f"customer “{key}” has a second row; one row per customer")
        day = _day(*_cell(cells, columns, header, "last", line, where), line, where)
        count = int(_amount(*_cell(cells, columns, header, "purchases", line, where), line, where, whole=True))
        if count < 1:
            raise FormatError(where(line, header[columns["purchases"]]), "a customer has at least one purchase")
        sums[key] = [day, count, _amount(*_cell(cells, columns, header, "total", line, where), line, where)]

    return step
