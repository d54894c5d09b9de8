"""How the main window shares the screen: it fits the screen, the map gets the room, dock tabs read in full.

- ``fitted_geometry`` clamps a window's frame into a screen's available geometry (a geometry saved on a
  larger screen, a window opened beside another near the screen's edge).
- ``arrange_by_default`` is the first layout: the palette, one column wide, on the left; every other panel in
  one side area on the right, tabbed with the tabs on the outer edge (vertical, so long names such as
  "Voice of the customer" or "Голос клиента" never have to be elided). Only the inspector and the panels a
  first session needs are open; the detail panels open on demand from View > Panels and close again.
- ``CanvasRoom`` keeps the docks from taking more than half the window in either direction, and sets every
  tab bar the main window makes (Qt makes them as docks are tabified) to show full names.
- ``scrolling`` wraps a panel so its minimum size never forces the window wider or taller: it scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QTabBar, QTabWidget, QWidget

Area = Qt.DockWidgetArea
SIDE_AREAS = (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)
OPEN_AT_FIRST = ("palette", "inspector", "quality", "personas")  # what a first session needs; the rest on demand
DOCKS_SHARE = 0.24  # the palette's and the right-hand area's share of the window's width at first
PANEL_MARGIN = 4  # px: a docked panel's left and right margins
SIDE_WIDTH = (214, 300)  # ... the right-hand area within these bounds, in pixels
MAX_DOCK_SHARE = 0.25  # no side (or top/bottom) area takes more of the window than this, so the map keeps half
DEFAULT_SHARE = 0.9  # an unmaximised first window covers this much of the screen


def fitted_geometry(frame: QRect, available: QRect) -> QRect:
    """``frame`` made to fit inside ``available``: no larger than it, moved inside it where it sticks out."""
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    x = min(max(frame.x(), available.left()), available.left() + available.width() - width)
    y = min(max(frame.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def default_size(available: QRect) -> QSize:
    """The first window's size (before it is maximised): most of the screen."""
    return QSize(round(available.width() * DEFAULT_SHARE), round(available.height() * DEFAULT_SHARE))


def fit_to_screen(window: QWidget) -> None:
    """Move and shrink ``window`` so its frame (title bar included, once known) lies on its screen's
    available geometry."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    fitted = fitted_geometry(frame, available)
    if fitted != frame:
        window.resize(fitted.width() - extra_w, fitted.height() - extra_h)
        window.move(fitted.topLeft())


def scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` in a frameless scroll area: narrower or shorter than the panel's minimum, the dock scrolls."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName() or 'panel'}_scroll")
    layout = panel.layout()
    if layout is not None:  # the dock's frame is the margin: side docks are narrow
        m = layout.contentsMargins()
        layout.setContentsMargins(min(m.left(), PANEL_MARGIN), m.top(), min(m.right(), PANEL_MARGIN), m.bottom())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    area.setFocusProxy(panel)
    return area


def arrange_by_default(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """The first layout (see the module's docstring)."""
    for corner, area in (
        (Qt.Corner.TopLeftCorner, Area.LeftDockWidgetArea),
        (Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea),
        (Qt.Corner.TopRightCorner, Area.RightDockWidgetArea),
        (Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea),
    ):
        window.setCorner(corner, area)
    window.setTabPosition(Area.RightDockWidgetArea, QTabWidget.TabPosition.East)
    palette = docks.get("palette")
    side = [d for name, d in docks.items() if name != "palette"]
    for dock in [palette, *side]:
        if dock is not None:
            window.removeDockWidget(dock)
    if palette is not None:
        window.addDockWidget(Area.LeftDockWidgetArea, palette)
        palette.show()
    if not side:
        return
    window.addDockWidget(Area.RightDockWidgetArea, side[0])
    for dock in side[1:]:
        # Taken out first (above): tabifying a dock still in its own place left a stale second tab bar drawn
        # over the panels (seen in offscreen grabs of the window on the sample).
        window.tabifyDockWidget(side[0], dock)
    for name, dock in docks.items():
        dock.setVisible(name in OPEN_AT_FIRST)
    side[0].raise_()
    least = 0
    if palette is not None:
        panel = palette.widget()
        inner = panel.widget() if isinstance(panel, QScrollArea) else panel
        least = inner.minimumSizeHint().expandedTo(inner.minimumSize()).width()
        window.resizeDocks([palette], [least + 2], Qt.Orientation.Horizontal)  # one column, no scroll bar below
    # The two sides share one budget: a palette widened by Russian words or the projector's type takes its
    # room from the right-hand side, not from the map.
    width = min(max(round(window.width() * DOCKS_SHARE) - least, SIDE_WIDTH[0]), SIDE_WIDTH[1])
    window.resizeDocks([side[0]], [width], Qt.Orientation.Horizontal)


class CanvasRoom(QObject):
    """Watches a main window: caps its docks' sizes as it resizes, and un-elides each new dock tab bar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watched: set[QDockWidget] = set()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window:
            if event.type() == QEvent.Type.Resize:
                self.cap_docks()
            elif event.type() == QEvent.Type.ChildPolished:
                child = event.child()  # type: ignore[attr-defined]
                if isinstance(child, QTabBar):
                    show_full_names(child)
                elif isinstance(child, QDockWidget) and child not in self._watched:
                    # a dock dragged from a side to the bottom must lose the side's width cap at once
                    self._watched.add(child)
                    child.dockLocationChanged.connect(self.cap_docks)
        return False

    def cap_docks(self, *_area: object) -> None:
        window = self._window
        for dock in window.findChildren(QDockWidget):
            if window.dockWidgetArea(dock) in SIDE_AREAS:
                dock.setMaximumSize(round(window.width() * MAX_DOCK_SHARE), 16777215)
            else:
                dock.setMaximumSize(16777215, round(window.height() * MAX_DOCK_SHARE))


def show_full_names(bar: QTabBar) -> None:
    """Full tab names; when they do not all fit, scroll buttons rather than cut names."""
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
    bar.setExpanding(False)
