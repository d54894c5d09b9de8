"""A customer base from CSV, summed up per customer for the RFM analysis (``domain.rfm``).

Two layouts, found from the header (English or Russian, any order, any case):

- one row per **order**: customer, date, amount (``Customer;Date;Amount`` / ``Клиент;Дата;Сумма``);
- one row per **customer**: customer, last purchase, purchases, total (``Last purchase``, ``Purchases``,
  ``Total`` / ``Последняя покупка``, ``Покупок``, ``Сумма``).

The bytes are decoded as every CSV import decodes them (``io.encodings``; an undecidable file is refused),
with ``;``, ``,`` or tab. Dates are ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (a time after the date is ignored);
amounts take a decimal comma and spaces between thousands. The rows stream: memory grows with the number
of customers, not of orders. Every error names the line and the column; nothing is kept of a refused file.
The customer keys stay in memory for the analysis only: ``domain.rfm`` returns figures per segment.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

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
CUSTOMERS = ("customer", "last", "purchases", "total")


@dataclass(frozen=True)
class Base:
    """The customers of a file, its layout ("orders" or "customers") and the file's SHA-256 digest."""

    customers: dict[str, Customer]
    layout: str
    digest: str
    rows: int


def loads(data: bytes, encoding: str | None = None) -> Base:
    """The customer base in ``data``; ``FormatError`` naming the line and column of the first problem."""
    try:
        text = feedback_csv.decode(data, encoding)[0]
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
    columns = _columns(header)
    layout = "orders" if all(f in columns for f in ORDERS) else "customers"
    needed = ORDERS if layout == "orders" else CUSTOMERS
    missing = [f for f in needed if f not in columns]
    if missing:
        raise FormatError(
            at_line(1),
            "the columns must be Customer, Date, Amount (one row per order) or Customer, Last purchase, "
            f"Purchases, Total (one row per customer); missing: {', '.join(missing)}",
        )
    add = _order_adder if layout == "orders" else _customer_adder
    sums: dict[str, list] = {}
    step = add(sums, columns, header)
    rows = 0
    collecting = gc.isenabled()
    gc.disable()  # a million rows make no garbage cycles; each collection would only walk the sums again
    try:
        for cells in reader:
            if not "".join(cells).strip():  # a blank row, or one of empty cells
                continue
            rows += 1
            step(reader.line_num, cells)
    except csv.Error as exc:
        raise FormatError(at_line(reader.line_num), f"not valid CSV ({exc})") from None
    finally:
        if collecting:
            gc.enable()
    if not sums:
        raise FormatError(at_line(2), "no customers: the file has a header and no rows")
    customers = {key: Customer(last, count, total) for key, (last, count, total) in sums.items()}
    return Base(customers, layout, hashlib.sha256(data).hexdigest(), rows)


def _columns(header: list[str]) -> dict[str, int]:
    known = {labels.normalise(name): field for field, names in HEADERS.items() for name in names}
    found: dict[str, int] = {}
    for i, head in enumerate(header):
        field = known.get(labels.normalise(head))
        if field is not None and field not in found:
            found[field] = i
    if "amount" not in found and "total" in found and "date" in found:  # Customer;Date;Сумма: an order's sum
        found["amount"] = found.pop("total")
    return found


def _cell(cells: list[str], columns: dict[str, int], header: list[str], field: str, line: int) -> tuple[str, str]:
    i = columns[field]
    text = cells[i].strip() if i < len(cells) else ""
    if not text:
        raise FormatError(at_line(line, header[i]), "empty")
    return text, header[i]


def _day(text: str, head: str, line: int) -> date:
    try:
        return date.fromisoformat(parse_date(text.split(" ")[0].split("T")[0]))
    except ValueError as exc:
        raise FormatError(at_line(line, head), str(exc)) from None


def _amount(text: str, head: str, line: int, whole: bool = False) -> float:
    try:
        value = parse_number(text)
    except ValueError as exc:
        raise FormatError(at_line(line, head), str(exc)) from None
    if value < 0:
        raise FormatError(at_line(line, head), f"“{text}” is negative")
    if whole and not value.is_integer():
        raise FormatError(at_line(line, head), f"“{text}” is not a whole number")
    return value


Step = Callable[[int, list[str]], None]


def _order_adder(sums: dict[str, list], columns: dict[str, int], header: list[str]) -> Step:
    """One order row into the sums. The common row (an ISO date, a plain number) takes a fast path; any
    other goes through the full parsers, which accept or refuse exactly as they do elsewhere."""
    ci, di, ai = columns["customer"], columns["date"], columns["amount"]
    width = max(ci, di, ai) + 1
    fromiso = date.fromisoformat

    def step(line: int, cells: list[str]) -> None:
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        key, when, amount_text = cells[ci].strip(), cells[di], cells[ai]
        try:
            day = fromiso(when) if len(when) == 10 else None
            amount = float(amount_text) if amount_text.isascii() and "," not in amount_text else None
        except ValueError:
            day = amount = None
        if not key:
            raise FormatError(at_line(line, header[ci]), "empty")
        if day is None:
            day = _day(*_cell(cells, columns, header, "date", line), line)
        if amount is None or not (0 <= amount < math.inf):
            amount = _amount(*_cell(cells, columns, header, "amount", line), line)
        known = sums.get(key)
        if known is None:
            sums[key] = [day, 1, amount]
        else:
            if day > known[0]:
                known[0] = day
            known[1] += 1
            known[2] += amount

    return step


def _customer_adder(sums: dict[str, list], columns: dict[str, int], header: list[str]) -> Step:
    def step(line: int, cells: list[str]) -> None:
        key, head = _cell(cells, columns, header, "customer", line)
        if key in sums:
            raise FormatError(at_line(line, head), f"customer “{key}” has a second row; one row per customer")
        day = _day(*_cell(cells, columns, header, "last", line), line)
        count = int(_amount(*_cell(cells, columns, header, "purchases", line), line, whole=True))
        if count < 1:
            raise FormatError(at_line(line, header[columns["purchases"]]), "a customer has at least one purchase")
        sums[key] = [day, count, _amount(*_cell(cells, columns, header, "total", line), line)]

    return step
