"""Run in a subprocess by test_screen_fit.py: start the editor as a user would (the app's setup, a fresh
settings folder, the sample) on an offscreen screen of the size given, and print what a user would see.

    python screen_probe.py WIDTH HEIGHT LANGUAGE THEME [--resize W H] [--shot OUT.png] [--docks]

The screen comes from QT_QPA_PLATFORM=offscreen:configfile=..., set by the caller. The printed JSON line
holds the screen's available geometry, the window's frame, the map view's size and share of the window,
the window's minimum size, and for each dock tab (vertical or not) its text and whether it is shown whole;
with ``--docks``, each right-hand dock that scrolls sideways when shown (after the rest is measured).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QTabBar

from cxdesigner.app import setup_application
from cxdesigner.document import Document
from cxdesigner.io.samples import SAMPLE_FILES
from cxdesigner.paths import resource_path
from cxdesigner.ui import preferences
from cxdesigner.ui.main_window import MainWindow


def tabs(window: MainWindow) -> list[dict[str, object]]:
    found = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        vertical = bar.shape() in (QTabBar.Shape.RoundedEast, QTabBar.Shape.RoundedWest)
        for i in range(bar.count()):
            rect, text = bar.tabRect(i), bar.tabText(i)
            length = rect.height() if vertical else rect.width()
            need = bar.fontMetrics().horizontalAdvance(text)
            visible = bar.rect().contains(rect)
            found.append({"text": text, "room": length, "text_width": need, "whole": length >= need,
                          "on_screen": visible, "elide": bar.elideMode().name})  # fmt: skip
    return found


def shown(window: MainWindow) -> dict[str, bool]:
    """Whether the map's whole height and whole width are in the view."""
    b, view = window.scene.layout.bounds, window.view
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return {"height": seen.top() <= b.y and seen.bottom() >= b.y + b.h,
            "width": seen.left() <= b.x and seen.right() >= b.x + b.w}  # fmt: skip


def sideways(window: MainWindow) -> dict[str, int]:
    """Each right-hand dock, shown in turn, that scrolls sideways: how many pixels wider its panel needs."""
    found = {}
    for dock in window.findChildren(QDockWidget):
        if window.dockWidgetArea(dock) != window.dockWidgetArea(window.docks["quality"]):
            continue
        dock.show()
        dock.raise_()
        for _ in range(3):
            QApplication.processEvents()
        area = dock.widget()
        if isinstance(area, QScrollArea) and area.widget() is not None:
            need = area.widget().minimumSizeHint().width() - area.viewport().width()
            if need > 0:
                found[dock.objectName()] = need
    return found


def main() -> None:
    lang, theme = sys.argv[3], sys.argv[4]
    setup_application()  # the settings live in XDG_CONFIG_HOME, fresh from the caller
    preferences.set_language(preferences.Language(lang))
    preferences.set_theme(preferences.Theme(theme))
    app = setup_application()  # again: now in that language and theme
    path = Path(tempfile.mkdtemp()) / "sample.cxd"
    shutil.copy(resource_path("samples", SAMPLE_FILES[lang]), path)
    window = MainWindow.open_new(Document.open(path))
    if "--resize" in sys.argv:
        at = sys.argv.index("--resize")
        window.showNormal()
        window.resize(int(sys.argv[at + 1]), int(sys.argv[at + 2]))
    for _ in range(5):
        app.processEvents()
    available, frame = window.screen().availableGeometry(), window.frameGeometry()
    view = window.view
    print(json.dumps({  # noqa: T201 - read by the test
        "available": [available.x(), available.y(), available.width(), available.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "client": [window.width(), window.height()],
        "view": [view.width(), view.height()],
        "share": view.width() * view.height() / (window.width() * window.height()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "tabs": tabs(window),
        "zoom": view.zoom,
        "map_shown": shown(window),
        "sideways": sideways(window) if "--docks" in sys.argv else {},
    }))  # fmt: skip
    if "--shot" in sys.argv:
        window.grab().save(sys.argv[sys.argv.index("--shot") + 1])
    window.close()


if __name__ == "__main__":
    main()
