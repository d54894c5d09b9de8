"""The start-up keeps Python's cyclic collector paused from the open of the first map until its window has
painted (``app.CollectAfterPaint``), and always lets it run again."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cxdesigner import app as app_module
from cxdesigner import collector
from cxdesigner.document import Document
from cxdesigner.ui import opening
from cxdesigner.ui.collect_after_paint import CollectAfterPaint
from cxdesigner.ui.main_window import MainWindow


def _collector_seen_by_open_new(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the collector ran, at each ``MainWindow.open_new`` from now on."""
    seen: list[bool] = []
    real_open_new = MainWindow.open_new.__func__  # type: ignore[attr-defined]

    def open_new(cls: type[MainWindow], doc: Document, near: object = None) -> MainWindow:
        seen.append(gc.isenabled())
        return real_open_new(cls, doc, near)

    monkeypatch.setattr(MainWindow, "open_new", classmethod(open_new))
    return seen


def test_the_open_and_the_window_are_made_with_the_collector_paused_and_it_runs_again_after(
    qapp: QApplication, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = document.path
    document.close()
    seen = _collector_seen_by_open_new(monkeypatch)
    assert gc.isenabled()
    assert app_module.run_gui(path, exit_after_paint=True) == 0
    assert seen == [False]  # the window was made with the collector paused
    assert gc.isenabled() and collector._pauses == 0  # and it runs again once run_gui is over


def test_a_map_that_cannot_be_opened_leaves_the_collector_running(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    broken = tmp_path / "broken.cxd"
    broken.write_bytes(b"not a project at all")
    assert app_module.run_gui(broken, exit_after_paint=True) == app_module.EXIT_FILE_PROBLEM
    assert len(shown) == 1
    assert gc.isenabled() and collector._pauses == 0


def test_the_collector_runs_again_on_the_turn_after_the_first_paint(qapp: QApplication, qtbot: QtBot) -> None:
    held = CollectAfterPaint()
    assert not gc.isenabled()
    label = QLabel("map")
    qtbot.addWidget(label)
    held.watch(label)
    assert not gc.isenabled()  # not shown, not painted: still paused
    label.show()
    qtbot.waitUntil(gc.isenabled, timeout=3000)
    held.release()  # idempotent: a second release does not end anyone else's pause
    collector.hold()
    held.release()
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled()


def test_file_open_makes_the_window_with_the_collector_paused_until_it_has_painted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, journey: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    Document.create(tmp_path / "second.cxd", journey).close()
    seen = _collector_seen_by_open_new(monkeypatch)
    opened = window.open_path(tmp_path / "second.cxd")
    assert opened is not None and seen == [False]
    qtbot.waitUntil(gc.isenabled, timeout=3000)  # once the new window has painted
    assert collector._pauses == 0


def test_a_file_open_that_fails_lets_the_collector_run_at_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "show_error", lambda parent, message: None)
    broken = tmp_path / "broken.cxd"
    broken.write_bytes(b"not a project at all")
    assert window.open_path(broken) is None
    assert gc.isenabled() and collector._pauses == 0


def test_an_open_that_raises_lets_the_collector_run_at_once(qapp: QApplication) -> None:
    with pytest.raises(OSError), CollectAfterPaint():
        assert not gc.isenabled()
        raise OSError("the disk went away")
    assert gc.isenabled() and collector._pauses == 0
