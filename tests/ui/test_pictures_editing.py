"""Pictures in the window: Edit > Paste onto the selected card, the inspector's Add Picture…, caption and
Remove, each one step of Undo and Redo and in the file at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.pictures import Picture, pictures_of
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui.main_window import MainWindow


def _reopened(window: MainWindow) -> list[Picture]:
    store, journey = ProjectStore.open_file(window.document.path, read_only=True)
    store.close()
    return journey.all(Picture)


def _card(window: MainWindow) -> Touchpoint:
    return window.document.model.touchpoints()[0]


def _screenshot(width: int = 2000, height: int = 1000) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(30, 90, 200, 160))
    return image


def test_ctrl_v_pastes_the_clipboards_picture_onto_the_selected_card(qtbot, window: MainWindow) -> None:
    card = _card(window)
    window.view_state.select([card.id])
    QGuiApplication.clipboard().setImage(_screenshot())
    assert window.window_actions.paste.isEnabled()
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    (picture,) = pictures_of(window.document.model, card.id)
    assert (picture.width, picture.height, picture.name) == (1600, 800, "")
    assert _reopened(window) == [picture]
    assert window.window_actions.undo.text() == "&Undo Paste 1 picture"
    window.window_actions.undo.trigger()
    assert pictures_of(window.document.model, card.id) == [] and _reopened(window) == []
    window.window_actions.redo.trigger()
    assert pictures_of(window.document.model, card.id) == [picture] and _reopened(window) == [picture]


def test_paste_without_one_selected_card_does_not_take_a_picture(window: MainWindow) -> None:
    window.view_state.select([])
    QGuiApplication.clipboard().setImage(_screenshot(40, 30))
    assert not window.window_actions.paste.isEnabled()
    window.view_state.select([t.id for t in window.document.model.touchpoints()[:2]])
    assert not window.window_actions.paste.isEnabled()


def test_the_inspector_adds_captions_and_removes_pictures_each_undoable(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    card = _card(window)
    photo = tmp_path / "касса.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9480f"))
    assert image.save(str(photo))
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n and then nothing")
    window.view_state.select([card.id])
    pictures = window.panels["inspector"].pictures
    pictures.chooser = lambda _parent: [photo, bad]
    assert pictures.isVisible() and pictures.add_button.isEnabled()

    qtbot.mouseClick(pictures.add_button, Qt.MouseButton.LeftButton)

    (picture,) = pictures_of(window.document.model, card.id)
    assert picture.name == "касса.png" and (picture.width, picture.height) == (300, 200)
    assert pictures.list.count() == 1 and pictures.message.isVisible()
    assert pictures.message.text().startswith("bad.png is damaged")
    assert "300 × 200 px" in pictures.details.text()

    qtbot.mouseClick(pictures.caption, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pictures.caption, "Till at the door")
    pictures.caption.clearFocus()
    assert window.document.model.get(Picture, picture.id).caption == "Till at the door"
    assert _reopened(window)[0].caption == "Till at the door"
    assert pictures.list.item(0).text() == "Till at the door"
    window.window_actions.undo.trigger()  # the whole stretch of typing is one step
    assert window.document.model.get(Picture, picture.id).caption == ""
    assert pictures.caption.text() == ""
    window.window_actions.redo.trigger()
    assert pictures.caption.text() == "Till at the door"

    qtbot.mouseClick(pictures.remove_button, Qt.MouseButton.LeftButton)
    assert window.document.model.count(Picture) == 0 and pictures.list.count() == 0 and _reopened(window) == []
    window.window_actions.undo.trigger()
    assert pictures.list.count() == 1 and _reopened(window)[0].caption == "Till at the door"
