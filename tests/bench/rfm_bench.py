"""RFM analysis: a base of N order rows read (``io.customer_base``) and segmented (``domain.rfm``).

Baseline: a plain ``csv.reader`` pass over the same decoded text, as for the CSV import. The base is seeded
and invented: N orders by N / 10 customers over two years.
"""

from __future__ import annotations

import csv
import io
import random
import time
from datetime import date, timedelta

from cxdesigner.domain import rfm
from cxdesigner.io import customer_base
from tests.bench.stats import Samples, interleave

ROWS = (100_000, 1_000_000)
FAST_ROWS = (2_000,)


def orders(rows: int) -> bytes:
    """A CSV file of ``rows`` orders: customer, date, amount."""
    rng = random.Random(rows)
    start = date(2024, 1, 1)
    out = io.StringIO()
    out.write("Customer,Date,Amount\r\n")
    customers = max(1, rows // 10)
    for _ in range(rows):
        day = start + timedelta(days=rng.randrange(730))
        out.write(f"C{rng.randrange(customers)},{day.isoformat()},{rng.randrange(100, 900000) / 100}\r\n")
    return out.getvalue().encode("utf-8")


def rfm_analysis(rows: int, rounds: int) -> Samples:
    """Reading and segmenting the base vs ``csv.reader`` over the same file."""
    data = orders(rows)

    def subject() -> float:
        begin = time.perf_counter()
        rfm.analyse(customer_base.loads(data).customers)
        return time.perf_counter() - begin

    def baseline() -> float:
        begin = time.perf_counter()
        for _cells in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
            pass
        return time.perf_counter() - begin

    return interleave(subject, baseline, rounds)
