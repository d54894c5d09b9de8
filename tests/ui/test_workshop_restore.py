"""Leaving workshop mode with Esc restores exactly what was there: the window's geometry, the docks' state
(saveState bytes), the application's fonts, style and palette."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from cxdesigner.ui.main_window import MainWindow

Role = QPalette.ColorRole
ROLES = (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button, Role.Highlight)


def _looks(window: MainWindow) -> dict[str, object]:
    app = QApplication.instance()
    inspector = window.docks["inspector"].widget()
    return {
        "geometry": window.geometry(),
        "normal": window.normalGeometry(),
        "state": bytes(window.saveState().data()),
        "docks": {name: dock.geometry() for name, dock in window.docks.items() if not dock.visibleRegion().isEmpty()},
        "app font": app.font().toString(),
        "panel font": inspector.font().toString(),
        "view font": window.view.font().toString(),
        "style": app.style().name(),
        "palette": [app.palette().color(role).name() for role in ROLES],
    }


def test_esc_restores_geometry_docks_fonts_and_theme_exactly(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    font = QFont(app.font())
    font.setPointSize(11)  # the user's own size, not the theme's 10
    app.setFont(font)
    window.showNormal()
    window.setGeometry(QRect(30, 40, 760, 640))
    emotions = window.docks["emotions"]
    emotions.show()
    window.resizeDocks([window.docks["inspector"]], [260], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.geometry() == QRect(30, 40, 760, 640))
    for _ in range(3):
        QApplication.processEvents()
    before = _looks(window)

    window.window_actions.workshop.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert app.font().pointSize() != 11
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    with suppress(qtbot.TimeoutError):  # let the window settle (the frame is restored once more after full screen)
        qtbot.waitUntil(lambda: _looks(window) == before, timeout=1000)

    after = _looks(window)
    changed = {key: (value, after[key]) for key, value in before.items() if after[key] != value}
    assert not changed, sorted(changed)
