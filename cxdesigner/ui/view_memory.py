"""Where each map was looked at: the zoom and the centre of the view, remembered per file in the settings.

A map opened for the first time gets ``MapView.fit_for_opening``; ``OpeningFit`` applies it again as the window
settles (a window manager maximises the window after it is shown) until the user first zooms, scrolls, clicks
or types. A map opened again comes back as it was left. The 30 most recent files are remembered.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF

from cxdesigner.canvas.view import MapView
from cxdesigner.ui.settings import app_settings

KEY = "views/remembered"
KEPT = 30
_USER_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.Gesture,
               QEvent.Type.NativeGesture}  # fmt: skip


def _entries() -> list[dict[str, object]]:
    try:
        entries = json.loads(str(app_settings().value(KEY, "[]")))
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def remember(path: Path, view: MapView) -> None:
    """Keep ``view``'s zoom and centre for ``path``."""
    center = view.mapToScene(view.viewport().rect().center())
    entry = {"path": _key(path), "zoom": view.zoom, "x": center.x(), "y": center.y()}
    kept = [e for e in _entries() if e.get("path") != entry["path"]]
    app_settings().setValue(KEY, json.dumps([entry, *kept][:KEPT]))


def recall(path: Path) -> tuple[float, QPointF] | None:
    """The zoom and centre last seen for ``path``, if any."""
    for entry in _entries():
        if entry.get("path") == _key(path):
            try:
                return float(entry["zoom"]), QPointF(float(entry["x"]), float(entry["y"]))  # type: ignore[arg-type]
            except (KeyError, TypeError, ValueError):
                return None
    return None


def show_on_opening(view: MapView, path: Path | None) -> None:
    """The remembered view of ``path``, or the opening fit (kept while the window settles)."""
    seen = recall(path) if path is not None else None
    if seen is None:
        view.fit_for_opening()
        OpeningFit(view)
        return
    zoom, center = seen
    view.set_zoom(zoom)
    view.centerOn(center)


class OpeningFit(QObject):
    """Fits the view again on each resize until the user's first input."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _USER_INPUT:
            self._view.removeEventFilter(self)
            self._view.viewport().removeEventFilter(self)
            self.deleteLater()
        elif event.type() == QEvent.Type.Resize and watched is self._view.viewport():
            self._view.fit_for_opening()
        return False
