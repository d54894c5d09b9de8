"""The window's panels, each in a dock with its toggle in View > Panels, made when first seen.

``main_window.PANELS`` lists them once (``PanelSpec``). A panel is made with the window only when it is
``eager`` (the palette, in view at once; the conflicts list, which a merged file opens in front). Any other
is made when its dock first shows (its tab first brought to the front), or when code asks for
``window.panels[name]``: a window on a 10,000-card map no longer builds the emotion and quality tables of
panels nobody has opened, nor imports their modules (issue 15). A panel reads the document and the view
state when it is made, so one made late shows what one made early would.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cxdesigner.ui.window_layout import scrolling

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

Factory = Callable[[Any, Any], QWidget]


@dataclass(frozen=True)
class PanelSpec:
    """A dockable panel: made as ``factory(document, view_state)``; ``wire`` connects it to the window.

    ``factory`` is a class or ``"module:Class"`` (imported when the panel is first made)."""

    object_name: str
    title: str
    factory: Factory | str
    area: Qt.DockWidgetArea
    wire: Callable[[MainWindow, Any], None] | None = None
    eager: bool = False


class Panels(Mapping[str, QWidget]):
    """One window's panels by name; asking for one not made yet makes it."""

    def __init__(self, window: MainWindow, specs: list[PanelSpec]) -> None:
        self._window = window
        self._specs = {spec.object_name: spec for spec in specs}
        self._made: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        made = self._made.get(name)
        return made if made is not None else self.make(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def is_made(self, name: str) -> bool:
        return name in self._made

    def add(self, name: str, panel: QWidget) -> None:
        """A panel made elsewhere (``MainWindow.add_panel``)."""
        self._made[name] = panel

    def make(self, name: str) -> QWidget:
        """The panel ``name``, made now (in its dock, wired) if it was not yet; ``KeyError`` for no such panel."""
        if name in self._made:
            return self._made[name]
        spec = self._specs[name]
        factory = _imported(spec.factory) if isinstance(spec.factory, str) else spec.factory
        window = self._window
        panel = self._made[name] = factory(window.document, window.view_state)
        window.docks[name].setWidget(scrolling(panel))
        if spec.wire is not None:
            spec.wire(window, panel)
        return panel


def _imported(where: str) -> Factory:
    module, _colon, name = where.partition(":")
    factory: Factory = getattr(importlib.import_module(module), name)
    return factory
