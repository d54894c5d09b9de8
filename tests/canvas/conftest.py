"""Canvas fixtures: the bundled font registered, a project file, and a shown, focused MapView on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxdesigner.canvas import style
from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.view import MapView
from cxdesigner.document import Document
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.viewstate import ViewState
from tests.canvas.gestures import Canvas
from tests.conftest import small_map


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:
    """Register DejaVu Sans, as the window does (the map draws in it; the interface keeps the desktop's font)."""
    style.font_family()


def open_canvas(qtbot, path: Path, journey: JourneyMap) -> Canvas:
    doc = Document.create(path, journey)
    state = ViewState()
    scene = MapScene(doc, state)
    view = MapView(scene)
    view.resize(1600, 1000)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: view.hasFocus() and scene.isActive())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    return Canvas(doc, state, scene, view)


@pytest.fixture
def canvas(qtbot, tmp_path: Path) -> Iterator[Canvas]:
    """The small shop map (eight stages, four linked cards) on a shown view at 100 %."""
    kit = open_canvas(qtbot, tmp_path / "shop.cxd", small_map())
    yield kit
    kit.doc.close()
