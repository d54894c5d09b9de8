"""View > Saved Views: keep the way the map is looked at under a name, and come back to it with one click.

A view (``domain.saved_views``) holds the personas and lanes shown, the emotion mode, the chosen path and
the zoom and centre. Saving, renaming and deleting are undoable commands written to the file; switching
changes only this window's ``ViewState`` and view. "Lanes Shown" picks the lanes to show before saving (the
personas are picked in the Personas panel, the emotion mode in the Emotions panel, the path in the Analysis
panel); "Whole Map" shows every lane and persona again. In
workshop mode F8 / Shift+F8 step to the next / previous view (``cycle``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from cxdesigner.commands.edit import ApplyChanges, DeleteEntities, SetFields
from cxdesigner.domain import saved_views
from cxdesigner.domain.saved_views import SavedView

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedViews", text)


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A name typed in a small dialog, or None when cancelled or left empty."""
    name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    name = name.strip()
    return name if ok and name else None


class SavedViewsMenu(QObject):
    """The Saved Views submenu of one window and what its entries do."""

    applied = Signal(str)
    """A view was shown (its id; empty for the whole map)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current = ""  # the id of the view shown last, "" for none
        self.menu = QMenu(_tr("Saved &Views"), window)
        self.menu.setObjectName("saved_views")
        view_menu = window.menus["view"]
        view_menu.insertMenu(window.window_actions.workshop, self.menu)
        self.save_action = QAction(_tr("&Save Current View As…"), self)
        self.save_action.setStatusTip(_tr("Keep the lanes, personas, emotions, path and zoom shown now under a name"))
        self.save_action.triggered.connect(self.save_current)
        self.whole_action = QAction(_tr("&Whole Map"), self)
        self.whole_action.setStatusTip(_tr("Show every lane and persona again"))
        self.whole_action.triggered.connect(self.show_whole_map)
        self.rename_action = QAction(_tr("&Rename View…"), self)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(_tr("&Delete View"), self)
        self.delete_action.triggered.connect(self.delete_current)
        self.lanes_menu = QMenu(_tr("&Lanes Shown"), window)
        self.lanes_menu.setObjectName("lanes_shown")
        self.lanes_menu.aboutToShow.connect(self.fill_lanes)
        self.group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        self.menu.aboutToShow.connect(self.fill)
        window.document.entity_added.connect(self._entity_event)
        window.document.entity_removed.connect(self._entity_event)
        window.document.entity_changed.connect(lambda _old, new, _fields: self._entity_event(new))
        self.fill()

    # ------------------------------------------------------------ the menu
    def _entity_event(self, entity: Any) -> None:
        if isinstance(entity, SavedView):
            if self.current and self.window.document.model.find(self.current) is None:
                self.current = ""
            self.fill()

    def fill(self) -> None:
        """List the views (the one shown is checked) between the save and edit entries."""
        self.menu.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        self.view_actions.clear()
        self.menu.addAction(self.save_action)
        self.save_action.setEnabled(not self.window.document.read_only)
        self.menu.addMenu(self.lanes_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.whole_action)
        for view in saved_views.views(self.window.document.model):
            action = QAction(view.name, self.group)
            action.setCheckable(True)
            action.setChecked(view.id == self.current)
            action.triggered.connect(lambda _checked=False, vid=view.id: self.apply(vid))
            self.menu.addAction(action)
            self.view_actions[view.id] = action
        self.menu.addSeparator()
        self.menu.addActions([self.rename_action, self.delete_action])
        editable = bool(self.current) and not self.window.document.read_only
        self.rename_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)

    def fill_lanes(self) -> None:
        """One checkable entry per lane: unticked lanes are hidden (and left out of a view saved now)."""
        self.lanes_menu.clear()
        hidden = self.window.view_state.hidden_lanes
        for lane in self.window.document.model.lanes():
            action = self.lanes_menu.addAction(lane.title or _tr("(untitled lane)"))
            action.setCheckable(True)
            action.setChecked(lane.id not in hidden)
            action.setData(lane.id)
            action.toggled.connect(lambda on, lid=lane.id: self.show_lane(lid, on))

    def show_lane(self, lane_id: str, shown: bool) -> None:
        """Show or hide one lane in this window."""
        hidden = set(self.window.view_state.hidden_lanes)
        (hidden.discard if shown else hidden.add)(lane_id)
        self.window.view_state.set_hidden_lanes(hidden)

    # ------------------------------------------------------------ showing
    def apply(self, view_id: str, place: bool = True) -> None:
        """Show a saved view: its lanes, personas, emotion mode and path; with ``place``, its zoom and centre."""
        model, state = self.window.document.model, self.window.view_state
        view = model.find(view_id)
        if not isinstance(view, SavedView):
            return
        shown = saved_views.content(model, view_id)
        state.set_hidden_personas(p.id for p in model.personas() if p.id not in shown.personas)
        state.set_hidden_lanes(lane.id for lane in model.lanes() if lane.id not in shown.lanes)
        state.set_emotion_mode(str(view.emotion_mode))
        state.set_path(shown.path)
        if place:
            self.window.view.set_zoom(view.zoom)
            self.window.view.centerOn(QPointF(view.center_x, view.center_y))
        self.current = view_id
        self.fill()
        self.window.show_message(_tr("View: {name}").format(name=view.name))
        self.applied.emit(view_id)

    def show_whole_map(self) -> None:
        """Every lane and persona shown again, the path cleared (the zoom stays)."""
        state = self.window.view_state
        state.set_hidden_personas(())
        state.set_hidden_lanes(())
        state.set_path(())
        self.current = ""
        self.fill()
        self.applied.emit("")

    def cycle(self, step: int, place: bool = True) -> str:
        """Show the next (``step`` 1) or previous (-1) view, wrapping around; returns its name ("" if none)."""
        views = saved_views.views(self.window.document.model)
        if not views:
            return ""
        ids = [v.id for v in views]
        here = ids.index(self.current) if self.current in ids else (-1 if step > 0 else 0)
        target = views[(here + step) % len(views)]
        self.apply(target.id, place)
        return target.name

    # ------------------------------------------------------------ editing (undoable)
    def save_current(self) -> str | None:
        """Ask for a name and keep what the window shows now as a view; returns its id."""
        name = ask_name(self.window, _tr("Save View"), _tr("Name of the view:"))
        if name is None:
            return None
        model, state, view = self.window.document.model, self.window.view_state, self.window.view
        if saved_views.by_name(model, name) is not None and not self._replace(name):
            return None
        center = view.mapToScene(view.viewport().rect().center())
        entities = saved_views.make_view(
            model,
            name,
            [p.id for p in model.personas() if state.persona_visible(p.id)],
            [lane.id for lane in model.lanes() if lane.id not in state.hidden_lanes],
            state.emotion_mode,
            state.path,
            view.zoom,
            (center.x(), center.y()),
        )
        old = saved_views.by_name(model, name)
        changes = [(old, None)] if old is not None else []
        changes += [(None, entity) for entity in entities]
        done = self.window.document.push(ApplyChanges(model, changes, _tr("Save view “{name}”").format(name=name)))
        self.current = entities[0].id if done else self.current
        self.fill()
        return self.current or None

    def _replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.window, _tr("Save View"), _tr("A view called “{name}” exists. Replace it?").format(name=name)
        )
        return answer == QMessageBox.StandardButton.Yes

    def rename_current(self) -> bool:
        """Give the view shown a new name (refused, with one line, when another view has it)."""
        model = self.window.document.model
        view = model.find(self.current)
        if not isinstance(view, SavedView):
            return False
        name = ask_name(self.window, _tr("Rename View"), _tr("New name of the view:"), view.name)
        if name is None or name == view.name:
            return False
        other = saved_views.by_name(model, name)
        if other is not None and other.id != view.id:
            self.window.show_message(_tr("Another view is called “{name}”.").format(name=name))
            return False
        done = self.window.document.push(SetFields(model, view, _tr("Rename view"), name=name))
        self.fill()
        return bool(done)

    def delete_current(self) -> bool:
        """Delete the view shown (the map stays as it is shown)."""
        model = self.window.document.model
        if not isinstance(model.find(self.current), SavedView):
            return False
        done = self.window.document.push(DeleteEntities(model, [self.current], _tr("Delete view")))
        self.current = ""
        self.fill()
        return bool(done)
