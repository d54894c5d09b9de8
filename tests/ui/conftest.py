"""Window fixtures: a real window (canvas, panels) on a small shop map; every window is closed afterwards, and so
is any other top-level window a test left shown (a welcome screen left by run_gui made the canvas tests that
follow lose their hover cursor)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.ui import main_window, single_instance
from cxdesigner.ui.main_window import MainWindow, open_windows


@pytest.fixture(autouse=True)
def _windows_closed_after(qapp) -> Iterator[None]:
    yield
    single_instance.stop_serving()  # an editor started by run_gui serves later launches
    for window in open_windows():
        window.close()
    main_window._WINDOWS.clear()
    for widget in qapp.topLevelWidgets():  # the welcome screen run_gui leaves shown took later tests' mouse
        if widget.isVisible():
            widget.close()
    qapp.processEvents()


@pytest.fixture
def document(tmp_path: Path, journey: JourneyMap) -> Iterator[Document]:
    doc = Document.create(tmp_path / "shop.cxd", journey)
    yield doc
    with suppress(ValueError):  # a window that showed it closed it already
        doc.close()


@pytest.fixture
def window(qtbot, document: Document) -> Iterator[MainWindow]:
    win = MainWindow.open_new(document)
    qtbot.waitExposed(win)
    yield win
    if win in open_windows():
        win.close()
