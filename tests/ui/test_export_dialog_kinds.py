"""File > Export… shows what is exported: its own options and preview, a sensible place, a viewer or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from cxdesigner.commands.edit import SetFields
from cxdesigner.ui import opening
from cxdesigner.ui.export_dialog import ExportDialog
from cxdesigner.ui.main_window import MainWindow

POSTER_ONLY = ("fit", "tile", "scale", "overlap")


def _dialog(qtbot, window: MainWindow) -> ExportDialog:
    window.window_actions.export.trigger()
    shown = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(shown) == 1  # it closes with its window (and is deleted when closed)
    return shown[0]


def _pick(qtbot, combo: QComboBox, data: object) -> None:
    """Choose an entry as a keyboard user does: focus the box, then arrow keys to the entry."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def _shown_rows(dialog: ExportDialog) -> set[str]:
    return {name for name, widget in dialog._rows.items() if widget.isVisibleTo(dialog)}  # noqa: SLF001


def _ink(image) -> int:  # noqa: ANN001 - a QImage
    """How many sampled pixels are dark (text, lines)."""
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_report_mode_shows_the_reports_options_and_its_first_page(qtbot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    assert set(POSTER_ONLY) <= _shown_rows(dialog)
    _pick(qtbot, dialog.format, "report")
    assert _shown_rows(dialog) == {"paper", "orientation", "margin", "language"}
    page = dialog.preview.page_image
    assert page is not None and page.width() > page.height()  # an A4 landscape page, not the poster
    assert dialog.preview.tiles == [] and dialog.sheets.text() == "The report's first page"
    assert _ink(page) > 50  # the cover's title and counts are on it
    shot = dialog.preview.grab().toImage()
    shot.save("/tmp/ev/report-preview.png")
    assert _ink(shot) > 10
    _pick(qtbot, dialog.orientation, False)  # portrait: the page drawn again, upright
    turned = dialog.preview.page_image
    assert turned is not None and turned.height() > turned.width()
    _pick(qtbot, dialog.format, "poster")
    assert set(POSTER_ONLY) <= _shown_rows(dialog) and dialog.preview.page_image is None


@pytest.mark.parametrize(
    ("kind", "rows", "first"),
    [("pptx", {"language"}, "Title slide"), ("xlsx", set(), "Touchpoints: 4 rows"), ("png", {"zoom"}, None)],
)
def test_other_kinds_show_their_own_options_and_contents(qtbot, window: MainWindow, kind, rows, first) -> None:
    dialog = _dialog(qtbot, window)
    _pick(qtbot, dialog.format, kind)
    assert _shown_rows(dialog) == rows
    assert (dialog.preview.outline[0] if dialog.preview.outline else None) == first
    if kind == "pptx":
        assert "One slide per stage: 8" in dialog.preview.outline
        w, h = dialog.preview.page
        assert w / h == pytest.approx(16 / 9)


def test_an_untitled_map_is_exported_to_documents_under_its_title(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    document = opening.new_untitled("eight-stages", "en")
    window = MainWindow.open_new(document)
    qtbot.waitExposed(window)
    assert document.push(SetFields(document.model, document.model.info, "Rename", title='Shop: "spring" a/b?'))
    dialog = _dialog(qtbot, window)
    assert dialog.output.text() == str(tmp_path / "Documents" / "Shop spring a b.pdf")
    _pick(qtbot, dialog.format, "report")
    assert dialog.output.text() == str(tmp_path / "Documents" / "Shop spring a b-report.pdf")
    elsewhere = tmp_path / "handouts"
    elsewhere.mkdir()
    dialog.open_when_done.setChecked(False)
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(elsewhere / "mine.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.close()
    again = _dialog(qtbot, window)
    assert again.output.text() == str(elsewhere / "Shop spring a b.pdf")  # the last export folder
    assert opening.file_stem(" ..\x00 ") == ""


def test_when_no_viewer_opens_the_file_it_says_so_and_offers_the_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def nobody_opens(path: Path) -> bool:
        asked.append(path)
        return path.is_dir()  # no viewer for the PDF; the file manager shows the folder

    monkeypatch.setattr(ExportDialog, "open_file", staticmethod(nobody_opens))
    dialog = _dialog(qtbot, window)
    dialog.open_when_done.setChecked(True)
    out = tmp_path / "poster.pdf"
    dialog.output.clear()
    qtbot.keyClicks(dialog.output, str(out))
    assert not dialog.show_folder.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [out] and out.exists()
    assert "no program opened it" in dialog.status.text() and "\n" not in dialog.status.text()
    assert dialog.show_folder.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.show_folder, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert asked == [out, tmp_path] and not dialog.show_folder.isVisibleTo(dialog)
