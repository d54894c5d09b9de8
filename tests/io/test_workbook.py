"""The map as an Excel workbook: six sheets read back with openpyxl, the round trip, and bad workbooks."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.io import samples, workbook
from cxdesigner.io.errors import FormatError
from cxdesigner.storage.store import ProjectStore
from tests.io.test_csv_format import _cards


@pytest.fixture(params=["en", "ru"])
def sample(request):
    return samples.build_template("sample", "Shop", request.param)


def _book(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_six_sheets_with_frozen_headers_filters_and_real_numbers_and_dates(sample) -> None:
    book = _book(workbook.to_bytes(sample))
    assert len(book.worksheets) == 6
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(sheet.column_dimensions[c.column_letter].width >= len(str(c.value)) for c in sheet[1])
    touchpoints, requirements, feedback, emotions = book.worksheets[:4]
    assert touchpoints.max_row == 1 + sample.count(Touchpoint)
    numbers = [r[4] for r in requirements.iter_rows(min_row=2, values_only=True) if r[4] is not None]
    assert numbers and all(isinstance(n, int | float) for n in numbers)  # a target of 3 is a number, not "3"
    dates = [r[7] for r in feedback.iter_rows(min_row=2, values_only=True) if r[7]]
    assert dates and all(isinstance(d, datetime) for d in dates)
    designed = [r[3] for r in emotions.iter_rows(min_row=2, values_only=True) if r[3] is not None]
    assert designed and all(-2 <= v <= 2 for v in designed)


def test_russian_maps_get_russian_sheets_headers_and_words() -> None:
    book = _book(workbook.to_bytes(samples.build_template("sample", "Магазин", "ru")))
    assert book.sheetnames[0] == "Точки контакта" and book.worksheets[0]["A1"].value == "Этап"
    sources = {r[2] for r in book.worksheets[2].iter_rows(min_row=2, values_only=True)}
    assert "опрос" in sources and "survey" not in sources


def test_a_title_that_looks_like_a_formula_stays_text_and_control_characters_go(sample) -> None:
    card = sample.all(Touchpoint)[0]
    sample.update(Touchpoint, card.id, title="=HYPERLINK(\"http://x\")\x07")
    sheet = _book(workbook.to_bytes(sample)).worksheets[0]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value and str(c.value).startswith("=")]
    assert [(c.value, c.data_type) for c in cells] == [("=HYPERLINK(\"http://x\")", "s")]


def test_round_trip_keeps_every_touchpoint(sample) -> None:
    back = workbook.loads(workbook.to_bytes(sample), "back")
    assert _cards(back) == _cards(sample)
    assert back.info.language == sample.info.language


def _sheet_bytes(rows: list[list[object]], title: str = "Cards") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_any_sheet_laid_out_like_the_csv_reads_and_errors_name_sheet_row_and_column() -> None:
    journey = workbook.loads(_sheet_bytes([["Title", "Stage", "Channel"], ["Ad", "Need", "social"], [None, None]]))
    assert [t.title for t in journey.all(Touchpoint)] == ["Ad"]
    with pytest.raises(FormatError) as caught:
        workbook.loads(_sheet_bytes([["Title", "Stage", "Channel"], ["Ad", "Need", "pigeon"]]))
    assert str(caught.value) == 'sheet Cards, row 2, Channel: unknown channel: "pigeon"'
    with pytest.raises(FormatError, match="^sheet Cards, row 1, Colour: unknown column"):
        workbook.loads(_sheet_bytes([["Title", "Stage", "Colour"]]))


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _with_member(data: bytes, name: str, member: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = {n: source.read(n) for n in source.namelist()}
    return _zip({**members, name: member})


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda good: b"Stage,Title\nNeed,Ad\n", "not an Excel workbook"),
        (lambda good: _zip({"notes.txt": b"hello"}), "a zip file, but not an Excel workbook"),
        (lambda good: _with_member(good, "xl/vbaProject.bin", b"\0" * 64), "holds macros"),
        (lambda good: _with_member(good, "xl/media/bomb.bin", b"\0" * 50_000_000), "refused as unsafe"),
        (lambda good: good[: len(good) // 2], "not an Excel workbook"),
        (lambda good: _with_member(good, "xl/workbook.xml", b"<not xml"), "not a readable Excel workbook"),
    ],
)
def test_bad_workbooks_are_refused_in_one_line(make, says) -> None:
    good = _sheet_bytes([["Title", "Stage"], ["Ad", "Need"]])
    with pytest.raises(FormatError) as caught:
        workbook.loads(make(good))
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_the_command_line_writes_and_reads_a_workbook(tmp_path: Path) -> None:
    project, book, back = tmp_path / "a.cxd", tmp_path / "a.xlsx", tmp_path / "b.cxd"
    ProjectStore.create(project, samples.build_template("sample", "Shop", "en")).close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True)

    assert run("export", str(project), "--xlsx", str(book)).returncode == 0
    assert run("import", str(book), str(back)).returncode == 0
    store, journey = ProjectStore.open_file(back, read_only=True)
    store.close()
    assert journey.count(Touchpoint) == 16
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    done = run("import", str(bad), str(tmp_path / "c.cxd"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "c.cxd").exists()


def test_the_touchpoint_sheets_moments_of_truth_are_yes_no_cells_not_text(sample) -> None:
    sheet = _book(workbook.to_bytes(sample)).worksheets[0]
    ru = sample.info.language == "ru"
    header = [c.value for c in sheet[1]]
    column = header.index("Момент истины" if ru else "Moment of truth")
    titles = header.index("Название" if ru else "Title")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert {c.data_type for c in cells} == {"b"}
    moments = sorted(t.title for t in sample.all(Touchpoint) if t.moment_of_truth)
    assert moments and sorted(row[titles].value for row in sheet.iter_rows(min_row=2) if row[column].value) == moments
    back = workbook.loads(workbook.to_bytes(sample), "back")  # and they read back as moments of truth
    assert sorted(t.title for t in back.all(Touchpoint) if t.moment_of_truth) == moments
