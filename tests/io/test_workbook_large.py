"""A 50,000-row touchpoint sheet streams through ``cxdesigner import``'s reader in openpyxl's read-only mode."""

from __future__ import annotations

import io
import time

import openpyxl
from openpyxl import Workbook

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.io import workbook

ROWS = 50_000


def _big_sheet() -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cards")
    sheet.append(["Stage", "Lane", "Title", "Channel", "Owner"])
    for i in range(ROWS):
        sheet.append([f"Stage {i // 5000}", "Touchpoints", f"Card {i}", "website", "Online team"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_50000_row_sheet_streams_in_read_only_mode_and_keeps_every_row(monkeypatch) -> None:
    data = _big_sheet()
    opened: list[object] = []
    real = openpyxl.load_workbook

    def spy(*args: object, **kwargs: object) -> object:
        book = real(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(book)
        return book

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    started = time.monotonic()
    journey = workbook.loads(data, "big")
    elapsed = time.monotonic() - started
    (book,) = opened
    assert book.read_only  # the cells stream from the zip; nothing holds the whole sheet
    titles = [t.title for t in journey.all(Touchpoint)]
    assert len(titles) == ROWS and set(titles) == {f"Card {i}" for i in range(ROWS)}
    assert len(journey.stages()) == ROWS // 5000
    assert elapsed < 300  # a generous bound on a shared machine: minutes more would mean no streaming
