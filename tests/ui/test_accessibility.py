"""Every control of the main window and its docks has a name a screen reader can say, and icon-only
buttons explain themselves in a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from cxdesigner.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QSlider, QTabBar, QGraphicsView)  # fmt: skip


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo box's popup, a table's corner button, header sections):
    their accessible names come from the widget that owns them."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    if isinstance(widget.parentWidget(), QTabBar):  # its scroll arrows
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _controls(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not _qt_internal(w)]


def _describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None:
        chain.append(f"{type(parent).__name__}({parent.objectName()})")
        parent = parent.parentWidget()
    return " < ".join(chain)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    controls = _controls(window)
    assert len(controls) > 30  # the walk reaches into every dock
    nameless = []
    for widget in controls:
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or widget.accessibleName()).strip():
            nameless.append(_describe(widget))
    assert not nameless, "no accessible name:\n" + "\n".join(nameless)


def test_icon_only_buttons_have_tooltips(window: MainWindow) -> None:
    silent = [
        _describe(b)
        for b in window.findChildren(QToolButton)
        if not _qt_internal(b) and not b.text().strip().replace("&", "") and not b.toolTip().strip()
    ]
    silent += [_describe(b) for b in window.findChildren(QToolButton) if b.defaultAction() and not b.toolTip()]
    assert not silent, "icon-only buttons without a tooltip:\n" + "\n".join(silent)


def test_toolbar_and_menu_actions_are_described(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert action.toolTip().strip(), action.text()
    for menu in window.menus.values():
        assert menu.title().strip()
        for action in menu.actions():
            assert action.isSeparator() or action.menu() is not None or action.text().strip()
