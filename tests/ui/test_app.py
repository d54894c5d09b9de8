"""Starting the editor: font, names, icon, the error hook, the first document, the screenshot option."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from cxdesigner import app as app_module
from cxdesigner.document import Document
from cxdesigner.ui import opening, preferences, theme
from cxdesigner.ui.main_window import MainWindow, open_windows


@pytest.fixture
def started(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """``setup_application`` on the test's QApplication, undone afterwards."""
    font, names = qapp.font(), (qapp.organizationName(), qapp.applicationName())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield app_module.setup_application()
    qapp.setFont(font)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    for box in list(app_module._shown_boxes):
        box.close()


def test_the_bundled_font_is_registered_the_names_and_icon_are_set(started: QApplication) -> None:
    assert "DejaVu Sans" in QFontDatabase.families()  # for the map
    assert (started.organizationName(), started.applicationName()) == ("cxdesigner", "CX Designer")
    assert not started.windowIcon().isNull()
    assert sys.excepthook is app_module.handle_exception


def test_the_interface_uses_the_desktops_own_font(started: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    desktop = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = started.font()
    assert (font.family(), font.pointSize()) == (desktop.family(), desktop.pointSize())
    assert font.family() != "DejaVu Sans"  # the platform's name for its font ("Sans Serif" here), not ours
    monkeypatch.setattr(preferences, "theme", lambda: preferences.Theme.PROJECTOR)
    font = app_module.setup_application().font()
    assert font.family() == desktop.family() and font.pointSize() == theme.PROJECTOR_POINT_SIZE
    monkeypatch.setattr(preferences, "theme", lambda: preferences.Theme.LIGHT)
    app_module.setup_application()


def test_an_unexpected_error_is_one_line_for_the_user_and_a_traceback_in_the_log(
    qtbot, started: QApplication, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise ValueError("boom <b>")

    QTimer.singleShot(0, broken)  # raised inside Qt's event loop, as a slot would
    qtbot.waitUntil(lambda: "boom" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "\n" not in message and "ValueError: boom <b>" in message
    log = app_module.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and 'raise ValueError("boom <b>")' in log
    err = capsys.readouterr().err
    assert "Traceback" not in err and "boom" in err
    boxes = [b for b in app_module._shown_boxes if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == message and not boxes[0].isModal()


def test_a_file_that_cannot_be_opened_ends_with_status_2(
    monkeypatch: pytest.MonkeyPatch, started: QApplication, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    bad = tmp_path / "bad.cxd"
    bad.write_bytes(b"\x00" * 100)
    assert app_module.run_gui(bad) == app_module.EXIT_FILE_PROBLEM
    assert shown and "bad.cxd" in shown[0] and not open_windows()


def test_sample_opens_a_copy_in_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    doc = app_module.first_document(None, sample=True, read_only=False)
    assert doc is not None and doc.path.parent == tmp_path / "Documents" / "CX Designer"
    assert not doc.read_only and doc.model.stages()
    doc.close()
    viewer = app_module.first_document(None, sample=True, read_only=True)
    assert viewer is not None and viewer.read_only and viewer.path != doc.path
    viewer.close()


def test_no_file_starts_an_untitled_map() -> None:
    doc = app_module.first_document(None, sample=False, read_only=False)
    assert doc is not None and doc.is_untitled and len(doc.model.stages()) == 8
    doc.close()


def test_the_screenshot_option_saves_the_shown_window_and_quits(
    started: QApplication, document: Document, tmp_path: Path
) -> None:
    path = document.path
    document.close()
    shot = tmp_path / "window.png"
    assert app_module.run_gui(path, screenshot=shot) == 0
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 600 and image.height() > 400
    assert [w.document.path for w in open_windows()] == [path]
