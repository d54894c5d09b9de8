"""CSV import: a touchpoint table of N rows read into a new map (``csv_format.loads``).

Baseline: a plain ``csv.reader`` pass over the same decoded text. The table spreads its rows over eight
stages and one lane, so cells grow long: a reader that re-sorted a cell per row (as before) shows up as a
ratio that climbs with N; a linear one keeps the ratio flat.
"""

from __future__ import annotations

import csv
import io
import time

from cxdesigner.io import csv_format
from tests.bench.stats import Samples, interleave

ROWS = (10_000, 100_000)
FAST_ROWS = (1_000,)


def table(rows: int) -> bytes:
    """A CSV file of ``rows`` touchpoints with the export's English headers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([en for en, _ru in csv_format.COLUMNS.values()][:8])
    for i in range(rows):
        writer.writerow([f"Stage {i % 8}", "Touchpoints", "Website", f"Owner {i % 13}", f"Card {i}",
                         "A description of a few words", "yes" if i % 7 == 0 else "", "Measured"])  # fmt: skip
    return out.getvalue().encode("utf-8")


def csv_import(rows: int, rounds: int) -> Samples:
    """``csv_format.loads`` vs ``csv.reader`` over the same file."""
    data = table(rows)

    def subject() -> float:
        start = time.perf_counter()
        csv_format.loads(data, "bench")
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        for _cells in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
            pass
        return time.perf_counter() - start

    return interleave(subject, baseline, rounds)
