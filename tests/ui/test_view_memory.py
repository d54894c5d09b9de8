"""The first look at a map (its whole height, fitted again while the window settles) and the view remembered
per file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cxdesigner.document import Document
from cxdesigner.ui.main_window import MainWindow


def _height_shown(window: MainWindow) -> bool:
    b, view = window.scene.layout.bounds, window.view
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return seen.top() <= b.y and seen.bottom() >= b.y + b.h


def _ctrl_wheel(window: MainWindow, steps: int) -> None:
    port = window.view.viewport()
    at = QPointF(port.rect().center())
    event = QWheelEvent(at, QPointF(port.mapToGlobal(at.toPoint())), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(port, event)


def test_a_map_opens_at_its_whole_height_until_the_user_zooms(qtbot, window: MainWindow) -> None:
    window.showNormal()
    window.resize(1300, 900)  # as a window manager settles the window after it is shown
    qtbot.waitUntil(lambda: window.view.viewport().height() > 700)
    assert _height_shown(window), "every lane is in view"
    assert window.zoom_label.text() == f"Zoom {round(window.view.zoom * 100)} %"
    _ctrl_wheel(window, 2)
    zoomed = window.view.zoom
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.view.viewport().height() < 650)
    assert window.view.zoom == zoomed, "after the user's first zoom, a resize keeps the user's zoom"


def test_the_view_is_remembered_per_file(qtbot, window: MainWindow) -> None:
    path = window.document.path
    _ctrl_wheel(window, 3)
    window.view.centerOn(QPointF(900, 500))
    zoom = window.view.zoom
    center = window.view.mapToScene(window.view.viewport().rect().center())
    window.close()
    again = MainWindow.open_new(Document.open(path))
    qtbot.waitExposed(again)
    assert again.view.zoom == zoom and again.zoom_label.text() == f"Zoom {round(zoom * 100)} %"
    seen = again.view.mapToScene(again.view.viewport().rect().center())
    assert abs(seen.x() - center.x()) < 2 and abs(seen.y() - center.y()) < 2
    again.close()
