"""File > Export…: options, the page-layout preview, exports in a worker thread, cancel, open when done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4

from cxdesigner.commands.edit import SetFields
from cxdesigner.domain.entities import Channel, Touchpoint, new_id
from cxdesigner.ui import preferences
from cxdesigner.ui.export_dialog import ExportDialog
from cxdesigner.ui.main_window import MainWindow
from tests.export import pdfcheck


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []
    monkeypatch.setattr(ExportDialog, "open_file", staticmethod(shown.append))
    return shown


def _dialog(qtbot, window: MainWindow) -> ExportDialog:
    window.window_actions.export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: ExportDialog, kind: str, out: Path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    dialog.output.setText(str(out))


def test_file_export_offers_every_format_on_the_preferred_paper(qtbot, window: MainWindow) -> None:
    preferences.set_default_paper_size(preferences.PaperSize.A3)
    assert window.window_actions.export in window.menus["file"].actions()
    dialog = _dialog(qtbot, window)
    kinds = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert kinds == ["poster", "report", "pptx", "png", "svg", "xlsx"]
    assert dialog.paper.currentData() == "A3"
    assert dialog.output.text().endswith("shop.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData("report"))
    assert dialog.output.text().endswith("shop-report.pdf") and not dialog.tile.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert dialog.output.text().endswith("shop.png")
    assert not dialog.paper.isEnabled() and dialog.zoom.isEnabled()


def test_the_preview_shows_the_same_sheets_the_poster_prints(qtbot, window: MainWindow, tmp_path: Path, opened) -> None:
    dialog = _dialog(qtbot, window)
    _choose(dialog, "poster", tmp_path / "tiles.pdf")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(False))
    dialog.tile.setChecked(True)
    dialog.scale.setValue(120)
    assert dialog.scale.isEnabled() and dialog.overlap.isEnabled()
    sheets = len(dialog.preview.tiles)
    assert sheets > 1 and dialog.sheets.text().startswith(f"{sheets} sheets: ")
    image = dialog.preview.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() != "#dee2e6"  # the poster is drawn
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
        assert dialog.job is not None  # the PDF is written in a worker thread
    out = tmp_path / "tiles.pdf"
    assert pdfcheck.page_sizes(out) == [pytest.approx(A4, abs=0.01)] * (sheets + 1)
    assert opened == [out]
    assert dialog.progress.value() == dialog.progress.maximum()


def test_impossible_tiling_disables_export_with_the_reason(qtbot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    dialog.tile.setChecked(True)
    dialog.overlap.setValue(50)
    dialog.margin.setValue(100)
    assert not dialog.export_button.isEnabled()
    assert "make it smaller" in dialog.sheets.text() or "make them smaller" in dialog.sheets.text()


def test_the_report_is_written_from_a_copy_while_the_map_is_edited(
    qtbot, window: MainWindow, tmp_path: Path, opened
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.open_when_done.setChecked(False)
    out = tmp_path / "report.pdf"
    _choose(dialog, "report", out)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData(False))
    before = window.document.model.info.title
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
        # the window stays usable: an edit made while the report is written goes through
        info = window.document.model.info
        assert window.document.push(SetFields(window.document.model, info, "Rename", title="Renamed meanwhile"))
    assert window.document.model.info.title == "Renamed meanwhile"
    assert pdfcheck.metadata(out)["/Title"] == before  # the copy taken when Export was pressed
    assert all(size == pytest.approx(A4, abs=0.01) for size in pdfcheck.page_sizes(out))
    assert opened == []


def test_cancel_stops_the_worker_and_writes_nothing(qtbot, window: MainWindow, tmp_path: Path, opened) -> None:
    model = window.document.model
    stage, lane = model.stages()[0], model.lanes()[0]
    for i in range(1200):
        model.add(Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title=f"Card {i}", order=float(i)))
    dialog = _dialog(qtbot, window)
    out = tmp_path / "never.pdf"
    _choose(dialog, "poster", out)
    dialog.export_button.click()
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=120_000):
        dialog.close_button.click()  # reads "Cancel" while the export runs
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text())
    assert not out.exists() and opened == []
    assert dialog.export_button.isEnabled()


def test_pictures_of_the_map(qtbot, window: MainWindow, tmp_path: Path, opened) -> None:
    window.document.model.add(
        Touchpoint(
            id=new_id(),
            stage_id=window.document.model.stages()[1].id,
            lane_id=window.document.model.lanes()[1].id,
            title="Picture me",
            channel=Channel.SHOP,
        )
    )
    dialog = _dialog(qtbot, window)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    _choose(dialog, "png", png)
    dialog.zoom.setValue(0.5)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400
    _choose(dialog, "svg", svg)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    assert "Picture me" in svg.read_text(encoding="utf-8")
    assert opened == [png, svg]


def test_an_excel_workbook_of_the_map(qtbot, window: MainWindow, tmp_path: Path, opened) -> None:
    from openpyxl import load_workbook

    dialog = _dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.output.text().endswith("shop.xlsx") and not dialog.paper.isEnabled()
    book = tmp_path / "map.xlsx"
    _choose(dialog, "xlsx", book)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    sheet = load_workbook(book).worksheets[0]
    titles = {row[4] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles == {t.title for t in window.document.model.all(Touchpoint)}
    assert opened == [book]


def test_slides_for_stakeholders(qtbot, window: MainWindow, tmp_path: Path, opened) -> None:
    from pptx import Presentation

    dialog = _dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("pptx"))
    assert dialog.output.text().endswith("shop.pptx") and dialog.language.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    out = tmp_path / "deck.pptx"
    _choose(dialog, "pptx", out)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    slides = list(Presentation(str(out)).slides)
    assert slides[1].shapes.title.text == "Карта целиком" and slides[1].shapes[1].image.size[0] > 1000
    assert len(slides) >= 4 + len(window.document.model.stages())
    assert opened == [out]


def test_an_unwritable_target_says_so_in_one_line(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    _choose(dialog, "poster", tmp_path / "missing-folder" / "x.pdf")
    dialog.export_button.click()
    assert "existing folder" in dialog.status.text() and dialog.job is None


def test_the_poster_follows_the_windows_emotion_mode_and_visible_personas(qtbot, window: MainWindow) -> None:
    persona = window.document.model.personas()[0]
    window.view_state.set_emotion_mode("measured")
    window.view_state.set_persona_visible(persona.id, False)
    dialog = _dialog(qtbot, window)
    options = dialog.poster_options()
    assert options.emotions == "measured" and options.hidden_personas == frozenset({persona.id})


@pytest.mark.parametrize("kind", ["poster", "svg"])
def test_an_export_onto_the_project_itself_is_refused(qtbot, window: MainWindow, tmp_path: Path, kind: str) -> None:
    project = window.document.path
    before = project.read_bytes()
    alias = tmp_path / "alias.pdf"
    alias.symlink_to(project)
    dialog = _dialog(qtbot, window)
    for target in (project, alias):
        dialog.format.setCurrentIndex(dialog.format.findData(kind))
        dialog.output.clear()
        qtbot.keyClicks(dialog.output, str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert "this project's own file" in dialog.status.text() and dialog.job is None
        assert project.read_bytes() == before and alias.is_symlink()


def test_a_read_only_target_is_replaced_only_when_the_user_says_so(
    qtbot, window: MainWindow, tmp_path: Path, opened
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    out = tmp_path / "kept.svg"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    dialog = _dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(out))
    asked: list[str] = []

    def answer(button: str, tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 500:  # no question came: the test fails below
                QTimer.singleShot(10, lambda: answer(button, tries + 1))
            return
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer("Cancel"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["kept.svg is marked read-only. Replace it with the export?"]
    assert out.read_bytes() == b"kept" and "read-only and was left as it is" in dialog.status.text()
    QTimer.singleShot(0, lambda: answer("Replace"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and out.read_bytes().startswith(b"<?xml") and opened == [out]
