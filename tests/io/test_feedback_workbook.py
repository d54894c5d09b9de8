"""The voice of the customer from an Excel workbook: an export's feedback sheet comes back item for item, any
sheet laid out like the feedback CSV reads, problems name the sheet and the row, bad workbooks are one line."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook

from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.io import feedback_csv, samples, workbook
from cxdesigner.storage.store import ProjectStore


def _key(item: FeedbackItem) -> tuple[object, ...]:
    return (item.touchpoint_id, item.source, item.score, item.scale_min, item.scale_max, item.text, item.date,
            item.persona_id)  # fmt: skip


def _book(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_exports_feedback_sheet_imports_back_item_for_item(language: str) -> None:
    journey = samples.build_template("sample", "Shop", language)
    before = Counter(_key(f) for f in journey.all(FeedbackItem))
    data = workbook.to_bytes(journey)
    journey.delete([f.id for f in journey.all(FeedbackItem)])
    table = feedback_csv.read_table(data)
    assert table.sheet == workbook.FEEDBACK_SHEETS[language == "ru"]  # not the first (touchpoint) sheet
    mapping = feedback_csv.guess_mapping(table.rows[0][1], table.width)
    result = feedback_csv.build_items(journey, table, mapping)
    assert result.problems == [] and sum(before.values()) >= 9
    assert Counter(_key(f) for f in result.items) == before


def test_any_sheet_laid_out_like_the_csv_reads_and_problems_name_the_sheet_and_row() -> None:
    journey = samples.build_template("sample", "Shop", "en")
    title = journey.touchpoints()[0].title
    data = _book({"Survey": [["Touchpoint", "Score", "Date"], [title, 4, "2025-03-01"], [], [title, "lots", None]]})
    table = feedback_csv.read_table(data)
    result = feedback_csv.build_items(journey, table, feedback_csv.guess_mapping(table.rows[0][1], table.width))
    assert [(i.score, i.date) for i in result.items] == [(4.0, "2025-03-01")]
    assert [str(p) for p in result.problems] == ["sheet Survey, row 4, score: “lots” is not a number"]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"PK\x03\x04 not really a zip", "not an Excel workbook"),
        (_book({"A": [["Touchpoint"]]})[:300], "not an Excel workbook"),
    ],
)
def test_a_bad_workbook_is_refused_in_one_line(data: bytes, says: str) -> None:
    with pytest.raises(feedback_csv.CsvError) as caught:
        feedback_csv.read_table(data)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_import_feedback_reads_a_workbook_from_the_command_line(tmp_path: Path) -> None:
    journey = samples.build_template("sample", "Shop", "en")
    count = journey.count(FeedbackItem)
    book = tmp_path / "voice.xlsx"
    book.write_bytes(workbook.to_bytes(journey))
    journey.delete([f.id for f in journey.all(FeedbackItem)])
    project = tmp_path / "a.cxd"
    ProjectStore.create(project, journey).close()
    done = subprocess.run([sys.executable, "-m", "cxdesigner", "import-feedback", str(project), str(book)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"added {count} feedback items" in done.stdout
    store, back = ProjectStore.open_file(project, read_only=True)
    store.close()
    assert back.count(FeedbackItem) == count
