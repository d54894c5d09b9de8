"""The main window: menus with standard shortcuts, title, status bar, panels, banner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget

from cxdesigner.document import Document
from cxdesigner.domain.entities import Channel
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui import main_window, opening, recent
from cxdesigner.ui.help import ShortcutsDialog
from cxdesigner.ui.main_window import MainWindow, open_windows
from cxdesigner.ui.settings import app_settings

SK = QKeySequence.StandardKey


def test_menus_hold_the_actions_with_standard_shortcuts(window: MainWindow) -> None:
    a = window.window_actions
    expected = {
        a.new: SK.New, a.open: SK.Open, a.save_as: SK.SaveAs, a.close: SK.Close, a.quit: SK.Quit,
        a.undo: SK.Undo, a.redo: SK.Redo, a.cut: SK.Cut, a.copy: SK.Copy, a.paste: SK.Paste,
        a.delete: SK.Delete, a.select_all: SK.SelectAll, a.zoom_in: SK.ZoomIn, a.zoom_out: SK.ZoomOut,
    }  # fmt: skip
    for action, key in expected.items():
        bindings = QKeySequence.keyBindings(key) or [QKeySequence("Ctrl+Q")]  # Windows has no standard Quit
        assert all(b in action.shortcuts() for b in bindings), action.text()
    assert a.zoom_reset.shortcut() == QKeySequence("Ctrl+0")
    assert a.fit_map.shortcut() == QKeySequence("Ctrl+Shift+F")
    menus = window.menus
    assert [act for act in menus["file"].actions() if act.menu() is menus["recent"]]
    for name, wanted in {
        "file": [a.new, a.open, a.save_as, a.close, a.quit],
        "edit": [a.undo, a.redo, a.cut, a.copy, a.paste, a.delete, a.select_all],
        "view": [a.zoom_in, a.zoom_out, a.zoom_reset, a.fit_map],
        "help": [a.shortcuts, a.about],
    }.items():
        assert all(w in menus[name].actions() for w in wanted), name
    toggles = [act.text() for act in menus["panels"].actions()]
    assert toggles[:2] == ["Palette", "Inspector"]
    assert toggles == [spec.title for spec in main_window.PANELS]  # every registered panel, in order


def test_the_title_follows_the_map_title_edited_in_the_inspector(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "Shop — CX Designer"
    title = window.panels["inspector"].field("title")
    title.end(False)
    qtbot.keyClicks(title, " & <b>co</b>")
    assert window.windowTitle() == "Shop & <b>co</b> — CX Designer"
    assert window.window_actions.undo.isEnabled()
    assert "Rename map" in window.window_actions.undo.text()
    window.window_actions.undo.trigger()
    assert window.windowTitle() == "Shop — CX Designer"
    assert window.window_actions.redo.isEnabled() and not window.window_actions.undo.isEnabled()


def test_the_status_bar_shows_selection_and_zoom(window: MainWindow) -> None:
    assert window.selection_label.text() == "Nothing selected"
    window.view_state.select([t.id for t in window.document.model.touchpoints()[:2]])
    assert window.selection_label.text() == "2 selected"
    assert window.view.zoom < 1 and window.zoom_label.text() == f"Zoom {round(window.view.zoom * 100)} %"  # fitted
    window.window_actions.zoom_reset.trigger()
    window.window_actions.zoom_in.trigger()
    assert window.view.zoom > 1 and window.zoom_label.text() == f"Zoom {round(window.view.zoom * 100)} %"
    window.window_actions.zoom_reset.trigger()
    assert window.view.zoom == 1 and window.zoom_label.text() == "Zoom 100 %"
    window.window_actions.zoom_out.trigger()
    assert window.view.zoom < 1 and window.zoom_label.text() == f"Zoom {round(window.view.zoom * 100)} %"
    window.window_actions.fit_map.trigger()
    assert window.zoom_label.text() == f"Zoom {round(window.view.zoom * 100)} %"


def test_a_failed_write_shows_a_banner_with_save_as(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    window.document.write_failed.emit("The disk is full, so the last change was not written to shop.cxd.")
    assert window.banner.isVisible() and "disk is full" in window.banner.label.text()
    assert "disk is full" in window.statusBar().currentMessage()
    monkeypatch.setattr(opening, "ask_save_path", lambda parent, suggested: tmp_path / "rescued.cxd")
    qtbot.mouseClick(window.banner.save_as, Qt.MouseButton.LeftButton)
    assert window.document.path == tmp_path / "rescued.cxd" and not window.banner.isVisible()


def test_edit_refusals_reach_the_status_bar(window: MainWindow) -> None:
    window.document.edit_refused.emit("these touchpoints are already linked")
    assert window.statusBar().currentMessage() == "these touchpoints are already linked"


def test_panels_can_be_hidden_from_the_view_menu(window: MainWindow) -> None:
    toggle = window.docks["inspector"].toggleViewAction()
    assert window.docks["inspector"].isVisible()
    toggle.trigger()
    assert not window.docks["inspector"].isVisible()
    assert window.dockWidgetArea(window.docks["palette"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.docks["inspector"]) == Qt.DockWidgetArea.RightDockWidgetArea


def test_add_panel_makes_a_dock_and_a_toggle(window: MainWindow) -> None:
    dock = window.add_panel(QLabel("quality"), "Quality", "quality", Qt.DockWidgetArea.BottomDockWidgetArea)
    assert dock.objectName() == "quality" and window.panels["quality"] is dock.widget().widget()  # in a scroll area
    assert dock.toggleViewAction() in window.menus["panels"].actions()


def test_palette_entries_add_at_the_selection(qtbot, window: MainWindow) -> None:
    palette, model = window.panels["palette"], window.document.model
    advert = next(t for t in model.touchpoints() if t.title == "Advert")
    window.view_state.select([advert.id])
    entry = palette.entry("channel:website")
    palette.channels.setCurrentItem(entry)
    qtbot.keyClick(palette.channels, Qt.Key.Key_Return)
    added = [t for t in model.cell(advert.stage_id, advert.lane_id) if t.id != advert.id]
    assert len(added) == 1 and added[0].channel is Channel.WEBSITE
    assert window.view_state.selection == [added[0].id] and window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # leave the in-place title editor
    stages, lanes = len(model.stages()), len(model.lanes())
    palette.entry_activated.emit("stage")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    palette.entry_activated.emit("lane")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert (len(model.stages()), len(model.lanes())) == (stages + 1, lanes + 1)
    assert window.document.undo_stack.count() == 3
    for _ in range(3):
        window.window_actions.undo.trigger()
    assert len(model.touchpoints()) == 4 and (len(model.stages()), len(model.lanes())) == (stages, lanes)


def test_delete_and_select_all_go_through_the_canvas(window: MainWindow) -> None:
    model = window.document.model
    assert not window.window_actions.delete.isEnabled()
    window.window_actions.select_all.trigger()
    assert len(window.view_state.selection) == 4 and window.window_actions.delete.isEnabled()
    window.window_actions.delete.trigger()
    assert not model.touchpoints()
    window.window_actions.undo.trigger()
    assert len(model.touchpoints()) == 4


def test_new_opens_an_untitled_eight_stage_map_in_a_new_window(window: MainWindow) -> None:
    window.window_actions.new.trigger()
    fresh = open_windows()[-1]
    assert fresh is not window and fresh.document.is_untitled
    assert len(fresh.document.model.stages()) == 8
    assert fresh.windowTitle() == "Customer journey — CX Designer"
    path = fresh.document.path
    fresh.close()
    assert not path.exists(), "an untouched untitled map is not kept"


def test_close_releases_the_lock(window: MainWindow, document: Document) -> None:
    path = document.path
    window.window_actions.close.trigger()
    assert window not in open_windows()
    Document.open(path).close()


def test_open_replaces_an_untouched_untitled_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, journey
) -> None:
    blank = MainWindow.open_new(opening.new_untitled())
    Document.create(tmp_path / "kept.cxd", journey).close()
    monkeypatch.setattr(opening, "ask_open_path", lambda parent: tmp_path / "kept.cxd")
    blank.window_actions.open.trigger()
    assert [w.document.path.name for w in open_windows()] == ["kept.cxd"]
    assert recent.recent_paths() == [tmp_path / "kept.cxd"]


def test_open_keeps_a_touched_window_and_reuses_an_open_one(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, journey
) -> None:
    Document.create(tmp_path / "second.cxd", journey).close()
    monkeypatch.setattr(opening, "ask_open_path", lambda parent: tmp_path / "second.cxd")
    window.window_actions.open.trigger()
    window.window_actions.open.trigger()  # already open: that window comes forward, no second copy
    assert [w.document.path.name for w in open_windows()] == ["shop.cxd", "second.cxd"]


def test_save_as_moves_the_window_to_the_new_file(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    win = MainWindow.open_new(opening.new_untitled())
    untitled = win.document.path
    title = win.panels["inspector"].field("title")
    qtbot.keyClicks(title, "!")
    monkeypatch.setattr(opening, "ask_save_path", lambda parent, suggested: tmp_path / "named.cxd")
    win.window_actions.save_as.trigger()
    assert win.document.path == tmp_path / "named.cxd" and not win.document.is_untitled
    assert not untitled.exists(), "the untitled file is gone once the map has a name"
    assert win.windowFilePath() == str(tmp_path / "named.cxd")
    assert recent.recent_paths()[0] == tmp_path / "named.cxd"
    qtbot.keyClicks(title, "?")
    store, saved = ProjectStore.open_file(tmp_path / "named.cxd", read_only=True)
    store.close()
    assert saved.info.title == "!?Customer journey"  # an unfocused field shows its start, so typing begins there


def test_save_as_onto_a_file_in_use_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, journey
) -> None:
    held = Document.create(tmp_path / "held.cxd", journey)
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    monkeypatch.setattr(opening, "ask_save_path", lambda parent, suggested: held.path)
    assert not window.save_as()
    assert shown and "held.cxd" in shown[0] and window.document.path.name == "shop.cxd"
    held.close()


def test_recent_files_persist_and_skip_missing_ones(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, journey
) -> None:
    paths = []
    for i in range(12):
        path = tmp_path / f"map-{i}.cxd"
        Document.create(path, journey).close()
        recent.add_recent(path)
        paths.append(path)
    assert recent.recent_paths() == paths[::-1][:10]
    assert app_settings().value(recent.KEY)[0] == str(paths[-1]), "stored in the settings file"
    paths[-1].unlink()
    assert recent.recent_paths() == paths[::-1][1:10]
    win = MainWindow.open_new(opening.new_untitled())
    win.menus["recent"].aboutToShow.emit()
    entries = [a for a in win.menus["recent"].actions() if a.data()]
    assert [a.text() for a in entries] == [p.name for p in paths[::-1][1:10]]
    monkeypatch.setattr(opening, "show_error", lambda parent, message: None)
    entries[0].trigger()
    assert open_windows()[-1].document.path == paths[-2]
    win = open_windows()[-1]
    win.window_actions.clear_recent.trigger()
    assert recent.recent_paths() == []


def test_the_shortcut_list_names_every_action(qtbot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window.actions_with_shortcuts(), window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Fit Map"] == "Ctrl+Shift+F" and rows["100 %"] == "Ctrl+0"
    assert "New" not in rows["New"].split(", "), "dedicated hardware keys are left out"
    assert "Ctrl+Z" in rows[next(k for k in rows if k.startswith("Undo"))]
    assert rows[next(k for k in rows if k.startswith("Rename the selected card"))] == "F2", "the canvas's keys"
    assert rows["Pan"] == "Middle button drag or Space+drag"


def test_read_only_windows_say_so_and_refuse_edits(qtbot, document: Document) -> None:
    path = document.path
    document.close()
    win = MainWindow.open_new(Document.open(path, read_only=True))
    assert win.windowTitle() == "Shop [read-only] — CX Designer"
    win.view_state.select([win.document.model.touchpoints()[0].id])
    a = win.window_actions
    assert a.copy.isEnabled() and not a.cut.isEnabled() and not a.delete.isEnabled()


def test_the_first_layout_puts_the_palette_left_and_tabs_the_rest_on_the_right(window: MainWindow) -> None:
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.docks["palette"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert all(window.dockWidgetArea(d) == right for name, d in window.docks.items() if name != "palette")
    shown = {name for name, dock in window.docks.items() if dock.isVisible()}
    assert shown == {"palette", "inspector", "quality", "personas"}, "the detail panels open on demand"
    tabbed = set(window.tabifiedDockWidgets(window.docks["inspector"]))
    assert tabbed == {window.docks["quality"], window.docks["personas"]}
    assert window.tabPosition(right) == QTabWidget.TabPosition.East, "vertical tabs: room for whole names"
    assert window.corner(Qt.Corner.BottomLeftCorner) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.view.width() > window.width() / 2, "the canvas keeps most of the window"
    window.docks["voice"].toggleViewAction().trigger()  # View > Panels > Voice of the customer
    assert window.docks["voice"] in window.tabifiedDockWidgets(window.docks["inspector"])
    assert window.docks["voice"].isVisible() and not window.docks["voice"].visibleRegion().isEmpty(), "shown in front"
    window.docks["voice"].toggleViewAction().trigger()
    assert not window.docks["voice"].isVisible()


def test_docks_never_take_half_the_window(qtbot, window: MainWindow) -> None:
    window.showNormal()
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.width() == 1200)
    window.resizeDocks([window.docks["inspector"]], [900], Qt.Orientation.Horizontal)  # as a drag would
    qtbot.waitUntil(lambda: window.docks["inspector"].width() <= 300)
    assert window.view.width() >= window.width() / 2


def test_the_window_can_shrink_to_a_small_screen(window: MainWindow) -> None:
    for name in window.docks:  # every panel open at once: none forces the window wider or taller
        window.docks[name].show()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600, hint
