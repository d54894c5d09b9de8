"""The welcome screen: new from a template (in English or Russian), the sample, Open…, recent projects."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from cxdesigner import app as app_module
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io.samples import SAMPLE_FILES
from cxdesigner.paths import resource_path
from cxdesigner.ui import opening, recent, thumbnails
from cxdesigner.ui.main_window import open_windows
from cxdesigner.ui.welcome import WelcomeWindow


@pytest.fixture
def welcome(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[WelcomeWindow]:
    monkeypatch.setenv("HOME", str(tmp_path))
    screen = WelcomeWindow()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen


def test_no_recent_projects_says_so(welcome: WelcomeWindow) -> None:
    assert welcome.recent_list.count() == 1 and welcome.recent_list.item(0).text() == "No recent projects yet"
    assert welcome.recent_list.item(0).flags() == Qt.ItemFlag.NoItemFlags


@pytest.mark.parametrize(("template", "language", "first_stage"), [
    ("blank", "en", "Stage 1"), ("eight-stages", "ru", "Потребность"), ("online-shop", "ru", "Потребность"),
])  # fmt: skip
def test_new_from_a_template_opens_its_window_and_closes_the_welcome(
    qtbot, welcome: WelcomeWindow, template: str, language: str, first_stage: str
) -> None:
    welcome.language.setCurrentIndex(welcome.language.findData(language))
    qtbot.mouseClick(welcome.buttons[template], Qt.MouseButton.LeftButton)
    (window,) = open_windows()
    assert window.document.is_untitled and window.document.model.stages()[0].title == first_stage
    assert window.document.model.count(Touchpoint) == (16 if template == "online-shop" else 0)
    qtbot.waitUntil(lambda: not welcome.isVisible())


def test_the_sample_opens_as_a_copy_in_documents(qtbot, welcome: WelcomeWindow, tmp_path: Path) -> None:
    welcome.language.setCurrentIndex(welcome.language.findData("ru"))
    window = welcome.start("sample")
    assert window is not None and window.document.path.parent == tmp_path / "Documents" / "CX Designer"
    assert window.document.path.name == "tshirt-shop.ru.cxd"
    assert window.document.model.info.title == "Магазин футболок с весёлыми принтами"
    assert window.document.model.count(Snapshot) == 1 and not window.document.read_only


def test_recent_projects_and_open(qtbot, welcome: WelcomeWindow, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["en"]), path)
    recent.add_recent(path)
    recent.add_recent(tmp_path / "gone.cxd")  # a missing file is not listed
    welcome.fill_recent()
    assert welcome.recent_list.count() == 1, "a missing file is not listed"
    first = welcome.recent_list.item(0)
    assert first.text().startswith("shop\nshop.cxd · ") and first.icon().isNull(), "no picture saved yet"
    welcome.recent_list.itemActivated.emit(first)
    (window,) = open_windows()
    assert window.document.path == path
    window.close()  # saves the map's picture and title for the welcome screen
    welcome.fill_recent()
    first = welcome.recent_list.item(0)
    assert first.text().startswith("T-shirt shop: funny prints\nshop.cxd · ") and not first.icon().isNull()
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    bad = tmp_path / "bad.cxd"
    bad.write_text("not a project")
    monkeypatch.setattr(opening, "ask_open_path", lambda parent: bad)
    assert welcome.open_path(None) is None and shown and "bad.cxd" in shown[0]
    monkeypatch.setattr(opening, "ask_open_path", lambda parent: None)
    assert welcome.open_path(None) is None


def test_starting_with_no_file_shows_the_welcome(qapp: QApplication, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = qapp.font()
    shot = tmp_path / "welcome.png"
    assert app_module.run_gui(None, screenshot=shot) == 0
    qapp.setFont(font)
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 600
    assert not open_windows()  # nothing was chosen: no map window, no untitled file


def test_each_template_shows_a_thumbnail_drawn_from_it(qtbot, welcome: WelcomeWindow) -> None:
    welcome.draw_thumbnails()
    images = {name: button.icon().pixmap(thumbnails.WIDTH, thumbnails.HEIGHT).toImage()
              for name, button in welcome.buttons.items()}  # fmt: skip
    assert len({image.cacheKey() for image in images.values()}) == 4
    for name, image in images.items():
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > (12 if name != "blank" else 3), f"{name}: the map is drawn, not a blank box"


def test_a_file_dropped_on_the_welcome_opens_or_is_imported(qtbot, welcome: WelcomeWindow, tmp_path: Path) -> None:
    source = tmp_path / "flow.mmd"
    source.write_text("journey\n  title Coffee\n  section Order\n    Pick a drink: 4: Guest\n", encoding="utf-8")
    _drop(welcome, [source])
    (window,) = open_windows()
    assert window.document.is_untitled and [t.title for t in window.document.model.touchpoints()] == ["Pick a drink"]
    qtbot.waitUntil(lambda: not welcome.isVisible())


def _drop(target, paths: list[Path]) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at, actions = QPoint(20, 20), Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def test_a_project_dropped_on_a_window_opens_and_a_bad_file_is_refused_in_one_line(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxdesigner.document import Document
    from cxdesigner.ui.main_window import MainWindow

    first = tmp_path / "first.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["en"]), first)
    window = MainWindow.open_new(Document.open(first))
    qtbot.waitExposed(window)
    other = tmp_path / "other.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES["ru"]), other)
    _drop(window, [other])
    assert [w.document.path for w in open_windows()] == [first, other]
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    _drop(window, [broken])
    assert len(open_windows()) == 2 and len(shown) == 1 and shown[0].startswith("broken.json cannot be imported")
    assert "\n" not in shown[0]
