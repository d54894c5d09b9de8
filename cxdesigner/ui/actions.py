"""The window's actions, menus and toolbar, with the platform's standard shortcuts.

``WindowActions`` creates every QAction of a window once; ``build_menus`` and ``build_toolbar`` lay them out.
Later features reach the menus through ``MainWindow.menus`` ("file", "edit", "view", "help") and add their
own actions there. Icons are the SVGs in ``resources/icons/actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from cxdesigner.icons import ink_icon
from cxdesigner.paths import resource_path

SK = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def action_icon(name: str) -> QIcon:
    """An action icon from ``resources/icons/actions/<name>.svg``."""
    return ink_icon(resource_path("icons", "actions", f"{name}.svg"))


def _action(parent: QObject, text: str, icon: str = "", keys: list[QKeySequence] | None = None, tip: str = ""):
    action = QAction(action_icon(icon) if icon else QIcon(), text, parent)
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


def _keys(*standard: SK, extra: str = "", fallback: str = "", always: tuple[str, ...] = ()) -> list[QKeySequence]:
    """The platform's keys for ``standard`` (plus ``extra``); ``fallback`` when the platform has none.

    ``always`` are keys bound on every platform whatever its theme says (each once: a key bound twice to one
    action is ambiguous and does nothing).
    """
    keys = [k for s in standard for k in QKeySequence.keyBindings(s)]
    if not keys and fallback:
        keys.append(QKeySequence(fallback))
    if extra:
        keys.append(QKeySequence(extra))
    keys += [QKeySequence(k) for k in always if QKeySequence(k) not in keys]
    return keys


# Office suites and Windows redo with Ctrl+Y, GNOME and KDE with Ctrl+Shift+Z; the xcb theme gives only the
# latter, so a user used to Ctrl+Y found it did nothing. Both redo everywhere.
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


@dataclass
class WindowActions:
    """Every action of a main window, created once; ``MainWindow`` connects them."""

    new: QAction
    open: QAction
    clear_recent: QAction
    save_as: QAction
    export: QAction
    print_map: QAction
    compare: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    delete: QAction
    select_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    fit_map: QAction
    workshop: QAction
    by_owner: QAction
    flow_widths: QAction
    preferences: QAction
    shortcuts: QAction
    about: QAction

    @classmethod
    def create(cls, parent: QObject) -> WindowActions:
        a = cls(
            new=_action(parent, _tr("&New"), "new", _keys(SK.New), _tr("Start a new journey map in a new window")),
            open=_action(parent, _tr("&Open…"), "open", _keys(SK.Open), _tr("Open a project file")),
            clear_recent=_action(parent, _tr("&Clear list")),
            save_as=_action(
                parent, _tr("Save &As…"), "save-as", _keys(SK.SaveAs), _tr("Keep this map under a new name")
            ),
            export=_action(
                parent,
                _tr("&Export…"),
                keys=[QKeySequence("Ctrl+E")],
                tip=_tr("Write the map as a PDF poster or report, or as a picture"),
            ),
            print_map=_action(
                parent,
                _tr("&Print…"),
                keys=_keys(SK.Print, fallback="Ctrl+P"),
                tip=_tr("Print the poster, on one page or tiled, or the report"),
            ),
            compare=_action(
                parent, _tr("Co&mpare with…"), tip=_tr("Show what differs between another map file and this one")
            ),
            close=_action(parent, _tr("&Close"), keys=_keys(SK.Close), tip=_tr("Close this window")),
            quit=_action(
                parent, _tr("&Quit"), keys=_keys(SK.Quit, fallback="Ctrl+Q"), tip=_tr("Close every window and quit")
            ),
            undo=_action(parent, _tr("&Undo"), "undo", _keys(SK.Undo)),
            redo=_action(parent, _tr("&Redo"), "redo", _keys(SK.Redo, always=REDO_KEYS)),
            cut=_action(parent, _tr("Cu&t"), "cut", _keys(SK.Cut), _tr("Move the selected cards to the clipboard")),
            copy=_action(parent, _tr("&Copy"), "copy", _keys(SK.Copy), _tr("Copy the selected cards")),
            paste=_action(parent, _tr("&Paste"), "paste", _keys(SK.Paste), _tr("Paste cards from the clipboard")),
            delete=_action(parent, _tr("&Delete"), "delete", _keys(SK.Delete), _tr("Delete the selection")),
            select_all=_action(parent, _tr("Select &All"), keys=_keys(SK.SelectAll)),
            zoom_in=_action(parent, _tr("Zoom &In"), "zoom-in", _keys(SK.ZoomIn, extra="Ctrl+=")),
            zoom_out=_action(parent, _tr("Zoom &Out"), "zoom-out", _keys(SK.ZoomOut)),
            zoom_reset=_action(parent, _tr("&100 %"), "zoom-reset", [QKeySequence("Ctrl+0")]),
            fit_map=_action(
                parent, _tr("&Fit Map"), "zoom-fit", [QKeySequence("Ctrl+Shift+F")], _tr("Show the whole map")
            ),
            by_owner=_action(
                parent,
                _tr("Colour Cards by &Owner"),
                tip=_tr("One colour per department: hand-offs between owners show as a change of colour"),
            ),
            flow_widths=_action(
                parent,
                _tr("Flow &Widths by Customers"),
                tip=_tr("Draw each flow as wide as the share of customers on it, from the flows' shares"),
            ),
            workshop=_action(
                parent,
                _tr("&Workshop Mode"),
                keys=[QKeySequence("F5")],
                tip=_tr("Full screen, one stage at a time, safe from accidental edits (Esc leaves)"),
            ),
            preferences=_action(
                parent,
                _tr("Pre&ferences…"),
                keys=_keys(SK.Preferences, fallback="Ctrl+,"),
                tip=_tr("Language, theme, default paper size and recent projects"),
            ),
            shortcuts=_action(parent, _tr("&Keyboard Shortcuts"), keys=_keys(SK.HelpContents)),
            about=_action(parent, _tr("&About CX Designer")),
        )
        a.quit.setMenuRole(QAction.MenuRole.QuitRole)
        a.about.setMenuRole(QAction.MenuRole.AboutRole)
        a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        a.workshop.setCheckable(True)
        a.by_owner.setCheckable(True)
        a.flow_widths.setCheckable(True)
        return a


def build_menus(window: QMainWindow, actions: WindowActions) -> dict[str, QMenu]:
    """File, Edit, View and Help menus; the View menu's "Panels" section is filled by ``add_panel``."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.setObjectName("file")
    file_menu.addActions([actions.new, actions.open])
    recent = file_menu.addMenu(_tr("Open &Recent"))
    recent.setObjectName("recent")
    file_menu.addActions([actions.save_as, actions.export, actions.print_map, actions.compare])
    file_menu.addSeparator()
    file_menu.addActions([actions.close, actions.quit])
    edit = bar.addMenu(_tr("&Edit"))
    edit.setObjectName("edit")
    edit.addActions([actions.undo, actions.redo])
    edit.addSeparator()
    edit.addActions([actions.cut, actions.copy, actions.paste, actions.delete])
    edit.addSeparator()
    edit.addAction(actions.select_all)
    edit.addSeparator()
    edit.addAction(actions.preferences)
    view = bar.addMenu(_tr("&View"))
    view.setObjectName("view")
    view.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset, actions.fit_map])
    view.addSeparator()
    view.addAction(actions.by_owner)
    view.addAction(actions.flow_widths)
    view.addAction(actions.workshop)
    view.addSeparator()
    panels = view.addMenu(_tr("&Panels"))
    panels.setObjectName("panels")
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.setObjectName("help")
    help_menu.addActions([actions.shortcuts, actions.about])
    return {"file": file_menu, "recent": recent, "edit": edit, "view": view, "panels": panels, "help": help_menu}


def build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    """The toolbar with the common actions."""
    bar = QToolBar(_tr("Main toolbar"), window)
    bar.setObjectName("main_toolbar")
    bar.setIconSize(QSize(24, 24))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    groups = [
        [actions.new, actions.open, actions.save_as],
        [actions.undo, actions.redo],
        [actions.cut, actions.copy, actions.paste, actions.delete],
        [actions.zoom_out, actions.zoom_reset, actions.zoom_in, actions.fit_map],
    ]
    for i, group in enumerate(groups):
        if i:
            bar.addSeparator()
        bar.addActions(group)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def describe(action: QAction) -> str:
    """An action's text without the mnemonic ampersand (for tooltips and the shortcut list)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
