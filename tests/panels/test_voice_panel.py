"""The Voice of the customer panel and the CSV import dialog, driven like a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource, feedback_of
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.panels.feedback import PERSONA, SCALE, SCORE, SOURCE, TEXT, VoicePanel, parse_scale
from cxdesigner.panels.feedback_import import FeedbackImportDialog
from cxdesigner.storage.store import ProjectStore
from cxdesigner.viewstate import ViewState


@pytest.fixture
def doc(journey: JourneyMap, tmp_path: Path):
    for tp, title in zip(journey.touchpoints(), ["Реклама", "Сайт", "Продавец", "Пакет"], strict=True):
        journey.update(Touchpoint, tp.id, title=title)
    document = Document.create(tmp_path / "voice.cxd", journey)
    yield document
    document.close()


@pytest.fixture
def panel(doc: Document, qtbot) -> VoicePanel:
    view_state = ViewState()
    widget = VoicePanel(doc, view_state)
    qtbot.addWidget(widget)
    widget.show()
    view_state.select([doc.model.touchpoints()[1].id])
    return widget


def test_add_edit_and_aggregate(panel: VoicePanel, doc: Document, qtbot) -> None:
    assert panel.aggregate.text() == "No scored feedback yet."
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)  # leave the score editor that opened
    model = panel.table_model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, SCORE), "4,5")
    assert model.setData(model.index(0, SOURCE), "complaint")
    assert model.setData(model.index(0, PERSONA), doc.model.personas()[0].id)
    assert model.setData(model.index(0, TEXT), "<b>Долго</b> & 😀")
    item = doc.model.all(FeedbackItem)[0]
    assert (item.score, item.source, item.text) == (4.5, FeedbackSource.COMPLAINT, "<b>Долго</b> & 😀")
    assert model.index(0, PERSONA).data() == "Student" and model.index(0, SOURCE).data() == "Complaint"
    assert panel.aggregate.text().startswith("Mean 4.5 on 1–5 (+1.5 on −2…+2) · 1 scored")
    assert doc.undo_stack.count() == 5
    for _ in range(4):
        doc.undo()
    assert doc.model.all(FeedbackItem)[0].score is None
    doc.undo()
    assert model.rowCount() == 0


def test_bad_values_are_refused_and_the_old_ones_stay(panel: VoicePanel, doc: Document, qtbot) -> None:
    panel.add_item()
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)
    model = panel.table_model
    model.setData(model.index(0, SCORE), "4")
    for column, text, message in (
        (SCORE, "отлично", "not a number"),
        (SCORE, "9", "score lies on the scale 1 to 5"),
        (SCALE, "5–10", "score lies on the scale 5 to 10"),
        (SCALE, "one to five", "not a number"),
        (SCALE, "5", "lowest–highest"),
    ):
        assert not model.setData(model.index(0, column), text)
        assert message in panel.message.text()
        assert "\n" not in panel.message.text()
    assert model.setData(model.index(0, SCALE), "0..10")
    item = doc.model.all(FeedbackItem)[0]
    assert (item.score, item.scale_min, item.scale_max) == (4.0, 0.0, 10.0)
    assert panel.message.text() == ""


def test_scales_as_people_type_them() -> None:
    assert parse_scale("1–5") == parse_scale("1-5") == parse_scale("1 to 5") == parse_scale("1 до 5") == (1, 5)
    assert parse_scale("-2..2") == (-2, 2) and parse_scale("0 — 10") == (0, 10)


RUSSIAN_EXCEL = (
    "Точка контакта;Источник;Оценка;Шкала от;Шкала до;Комментарий;Дата;Персона\r\n"
    "Сайт;опрос;4,5;1;5;Удобно, быстро;01.02.2024;Student\r\n"
    'Продавец;жалоба;1;1;5;"Грубил; не помог\r\nвторая строка";02.02.2024;\r\n'
    "Пакет;отзыв;отлично;1;5;<b>смешной</b>;31.02.2024;Никто\r\n"
    "Сайт;оценка чата;9;0;10;;2024-02-03;\r\n"
)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "отзывы.csv"
    path.write_bytes(RUSSIAN_EXCEL.encode("cp1251"))
    return path


def test_import_dialog_reports_bad_rows_and_imports_the_good_ones_in_one_step(
    doc: Document, csv_file: Path, qtbot
) -> None:
    dialog = FeedbackImportDialog(doc, csv_file)
    qtbot.addWidget(dialog)
    assert "encoding Windows-1251" in dialog.file_label.text() and "delimiter ;" in dialog.file_label.text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0].startswith("line 5, score:") and any(p.startswith("line 5, date:") for p in problems)
    assert dialog.import_button.text() == "Import the 3 good rows"
    assert dialog.preview.rowCount() == 4 and dialog.preview.item(2, 0).text() == "5"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert doc.model.count(FeedbackItem) == 3 and doc.undo_stack.count() == 1
    site = next(t for t in doc.model.touchpoints() if t.title == "Сайт")
    assert [i.score for i in feedback_of(doc.model, site.id)] == [4.5, 9.0]
    store, reopened = ProjectStore.open_file(doc.path, read_only=True)
    store.close()
    assert reopened.count(FeedbackItem) == 3
    doc.undo()
    assert doc.model.count(FeedbackItem) == 0


def test_cancel_imports_nothing(doc: Document, csv_file: Path, qtbot) -> None:
    dialog = FeedbackImportDialog(doc, csv_file)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert doc.model.count(FeedbackItem) == 0 and doc.undo_stack.count() == 0


def test_remapping_a_column_rereads_the_rows(doc: Document, csv_file: Path, qtbot) -> None:
    dialog = FeedbackImportDialog(doc, csv_file)
    qtbot.addWidget(dialog)
    persona = dialog.columns["persona"]
    persona.setCurrentIndex(persona.findData(-1))  # do not import the persona column
    date = dialog.columns["date"]
    date.setCurrentIndex(date.findData(-1))
    score = dialog.columns["score"]
    score.setCurrentIndex(score.findData(-1))
    assert dialog.problems.count() == 0 and dialog.import_button.text() == "Import 4 rows"
    dialog.has_header.setChecked(False)  # the header row itself is now a bad row (no such touchpoint)
    assert dialog.problems.item(0).text().startswith("line 1, touchpoint:")


def test_a_file_that_is_no_table_disables_import(doc: Document, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x98\x98")
    dialog = FeedbackImportDialog(doc, path)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled() and "binary data" in dialog.summary.text()


def test_a_file_of_undecided_encoding_is_read_once_the_user_chooses_one(doc: Document, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "western.csv"
    path.write_bytes(b"touchpoint;score;text\r\nSite;5;\xe9\xe9\r\n")  # "éé", "йй", "ИИ" or "щщ"?
    dialog = FeedbackImportDialog(doc, path)
    qtbot.addWidget(dialog)
    assert dialog.encoding.currentText() == "Auto"
    assert "Cannot tell the file's encoding" in dialog.summary.text() and not dialog.import_button.isEnabled()
    dialog.encoding.setFocus()
    for _ in range(dialog.encoding.findData("cp1252")):
        qtbot.keyClick(dialog.encoding, Qt.Key.Key_Down)
    assert dialog.encoding.currentText() == "Windows-1252"
    assert "encoding Windows-1252" in dialog.file_label.text()
    shown = {dialog.preview.item(0, c).text() for c in range(dialog.preview.columnCount()) if dialog.preview.item(0, c)}
    assert "éé" in shown  # read as the user chose, shown before anything is imported


def test_the_import_dialog_reads_an_excel_workbook(doc: Document, tmp_path: Path, qtbot) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Опрос"
    for row in (["Точка контакта", "Оценка", "Дата", "Текст"], ["Сайт", 4.5, "2025-03-01", "Быстро"],
                ["Пакет", "много", None, ""], ["Продавец", 2, None, "Долго"]):  # fmt: skip
        sheet.append(row)
    path = tmp_path / "опрос.xlsx"
    book.save(path)
    dialog = FeedbackImportDialog(doc, path)
    qtbot.addWidget(dialog)
    assert "sheet Опрос" in dialog.file_label.text() and "3 rows" in dialog.file_label.text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["sheet Опрос, row 3, score: “много” is not a number"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    site = next(t for t in doc.model.touchpoints() if t.title == "Сайт")
    assert [(i.score, i.date, i.text) for i in feedback_of(doc.model, site.id)] == [(4.5, "2025-03-01", "Быстро")]
    assert doc.model.count(FeedbackItem) == 2 and doc.undo_stack.count() == 1
