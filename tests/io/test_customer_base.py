"""A customer base from CSV: both layouts, Russian Excel files, and bad bases refused with line and column."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesigner.io import customer_base
from cxdesigner.io.errors import FormatError


def test_one_row_per_order_sums_up_each_customer() -> None:
    data = "Customer,Date,Amount\nann,2025-01-03,10.5\nbob,2025-01-05,7\nann,2025-02-01 14:30,4.5\n"
    base = customer_base.loads(data.encode())
    assert base.layout == "orders" and base.rows == 3
    ann = base.customers["ann"]
    assert (ann.last, ann.frequency, ann.monetary) == (date(2025, 2, 1), 2, 15.0)


def test_a_russian_excel_file_with_decimal_commas_and_dotted_dates() -> None:
    text = "Клиент;Дата;Сумма\r\nИванов;03.01.2025;1 250,50\r\nПетрова;05.01.2025;99,90\r\n"
    base = customer_base.loads(text.encode("cp1251"))
    assert base.customers["Иванов"].monetary == 1250.5 and base.customers["Петрова"].last == date(2025, 1, 5)


def test_one_row_per_customer() -> None:
    data = "Customer;Last purchase;Purchases;Total\nann;2025-02-01;2;15\nbob;2025-01-05;1;7\n"
    base = customer_base.loads(data.encode())
    assert base.layout == "customers" and base.customers["ann"].frequency == 2


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "the file is empty"),
        ("Customer,Date,Amount\n", "no customers"),
        ("Customer,When,Amount\nann,2025-01-03,1\n", "missing: last, purchases"),
        ("Customer,Date,Amount\nann,2025-13-03,1\n", "line 2, Date:"),
        ("Customer,Date,Amount\nann,2025-01-03,-5\n", "line 2, Amount: “-5” is negative"),
        ("Customer,Date,Amount\nann,2025-01-03,lots\n", "line 2, Amount:"),
        ("Customer,Date,Amount\nann,2025-01-03,1\n,2025-01-04,2\n", "line 3, Customer: empty"),
        ("Customer;Last purchase;Purchases;Total\nann;2025-02-01;1.5;15\n", "line 2, Purchases:"),
        ("Customer;Last purchase;Purchases;Total\nann;2025-02-01;1;15\nann;2025-02-02;1;1\n", "second row"),
    ],
)
def test_bad_bases_are_refused_naming_the_line_and_column(text: str, says: str) -> None:
    with pytest.raises(FormatError) as caught:
        customer_base.loads(text.encode())
    assert says in str(caught.value) and "\n" not in str(caught.value)


def _both_ways(data: bytes) -> tuple[customer_base.Base, customer_base.Base]:
    """The base read by the orders' fast loop, and by the row-by-row path every other table takes."""
    import dataclasses

    fast = customer_base.loads(data)
    table = dataclasses.replace(customer_base.read_csv(data), reader=None)
    columns = customer_base.guess_columns(table.header)
    return fast, customer_base.summarise(table, columns, "orders")


def test_the_fast_loop_sums_exactly_as_the_row_by_row_path_on_awkward_rows() -> None:
    text = (
        "Клиент;Дата;Сумма\r\n ann ;2025-01-03;10.5\r\nbob;03.01.2025;1 200,50\r\n;;\r\n\r\nann;2025-02-01 10:30;4\r\n"
        "bob;2024-12-31;0\r\ncid;2025-01-03;7\r\nann;2025-01-04;1e2\r\nann;2025-01-03;2\r\ncid;2025-01-04;3\r\n"
        "cid;2025-01-03;1,5\r\n"
    )  # a date seen before takes the fast loop, unless its amount has a comma
    fast, slow = _both_ways(text.encode("cp1251"))
    assert fast == slow
    assert fast.customers["ann"] == customer_base.Customer(date(2025, 2, 1), 4, 116.5)
    assert fast.customers["bob"] == customer_base.Customer(date(2025, 1, 3), 2, 1200.5)
    assert fast.customers["cid"] == customer_base.Customer(date(2025, 1, 4), 3, 11.5) and fast.rows == 9


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Customer,Date,Amount\nann,2025-01-03,1\nann,2025-02-30,2\n", "line 3, Date"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-01-03,-2\n", "line 3, Amount: “-2” is negative"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-01-03,inf\n", "line 3, Amount"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-01-03,nan\n", "line 3, Amount"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-01-03\n", "line 3, Amount: empty"),
        ("Customer,Date,Amount\nann,2025-01-03,1\n,2025-01-03,5\n", "line 3, Customer: empty"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-01-03,1_000\n", "line 3, Amount: “1_000” is not a"),
        ("Customer,Date,Amount\nann,2025-01-03,1\nbob,2025-W01-1,2\n", "line 3, Date: “2025-W01-1” is not a"),
    ],
)
def test_the_fast_loop_refuses_what_the_row_by_row_path_refuses(text: str, says: str) -> None:
    import dataclasses

    with pytest.raises(FormatError) as fast:
        customer_base.loads(text.encode())
    table = dataclasses.replace(customer_base.read_csv(text.encode()), reader=None)
    with pytest.raises(FormatError) as slow:
        customer_base.summarise(table, customer_base.guess_columns(table.header), "orders")
    assert str(fast.value) == str(slow.value) and str(fast.value).startswith(says)
