"""The main window: the canvas in the centre, panels in docks, menus, toolbar and status bar.

One window shows one document with its own ``ViewState``. Panels are listed once, in ``PANELS``: a later
feature adds its panel with one line there (``PanelSpec(object_name, title, factory, area)``), and
``add_dock`` gives it a dock and a toggle in View > Panels; most are made when first seen (``panel_shelf``).
The canvas and the panels never see each other; this window joins them (the palette's ``entry_activated``
calls the scene's insert methods).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.canvas.scene import MapScene
from cxdesigner.canvas.view import MapView
from cxdesigner.document import Document
from cxdesigner.domain.entities import MapInfo
from cxdesigner.panels.conflicts import ConflictsPanel
from cxdesigner.panels.palette import PalettePanel
from cxdesigner.ui import compare_with, file_drop, opening, recent, thumbnails, view_memory
from cxdesigner.ui.actions import WindowActions, build_menus, build_toolbar
from cxdesigner.ui.banner import WriteFailedBanner
from cxdesigner.ui.collect_after_paint import CollectAfterPaint
from cxdesigner.ui.edit_ops import EditOperations
from cxdesigner.ui.help import ShortcutsDialog, show_about
from cxdesigner.ui.panel_shelf import Panels, PanelSpec
from cxdesigner.ui.preferences_dialog import edit_preferences
from cxdesigner.ui.presentation import Presentation
from cxdesigner.ui.saved_views import SavedViewsMenu
from cxdesigner.ui.settings import app_settings
from cxdesigner.ui.window_layout import CanvasRoom, arrange_by_default, default_size, fit_to_screen, scrolling
from cxdesigner.viewstate import ViewState

if TYPE_CHECKING:
    from cxdesigner.ui.export_dialog import ExportDialog
    from cxdesigner.ui.print_dialog import PrintMapDialog

Area = Qt.DockWidgetArea
CanvasFactory = Callable[[Document, ViewState], tuple[MapScene, MapView]]


RIGHT, BOTTOM = Area.RightDockWidgetArea, Area.BottomDockWidgetArea


def _show_conflicts(window: MainWindow, panel: ConflictsPanel) -> None:
    """A merged file with conflicts opens with the Conflicts list in front (once the layout is in place)."""

    def show() -> None:
        dock = window.docks.get("conflicts")
        if panel.conflicts and dock is not None:
            dock.show()
            dock.raise_()

    QTimer.singleShot(0, show)


def _import_customer_base(window: MainWindow) -> None:
    """File > Import Customer Base… asks for the file through the Personas panel, whose segments it fills."""
    menu = window.menus["file"]
    action = QAction(QCoreApplication.translate("MainWindow", "Import Customer &Base…"), window)
    action.setStatusTip(QCoreApplication.translate("MainWindow", "Analyse a customer file into RFM segments"))
    action.triggered.connect(lambda: window.panels["personas"].choose_customer_base())
    menu.insertAction(window.window_actions.close, action)
    menu.insertSeparator(window.window_actions.close)
    window.import_customer_base_action = action


def _later(name: str, title: str, where: str, area: Qt.DockWidgetArea) -> PanelSpec:
    """A panel made when first seen, from ``cxdesigner.panels.<where>`` ("module:Class")."""
    return PanelSpec(name, title, f"cxdesigner.panels.{where}", area)


PANELS: list[PanelSpec] = [
    PanelSpec(
        "palette",
        QT_TRANSLATE_NOOP("MainWindow", "Palette"),
        PalettePanel,
        Area.LeftDockWidgetArea,
        lambda window, panel: panel.entry_activated.connect(window.edit_ops.add_from_palette),
        eager=True,
    ),  # fmt: skip
    _later("inspector", QT_TRANSLATE_NOOP("MainWindow", "Inspector"), "inspector:InspectorPanel", RIGHT),
    _later("quality", QT_TRANSLATE_NOOP("MainWindow", "Quality"), "quality:QualityPanel", BOTTOM),
    _later("voice", QT_TRANSLATE_NOOP("MainWindow", "Voice of the customer"), "feedback:VoicePanel", BOTTOM),
    _later("analysis", QT_TRANSLATE_NOOP("MainWindow", "Analysis"), "analysis:AnalysisPanel", RIGHT),
    _later("barriers", QT_TRANSLATE_NOOP("MainWindow", "Barriers"), "barriers:BarriersPanel", BOTTOM),
    _later("strategy", QT_TRANSLATE_NOOP("MainWindow", "CX strategy"), "strategy:StrategyPanel", RIGHT),
    _later("revisions", QT_TRANSLATE_NOOP("MainWindow", "Revisions"), "revisions:RevisionsPanel", RIGHT),
    PanelSpec(
        "conflicts", QT_TRANSLATE_NOOP("MainWindow", "Conflicts"), ConflictsPanel, RIGHT, _show_conflicts, eager=True
    ),
    _later("personas", QT_TRANSLATE_NOOP("MainWindow", "Personas"), "personas:PersonasPanel", RIGHT),
    _later("emotions", QT_TRANSLATE_NOOP("MainWindow", "Emotions"), "emotions:EmotionsPanel", BOTTOM),
]

_WINDOWS: list[MainWindow] = []


def open_windows() -> list[MainWindow]:
    """The main windows now open, oldest first."""
    return list(_WINDOWS)


def make_canvas(document: Document, view_state: ViewState) -> tuple[MapScene, MapView]:
    """The map's scene and the view that shows it."""
    scene = MapScene(document, view_state, deferred=True)  # a big map's cards come as they are seen
    return scene, MapView(scene)


class MainWindow(QMainWindow):
    """A window on one document."""

    canvas_factory: ClassVar[CanvasFactory] = staticmethod(make_canvas)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.view_state = ViewState(self)
        self.scene, self.view = type(self).canvas_factory(document, self.view_state)
        self.scene.setParent(self)  # the window owns its scene: both go at once when the window closes
        self.banner = WriteFailedBanner(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.window_actions = WindowActions.create(self)
        self.menus = build_menus(self, self.window_actions)
        self.toolbar = build_toolbar(self, self.window_actions)
        self.edit_ops = EditOperations(self)
        self.docks: dict[str, QDockWidget] = {}
        self.panels = Panels(self, PANELS)
        for spec in PANELS:
            name = spec.object_name
            dock = self.add_dock(QCoreApplication.translate("MainWindow", spec.title), name, spec.area)
            if spec.eager:
                self.panels.make(name)
            else:  # made when its dock first shows (or its tab comes to the front)
                dock.visibilityChanged.connect(lambda shown, n=name: self.panels.make(n) if shown else None)
        _import_customer_base(self)
        self._closed = False
        self._handed_over = False
        self._rebuild_pending = False
        self.presentation = Presentation(self)
        self.saved_views = SavedViewsMenu(self)
        self._build_status_bar()
        self._connect()
        self.update_title()
        if document.notice:  # why the project opened with a reservation (newer, not upgraded, read-only)
            self.banner.show_message(document.notice)
        screen = self.screen() or QApplication.primaryScreen()
        self.resize(default_size(screen.availableGeometry()))
        self.canvas_room = CanvasRoom(self)
        self.file_drops = file_drop.FileDrops(self, self.open_dropped)

    # ------------------------------------------------------------ panels
    def add_panel(self, widget: QWidget, title: str, object_name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """Put ``widget`` in a dock at ``area`` with a toggle in View > Panels; returns the dock."""
        dock = self.add_dock(title, object_name, area)
        dock.setWidget(scrolling(widget))  # a wide or tall panel scrolls inside its dock, never widens the window
        self.panels.add(object_name, widget)
        return dock

    def add_dock(self, title: str, object_name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """An empty dock at ``area`` with a toggle in View > Panels (its panel comes with ``panels.make``)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setText(title)
        toggle.triggered.connect(lambda checked, d=dock: d.raise_() if checked else None)  # shown in front
        self.menus["panels"].addAction(toggle)
        self.docks[object_name] = dock
        return dock

    def arrange_panels_by_default(self) -> None:
        """The first layout: the palette on the left, the other panels tabbed on the right, the detail panels
        closed until asked for (``window_layout.arrange_by_default``)."""
        arrange_by_default(self, self.docks)

    # ------------------------------------------------------------ status and title
    def _build_status_bar(self) -> None:
        self.selection_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._show_selection(self.view_state.selection)
        self._show_zoom(1.0)

    def _show_selection(self, ids: list[str]) -> None:
        self.selection_label.setText(self.tr("%n selected", "", len(ids)) if ids else self.tr("Nothing selected"))

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent} %").format(percent=round(factor * 100)))

    def update_title(self) -> None:
        """ "<map title> — CX Designer", with "[read-only]" when the file cannot be edited."""
        title = self.document.model.info.title or self.tr("Untitled map")
        if self.document.read_only:
            title = self.tr("{title} [read-only]").format(title=title)
        self.setWindowTitle(self.tr("{title} — CX Designer").format(title=title))
        self.setWindowFilePath(str(self.document.path))

    def show_message(self, message: str, timeout: int = 10000) -> None:
        """A one-line message in the status bar."""
        self.statusBar().showMessage(message, timeout)

    def _write_failed(self, message: str) -> None:
        self.show_message(message, 0)
        self.banner.show_message(message)

    def _entity_changed(self, _old: Any, new: Any, _fields: Any) -> None:
        if isinstance(new, MapInfo):
            self.update_title()

    def _path_changed(self, _path: str) -> None:
        self.update_title()
        self.edit_ops.update_actions()

    # ------------------------------------------------------------ wiring
    def _connect(self) -> None:
        a, doc = self.window_actions, self.document
        a.new.triggered.connect(self.new_window)
        a.open.triggered.connect(lambda: self.open_path(None))
        a.save_as.triggered.connect(self.save_as)
        a.export.triggered.connect(self.export_map)
        a.print_map.triggered.connect(self.print_map)
        a.compare.triggered.connect(lambda: compare_with.choose_and_compare(self))
        a.clear_recent.triggered.connect(recent.clear_recent)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(self.actions_with_shortcuts(), self).exec())
        a.about.triggered.connect(lambda: show_about(self))
        a.preferences.triggered.connect(lambda: edit_preferences(self))
        a.workshop.triggered.connect(self.presentation.toggle)
        a.by_owner.setChecked(self.view_state.card_colours == "owner")
        a.by_owner.toggled.connect(lambda on: self.view_state.set_card_colours("owner" if on else "channel"))
        a.flow_widths.setChecked(self.view_state.flow_widths)
        a.flow_widths.toggled.connect(self.view_state.set_flow_widths)
        self.presentation.active_changed.connect(a.workshop.setChecked)
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        doc.entity_changed.connect(self._entity_changed)
        doc.path_changed.connect(self._path_changed)
        doc.write_failed.connect(self._write_failed)
        doc.edit_refused.connect(self.show_message)
        self.scene.status_message.connect(self.show_message)
        self.banner.save_as_requested.connect(self.save_as)
        self.view_state.selection_changed.connect(self._show_selection)
        self.view.zoom_changed.connect(self._show_zoom)

    def actions_with_shortcuts(self) -> list[Any]:
        """Every window action, in menu order (for the shortcut list)."""
        a = self.window_actions
        return [a.new, a.open, a.save_as, a.close, a.quit, a.undo, a.redo, a.cut, a.copy, a.paste, a.delete,
                a.select_all, a.zoom_in, a.zoom_out, a.zoom_reset, a.fit_map, a.workshop, a.preferences,
                a.shortcuts]

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        paths = recent.recent_paths()
        for path in paths:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.window_actions.clear_recent)
        self.window_actions.clear_recent.setEnabled(bool(paths))

    # ------------------------------------------------------------ windows and files
    @classmethod
    def open_new(cls, document: Document, near: QWidget | None = None) -> MainWindow:
        """Show a new window on ``document``: where the last window was, or beside ``near``."""
        window = cls(document)
        settings = app_settings()
        if near is not None:
            window.resize(near.size())
            window.move(near.pos() + QPoint(32, 32))
            window.restoreState(near.saveState())
        else:
            geometry, state = settings.value("window/geometry"), settings.value("window/state")
            restored = geometry is not None and window.restoreGeometry(geometry)
            if not restored:  # the first start: the window takes the screen
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            if state is None or not window.restoreState(state):
                window.arrange_panels_by_default()
        fit_to_screen(window)
        _WINDOWS.append(window)
        if not document.is_untitled:
            recent.add_recent(document.path)
        window.show()
        fit_to_screen(window)  # again with the frame the window system gave it
        window.show_map_start()
        return window

    def show_map_start(self) -> None:
        """The map as it was last seen in this file, or fitted to its whole height (``view_memory``)."""
        view_memory.show_on_opening(self.view, None if self.document.is_untitled else self.document.path)

    def is_untouched_untitled(self) -> bool:
        """An untitled map nobody has edited: Open replaces it instead of opening beside it."""
        return self.document.is_untitled and self.document.undo_stack.count() == 0

    def new_window(self) -> MainWindow:
        """File > New: a new untitled map (eight stages) in a new window."""
        return MainWindow.open_new(opening.new_untitled(), near=self)

    def open_path(self, path: Path | None, read_only: bool = False) -> MainWindow | None:
        """File > Open (asks when ``path`` is None): in a new window unless this one is an untouched untitled map."""
        path = path or opening.ask_open_path(self)
        if path is None:
            return None
        for window in _WINDOWS:
            if not window.document.is_untitled and _same_file(window.document.path, path):
                window.raise_()
                window.activateWindow()
                return window
        with CollectAfterPaint() as held:  # from the open until the new window has painted
            document = opening.open_project(path, read_only=read_only, parent=self)
            if document is None:
                return None
            window = MainWindow.open_new(document, near=self)
            held.watch(window)
        if self.is_untouched_untitled():
            window.move(self.pos())
            self.close()
        return window

    def open_dropped(self, path: Path) -> MainWindow | None:
        """A project dropped on the window opens (as File > Open would); a .json, .csv or .mmd is imported as a
        new project in a new window."""
        if path.suffix.lower() == ".cxd":
            return self.open_path(path)
        document = file_drop.open_dropped(path, self)
        return MainWindow.open_new(document, near=self) if document is not None else None

    def save_as(self) -> bool:
        """File > Save As: copy the project to a new file and keep working there."""
        target = opening.ask_save_path(self, opening.suggested_save_path(self.document))
        if target is None:
            return False
        if _same_file(target, self.document.path):
            self.show_message(self.tr("This project is already saved there: every change is written as you make it."))
            return True
        old, was_untitled = self.document.path, self.document.is_untitled
        try:
            self.document.save_as(target)
        except opening.OPEN_ERRORS as exc:
            opening.show_error(self, getattr(exc, "message", str(exc)))
            return False
        if was_untitled:
            with suppress(OSError):
                old.unlink()
        recent.add_recent(target)
        self.banner.hide()
        self.show_message(self.tr("Saved as {path}").format(path=target))
        return True

    def export_map(self) -> ExportDialog:
        """File > Export…: the export dialog, beside the window (it works on a copy of the map).

        Imported here: the PDF writers it brings (reportlab, the poster and report) are not needed to start.
        """
        from cxdesigner.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.document, self, self.view_state)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_map(self) -> PrintMapDialog:
        """File > Print…: the poster or the report on a printer, with a preview (imported here, like export)."""
        from cxdesigner.ui.print_dialog import PrintMapDialog

        dialog = PrintMapDialog(self.document, self.view_state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # A new translator: build the window again rather than teach every panel to retranslate itself.
        if event.type() == QEvent.Type.LanguageChange and not self._closed and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self.rebuild)
        super().changeEvent(event)

    def rebuild(self) -> MainWindow:
        """A new window on the same document, in the current language, where this one was; this one closes.

        The document, its undo history, the selection, the zoom and the dock layout carry over.
        """
        self.presentation.leave()
        new = type(self)(self.document)
        new.restoreGeometry(self.saveGeometry())
        new.restoreState(self.saveState())
        new.view_state.select(self.view_state.selection)
        new.view_state.set_locked(self.view_state.locked)
        new.view.set_zoom(self.view.zoom)
        _WINDOWS[_WINDOWS.index(self)] = new
        new.show()
        new.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().value())
        new.view.verticalScrollBar().setValue(self.view.verticalScrollBar().value())
        self._handed_over = True
        self.close()
        return new

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._handed_over:  # rebuilt: the new window has the document now
            self._closed = True
            event.accept()
            return
        if not self._closed:
            self._closed = True
            settings = app_settings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            if not self.document.is_untitled:
                view_memory.remember(self.document.path, self.view)
                thumbnails.save_project_thumbnail(self.document.path, self.scene, self.document.model.info.title)
            untouched, path = self.is_untouched_untitled(), self.document.path
            self.document.close()
            if untouched:  # an empty untitled map nobody touched is not worth keeping
                with suppress(OSError):
                    path.unlink()
            if self in _WINDOWS:
                _WINDOWS.remove(self)
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
