"""File > Compare with…: another map file against the window's map, listed and highlighted on the canvas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.io import json_format
from cxdesigner.storage.store import ProjectStore
from cxdesigner.ui import compare_with
from cxdesigner.ui.main_window import MainWindow


def test_compare_with_a_file_lists_and_highlights_the_changed_card(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    other = json_format.loads(json_format.dumps(window.document.model))
    site = next(t for t in other.touchpoints() if t.title == "Website")
    other.update(Touchpoint, site.id, title="Old website")
    path = tmp_path / "earlier.cxd"
    ProjectStore.create(path, other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.window_actions.compare.trigger()
    panel = window.panels["revisions"]
    assert panel.comparison is not None and [c.touchpoint_id for c in panel.comparison.changed] == [site.id]
    assert site.id in window.view_state.highlighted("changed")
    assert window.docks["revisions"].isVisible()
    assert "earlier.cxd" in panel.old_combo.currentText()
    assert window.window_actions.compare in window.menus["file"].actions()


def test_an_unreadable_file_gets_one_line(window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "junk.cxd"
    junk.write_text("nothing", encoding="utf-8")
    assert not compare_with.compare_with_file(window, junk)
    assert "junk.cxd" in window.statusBar().currentMessage()
