"""View > Saved Views driven with real clicks and keys: saving, switching, renaming, deleting (each undoable),
F8 in workshop mode, and File > Export… from a view."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from cxdesigner.commands.edit import AddEntities
from cxdesigner.domain import saved_views
from cxdesigner.domain.entities import LaneKind
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.saved_views import SavedView, ViewLane
from cxdesigner.io.samples import SAMPLE, build_template
from cxdesigner.ui import preferences, theme
from cxdesigner.ui.main_window import MainWindow
from tests.export import pdfcheck

K = Qt.Key


@pytest.fixture(autouse=True)
def _menus_grab_the_keyboard(qt_warnings: list[str]) -> Iterator[None]:
    """A menu popped up grabs the keyboard, which the offscreen platform cannot do and says so: expected here."""
    yield
    qt_warnings[:] = [m for m in qt_warnings if m != "Qt: This plugin does not support grabbing the keyboard"]


@pytest.fixture
def journey() -> JourneyMap:
    return build_template(SAMPLE, language="en")  # with its two saved views


def click_entry(qtbot, menu: QMenu, text: str) -> None:
    """Pop ``menu`` up and click its entry ``text`` with the mouse."""
    menu.popup(QPoint(40, 40))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def answer_dialog(qtbot, text: str) -> Callable[[], None]:
    """Type ``text`` into the next modal dialog's line edit and press Enter (once it is up)."""

    def type_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, type_it)
            return
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, K.Key_Return)

    QTimer.singleShot(0, type_it)
    return type_it


def _lane(window: MainWindow, kind: LaneKind) -> str:
    return next(lane.id for lane in window.document.model.lanes() if lane.kind is kind)


def test_save_the_current_view_switch_away_and_back_with_one_click(qtbot, window: MainWindow) -> None:
    menus, model, state = window.saved_views, window.document.model, window.view_state
    backstage = _lane(window, LaneKind.BACKSTAGE)
    click_entry(qtbot, menus.menu, "Lanes Shown")  # opens the submenu; untick the backstage lane there
    click_entry(qtbot, menus.lanes_menu, "Backstage")
    assert state.hidden_lanes == {backstage}
    assert not window.scene.band_for(backstage).isVisible()
    worker = next(p for p in model.personas() if p.name.startswith("Office"))
    state.set_persona_visible(worker.id, False)
    state.set_emotion_mode("measured")
    window.view.set_zoom(0.75)
    answer_dialog(qtbot, "Workshop, student")
    click_entry(qtbot, menus.menu, "Save Current View As…")
    view = saved_views.by_name(model, "Workshop, student")
    assert view is not None and view.zoom == pytest.approx(0.75) and view.emotion_mode == "measured"
    shown = saved_views.content(model, view.id)
    assert backstage not in shown.lanes and len(shown.lanes) == len(model.lanes()) - 1
    assert worker.id not in shown.personas and len(shown.personas) == 1
    assert model.count(SavedView) == 3 and menus.current == view.id

    click_entry(qtbot, menus.menu, "Whole Map")
    assert state.hidden_lanes == frozenset() and state.persona_visible(worker.id)
    assert window.scene.band_for(backstage).isVisible()
    state.set_emotion_mode("designed")
    window.view.set_zoom(1.0)

    click_entry(qtbot, menus.menu, "Workshop, student")
    assert state.hidden_lanes == {backstage} and not state.persona_visible(worker.id)
    assert state.emotion_mode == "measured" and window.view.zoom == pytest.approx(0.75)
    assert not window.scene.band_for(backstage).isVisible()
    cards = [t for t in model.touchpoints() if t.lane_id == backstage]
    assert cards and not any(window.scene.item_for(t.id).isVisible() for t in cards)
    assert menus.view_actions[view.id].isChecked()

    window.document.undo()  # saving was one step
    assert saved_views.by_name(model, "Workshop, student") is None and model.count(SavedView) == 2
    window.document.redo()
    assert saved_views.by_name(model, "Workshop, student") is not None


def test_rename_and_delete_the_view_shown_each_one_undoable_step(qtbot, window: MainWindow) -> None:
    menus, model = window.saved_views, window.document.model
    first = saved_views.views(model)[0]
    click_entry(qtbot, menus.menu, first.name)
    answer_dialog(qtbot, "For the director")
    click_entry(qtbot, menus.menu, "Rename View…")
    assert model.get(SavedView, first.id).name == "For the director"
    assert "For the director" in [a.text() for a in menus.menu.actions()]
    rows = model.count(ViewLane)
    click_entry(qtbot, menus.menu, "Delete View")
    assert model.find(first.id) is None and model.count(ViewLane) < rows
    window.document.undo()
    assert model.get(SavedView, first.id).name == "For the director" and model.count(ViewLane) == rows
    window.document.undo()
    assert model.get(SavedView, first.id).name == first.name


def test_a_taken_name_is_refused_on_rename(qtbot, window: MainWindow) -> None:
    menus, model = window.saved_views, window.document.model
    first, second = saved_views.views(model)
    menus.apply(first.id)
    answer_dialog(qtbot, second.name)
    click_entry(qtbot, menus.menu, "Rename View…")
    assert model.get(SavedView, first.id).name == first.name
    assert second.name in window.statusBar().currentMessage()


@pytest.fixture
def presenting(qtbot, window: MainWindow) -> Iterator[MainWindow]:
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.view.hasFocus)
    window.window_actions.workshop.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    yield window
    window.presentation.leave()
    theme.apply_theme(preferences.Theme.LIGHT)


def test_f8_cycles_the_views_in_workshop_mode(qtbot, presenting: MainWindow) -> None:
    w, model = presenting, presenting.document.model
    everything = saved_views.make_view(
        model, "Everything", [p.id for p in model.personas()], [x.id for x in model.lanes()]
    )
    assert w.document.push(AddEntities(model, everything, "a third view"))
    side, student, whole = saved_views.views(model)
    stage = w.presentation.stage_index
    qtbot.keyClick(w.view, K.Key_F8)
    assert w.saved_views.current == side.id and w.view_state.emotion_mode == "both"
    assert w.view_state.hidden_lanes == {_lane(w, LaneKind.BACKSTAGE)}
    assert side.name in w.presentation.hud.text()
    qtbot.keyClick(w.view, K.Key_F8)
    assert w.saved_views.current == student.id and w.view_state.emotion_mode == "measured"
    hidden = (LaneKind.CONDITIONS, LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE)
    assert w.view_state.hidden_lanes == {_lane(w, kind) for kind in hidden}
    qtbot.keyClick(w.view, K.Key_F8)
    assert w.saved_views.current == whole.id and w.view_state.hidden_lanes == frozenset()
    qtbot.keyClick(w.view, K.Key_F8)  # wraps around
    assert w.saved_views.current == side.id
    qtbot.keyClick(w.view, K.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.saved_views.current == whole.id
    assert w.presentation.stage_index == stage and w.isFullScreen()  # the spotlight stays where it was


def test_export_a_report_from_a_view(qtbot, window: MainWindow, tmp_path) -> None:
    student = saved_views.views(window.document.model)[1]
    dialog = window.export_map()
    qtbot.waitExposed(dialog)
    dialog.open_file = lambda _path: True  # type: ignore[method-assign]
    assert dialog.saved_view.count() == 3
    dialog.format.setCurrentIndex(dialog.format.findData("report"))
    dialog.saved_view.setCurrentIndex(dialog.saved_view.findData(student.id))
    out = tmp_path / "view-report.pdf"
    dialog.output.setText(str(out))
    dialog.open_when_done.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.export_button.isEnabled(), timeout=60000)
    text = pdfcheck.squeeze(pdfcheck.text(out))
    assert "Student, buys a gift" in text
    assert "Office worker" not in text and "Order packed and sent" not in text


def test_a_view_action_is_a_plain_checkable_entry(window: MainWindow) -> None:
    actions = [a for a in window.saved_views.menu.actions() if isinstance(a, QAction) and a.isCheckable()]
    assert [a.text() for a in actions] == [v.name for v in saved_views.views(window.document.model)]
