"""File > Print…: the poster (on one page or tiled) and the report go to the printer from the PDF the export
writes, here a PDF printer whose output is read back (pages, paper, words)."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QRadioButton

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.export.poster import PosterOptions, write_poster
from cxdesigner.export.report import ReportOptions, write_report
from cxdesigner.io import samples
from cxdesigner.ui import print_dialog, printing
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.print_dialog import PrintMapDialog
from cxdesigner.ui.printing import PrintKind

DPI = 60  # enough to see a page; the words are read from the text laid over it


@pytest.fixture(scope="module")
def sample() -> JourneyMap:
    return samples.build_template("sample", "", "en")


def pdf_printer(out: Path, landscape: bool = True) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    turn = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(turn)
    return printer


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def words(pdf: Path) -> set[str]:
    return set(text(pdf).split())


def letters(pdf: Path) -> Counter[str]:
    """Every character of the text but the spaces, however a reader joins them into words and lines."""
    return Counter(c for c in text(pdf) if not c.isspace())


def looks_alike(a: Path, b: Path, dpi: int = 30) -> bool:
    """The first pages of two PDFs drawn small (about the same size): much the same ink in much the same places."""
    one, two = printing.page_image(a, 1, dpi), printing.page_image(b, 1, dpi)
    if abs(one.width() - two.width()) > 1 or abs(one.height() - two.height()) > 1:
        return False
    one = one.scaled(two.size())  # Qt rounds the page to whole points
    pixels = [(x, y) for y in range(two.height()) for x in range(two.width())]
    light = [(one.pixelColor(x, y).lightness(), two.pixelColor(x, y).lightness()) for x, y in pixels]
    apart = sum(1 for p, q in light if abs(p - q) > 128)
    ink_one, ink_two = sum(1 for p, _ in light if p < 192), sum(1 for _, q in light if q < 192)
    return apart <= 0.01 * len(pixels) and ink_two > 0.01 * len(pixels) and abs(ink_one - ink_two) < 0.3 * ink_two


def test_the_poster_prints_on_one_sheet_of_the_printers_paper(sample: JourneyMap, tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    assert printing.print_map(sample, PrintKind.POSTER, pdf_printer(printed), DPI) == 1
    assert info(printed)["Pages"] == "1" and info(printed)["Page size"].startswith("842 x 595")
    exported = tmp_path / "poster.pdf"
    write_poster(sample, exported, PosterOptions(paper="A4", landscape=True))
    assert letters(printed) == letters(exported)  # the export's own page, to the letter
    assert looks_alike(printed, exported)  # and its picture
    assert {"T-shirt", "Need", "Recommendation"} <= words(printed)


def test_the_tiled_poster_prints_every_sheet_and_the_assembly_page(sample: JourneyMap, tmp_path: Path) -> None:
    printed = tmp_path / "tiled.pdf"
    pages = printing.print_map(sample, PrintKind.TILED, pdf_printer(printed), DPI)
    exported = write_poster(sample, tmp_path / "tiles.pdf", PosterOptions(paper="A4", landscape=True, tile=True))
    assert pages == exported.pages > 2 and info(printed)["Pages"] == str(pages)
    assert {"A1", "A2", "B1"} <= words(printed)


def test_the_report_prints_every_page(sample: JourneyMap, tmp_path: Path) -> None:
    printed = tmp_path / "report.pdf"
    pages = printing.print_map(sample, PrintKind.REPORT, pdf_printer(printed, landscape=False), DPI)
    exported = tmp_path / "exported.pdf"
    assert pages == write_report(sample, exported, ReportOptions(paper="A4")).pages > 3
    assert info(printed)["Pages"] == str(pages) and info(printed)["Page size"].startswith("595 x 842")
    assert letters(printed) == letters(exported)


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> PrintMapDialog:
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or _shown(window), PrintMapDialog))
    return _shown(window)


def click(qtbot, radio: QRadioButton) -> None:
    """A click on a choice's round button, at the left of its row."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _shown(window: MainWindow) -> PrintMapDialog | None:
    found = [d for d in window.findChildren(PrintMapDialog) if d.isVisible()]
    return found[0] if found else None


def test_ctrl_p_then_print_sends_the_chosen_report_to_the_printer(
    qtbot, dialog: PrintMapDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "from-the-menu.pdf"

    def choose(printer: QPrinter, _parent) -> bool:  # what the user picks in the print dialog: a PDF file
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_dialog, "ask_printer", choose)
    monkeypatch.setattr(printing, "MAX_DPI", DPI)
    report = dialog.choices[PrintKind.REPORT]
    click(qtbot, report)
    assert dialog.kind() is PrintKind.REPORT
    assert dialog.printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and int(info(out)["Pages"]) > 2
    assert {"Personas", "Need"} <= words(out)
    assert not dialog.isVisible()


def test_preview_shows_the_pages_that_will_print(qtbot, dialog: PrintMapDialog, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(print_dialog, "show_preview", lambda preview: shown.append(preview) or preview.show())
    tiled = dialog.choices[PrintKind.TILED]
    click(qtbot, tiled)
    assert dialog.kind() is PrintKind.TILED
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = shown[0].findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 2, timeout=60000)
    shown[0].close()


def test_without_poppler_printing_says_so_in_one_line(qtbot, dialog: PrintMapDialog, monkeypatch) -> None:
    monkeypatch.setattr(print_dialog, "ask_printer", lambda printer, parent: True)
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Install poppler-utils (pdftoppm and pdftotext) to print."
    assert dialog.isVisible()
