"""Window fixtures. Until the canvas lands, windows get a stand-in scene and view with the canvas's public API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from cxdesigner.commands.edit import DeleteEntities
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.ui import main_window
from cxdesigner.ui.main_window import MainWindow, open_windows


class StandInScene(QGraphicsScene):
    """The canvas scene's public API, recording calls (the real canvas is tested in tests/canvas)."""

    def __init__(self, document: Document, view_state) -> None:
        super().__init__()
        self.document, self.view_state = document, view_state
        self.calls: list[tuple] = []

    def add_stage_after_selection(self) -> None:
        self.calls.append(("stage",))

    def add_card_in_selection(self, channel=None) -> None:
        self.calls.append(("card", channel))

    def delete_selection(self) -> None:
        self.document.push(DeleteEntities(self.document.model, self.view_state.selection, "Delete"))

    def select_all(self) -> None:
        self.view_state.select(t.id for t in self.document.model.touchpoints())


class StandInView(QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.factor = 1.0

    def _set(self, factor: float) -> None:
        self.factor = factor
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self._set(self.factor * 1.25)

    def zoom_out(self) -> None:
        self._set(self.factor / 1.25)

    def zoom_reset(self) -> None:
        self._set(1.0)

    def fit_map(self) -> None:
        self._set(0.5)


def stand_in_canvas(document: Document, view_state) -> tuple[StandInScene, StandInView]:
    scene = StandInScene(document, view_state)
    return scene, StandInView(scene)


@pytest.fixture(autouse=True)
def _windows_closed_after(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(MainWindow, "canvas_factory", staticmethod(stand_in_canvas))
    yield
    for window in open_windows():
        window.close()
    main_window._WINDOWS.clear()
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
