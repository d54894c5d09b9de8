"""Workshop mode: the map full screen for a room, one stage at a time, safe from accidental edits.

Entering hides the menus, toolbar, docks and status bar, switches to the projector theme and goes full
screen. The keys while presenting:

==========================  ===============================================================
Right, Page Down, Space     the next stage in the spotlight (a presenter's clicker sends Page Down)
Left, Page Up               the previous stage; Home / End: the first / last
Up, Down                    move the frame to the lane above / below (where typing puts a card)
typing                      quick capture: a new card in the framed cell, titled with what is typed;
                            Enter keeps it, Esc drops it
F8, Shift+F8                the next / previous saved view (its lanes, personas, emotions and path)
F9                          lock or unlock the map against edits
Esc, F5                     leave workshop mode (everything comes back as it was)
==========================  ===============================================================

The keys are read by an event filter on the map view before the canvas sees them; while a card's title
is being typed they go to the editor instead. Clicking a card in another stage moves the spotlight there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.placement import CARDLESS_LANES
from cxdesigner.ui import preferences, theme
from cxdesigner.ui.spotlight import Spotlight

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_PageDown, K.Key_Space}
PREVIOUS_KEYS = {K.Key_Left, K.Key_PageUp}
LOCK_KEY = K.Key_F9
VIEW_KEY = K.Key_F8
LEAVE_KEYS = {K.Key_Escape, K.Key_F5}
MAX_ZOOM = 1.8
STAGE_SHARE = 0.45
"""The lit stage takes about this share of the screen's width (up to ``MAX_ZOOM``), so its cards read from the
back of the room while the neighbours stay in view, dimmed."""
MARGIN = 24.0


class Presentation(QObject):
    """Workshop mode of one main window."""

    active_changed = Signal(bool)
    stage_changed = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene, self.view, self.view_state = window.scene, window.view, window.view_state
        self.active = False
        self.stage_index = 0
        self.lane_id = ""
        self.spotlight: Spotlight | None = None
        self.hud = QLabel(self.view.viewport())
        self.hud.setObjectName("workshop_hud")
        self.hud.setAccessibleName(self.tr("Workshop mode status"))
        self.hud.setTextFormat(Qt.TextFormat.PlainText)
        self.hud.setStyleSheet("QLabel { background: rgba(0, 0, 0, 200); color: white; padding: 8px 14px; }")
        self.hud.hide()
        self._saved: dict[str, object] = {}
        self._capture: tuple[str, int] | None = None
        self.view_state.locked_changed.connect(self._show_status)
        self.view_state.selection_changed.connect(self._follow_selection)
        self.scene.editing_changed.connect(self._editing_changed)
        self.scene.layout_changed.connect(self._keep_in_range)

    # ------------------------------------------------------------------ entering and leaving
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        """Full screen, docks and bars hidden, projector theme, the spotlight on the selected card's stage."""
        if self.active:
            return
        w = self.window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._saved = {
            "geometry": w.saveGeometry(),
            "state": w.saveState(),
            "font": QFont(app.font()),
            "palette": QPalette(app.palette()),
            "style": app.style().name(),
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "locked": self.view_state.locked,
            "zoom": self.view.zoom,
        }
        for dock in w.docks.values():
            dock.hide()
        for bar in (w.toolbar, w.menuBar(), w.statusBar()):
            bar.hide()
        if preferences.theme() is not preferences.Theme.PROJECTOR:
            theme.apply_theme(preferences.Theme.PROJECTOR)
        self.active = True
        self.spotlight = Spotlight(self.scene)
        self.stage_index = self._selected_stage_index()
        self.lane_id = self._first_card_lane()
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        w.showFullScreen()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_stage(self.stage_index)
        self.hud.show()
        self.active_changed.emit(True)

    def leave(self) -> None:
        """Everything back as it was: window, docks, bars, theme, zoom and lock."""
        if not self.active:
            return
        if self.scene.editor.active:
            self.scene.editor.commit()
        self.active = False
        self.view.removeEventFilter(self)
        self.view.viewport().removeEventFilter(self)
        if self.spotlight is not None:
            self.spotlight.remove()
            self.spotlight = None
        self.hud.hide()
        w, saved = self.window, self._saved
        self._restore_look()  # first: docks laid out in the projector's large type would come back wider
        w.showNormal()
        w.menuBar().setVisible(bool(saved["menu"]))
        w.statusBar().setVisible(bool(saved["status"]))
        self._restore_frame()
        # a window manager settles the frame after leaving full screen in its own time: restore once more then
        QTimer.singleShot(0, self._restore_frame)
        self.view_state.set_locked(bool(saved["locked"]))
        self.view.set_zoom(float(saved["zoom"]))  # type: ignore[arg-type]
        self.active_changed.emit(False)

    def _restore_look(self) -> None:
        """The application's style, palette and fonts exactly as they were before entering."""
        app, saved = QApplication.instance(), self._saved
        assert isinstance(app, QApplication)
        if app.style().name() != saved["style"]:
            app.setStyle(QStyleFactory.create(str(saved["style"])) or QStyleFactory.create("Fusion"))
        app.setPalette(saved["palette"])  # type: ignore[arg-type]
        app.setFont(saved["font"])  # type: ignore[arg-type]

    def _restore_frame(self) -> None:
        if self.active or not self._saved:
            return
        w = self.window
        w.restoreGeometry(QByteArray(self._saved["geometry"]))  # type: ignore[arg-type]
        w.restoreState(QByteArray(self._saved["state"]))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ stages and cells
    def stage_ids(self) -> list[str]:
        return [s.id for s in self.window.document.model.stages()]

    def _selected_stage_index(self) -> int:
        ids = self.stage_ids()
        for entity_id in reversed(self.view_state.selection):
            entity = self.window.document.model.find(entity_id)
            if isinstance(entity, Touchpoint) and entity.stage_id in ids:
                return ids.index(entity.stage_id)
            if entity_id in ids:
                return ids.index(entity_id)
        return 0

    def _card_lanes(self) -> list[str]:
        hidden = self.view_state.hidden_lanes  # a saved view's lanes only
        lanes = self.window.document.model.lanes()
        return [lane.id for lane in lanes if lane.kind not in CARDLESS_LANES and lane.id not in hidden]

    def _first_card_lane(self) -> str:
        lanes = self._card_lanes()
        return lanes[0] if lanes else ""

    def current_stage_id(self) -> str:
        ids = self.stage_ids()
        return ids[self.stage_index] if ids else ""

    def show_stage(self, index: int) -> None:
        """Put stage ``index`` (clamped) in the spotlight and fit it into the screen."""
        ids = self.stage_ids()
        self.stage_index = max(0, min(index, len(ids) - 1)) if ids else 0
        if self.lane_id not in self._card_lanes():
            self.lane_id = self._first_card_lane()
        if self.spotlight is not None:
            self.spotlight.show_cell(self.current_stage_id(), self.lane_id)
            self._fit(self.spotlight.column_rect())
        self._show_status()
        self.stage_changed.emit(self.stage_index)

    def step(self, delta: int) -> None:
        self.show_stage(self.stage_index + delta)

    def move_frame(self, delta: int) -> None:
        """Move the framed cell to the card lane above (-1) or below (+1)."""
        lanes = self._card_lanes()
        if not lanes:
            return
        index = lanes.index(self.lane_id) if self.lane_id in lanes else 0
        self.lane_id = lanes[max(0, min(index + delta, len(lanes) - 1))]
        if self.spotlight is not None:
            self.spotlight.show_cell(self.current_stage_id(), self.lane_id)
            self.view.ensureVisible(self.spotlight.cell_rect(), 20, 20)

    def _fit(self, rect: QRectF) -> None:
        """Zoom so the stage is large, at least as large as fitting its whole height, and show it from the top."""
        if rect.isEmpty():
            return
        viewport = self.view.viewport().rect()
        whole = min((viewport.width() - 2 * MARGIN) / rect.width(), (viewport.height() - 2 * MARGIN) / rect.height())
        large = min(viewport.width() * STAGE_SHARE / rect.width(), MAX_ZOOM)
        zoom = max(0.1, whole, large)
        self.view.set_zoom(zoom)
        visible_height = viewport.height() / zoom
        top = rect.top() - MARGIN / zoom
        self.view.centerOn(rect.center().x(), top + visible_height / 2.0)
        if self.spotlight is not None:
            self.view.ensureVisible(self.spotlight.cell_rect(), 20, 20)

    def _keep_in_range(self) -> None:
        if self.active:
            self.show_stage(self.stage_index)

    def _follow_selection(self, ids: list[str]) -> None:
        if not self.active or not ids:
            return
        entity = self.window.document.model.find(ids[-1])
        stages = self.stage_ids()
        if isinstance(entity, Touchpoint) and entity.stage_id in stages:
            self.lane_id = entity.lane_id
            if stages.index(entity.stage_id) != self.stage_index:
                self.show_stage(stages.index(entity.stage_id))
            elif self.spotlight is not None:
                self.spotlight.show_cell(entity.stage_id, entity.lane_id)

    # ------------------------------------------------------------------ lock and capture
    def toggle_lock(self) -> None:
        self.view_state.set_locked(not self.view_state.locked)

    def capture(self, text: str) -> str | None:
        """Quick capture: a card in the framed cell whose title starts with ``text``; the editor stays open."""
        stage_id = self.current_stage_id()
        if self.view_state.locked:
            self._show_status(self.tr("The map is locked: press F9 to unlock it."))
            return None
        if not stage_id or not self.lane_id:
            return None
        index = len(self.window.document.model.cell(stage_id, self.lane_id))
        card_id = self.scene.actions.add_card(stage_id, self.lane_id, index, rename=True)
        if card_id is not None and self.scene.editor.active:
            self._capture = (card_id, self.window.document.undo_stack.index())
            self.scene.editor.line_edit.setText(text)
        return card_id

    def _editing_changed(self, editing: bool) -> None:
        if not editing and self._capture is not None:
            QTimer.singleShot(0, self._drop_abandoned_capture)  # after the editor's own push, if any

    def _drop_abandoned_capture(self) -> None:
        """A quick-capture card whose title was never committed (Esc) is taken back: no "New touchpoint" litter."""
        capture, self._capture = self._capture, None
        if capture is None:
            return
        card_id, index = capture
        stack = self.window.document.undo_stack
        if stack.index() == index and self.window.document.model.find(card_id) is not None:
            stack.undo()

    # ------------------------------------------------------------------ keys and status
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active or self.scene.editor.active:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._handles(event):
            self._key(event)
            return True
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._place_hud()
        return False

    def _handles(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        navigation = (
            NEXT_KEYS | PREVIOUS_KEYS | LEAVE_KEYS | {K.Key_Home, K.Key_End, K.Key_Up, K.Key_Down, LOCK_KEY, VIEW_KEY}
        )
        return plain and (key in navigation or self._typed(event) != "")

    @staticmethod
    def _typed(event: QKeyEvent) -> str:
        text = event.text()
        return text if text and text.isprintable() and not text.isspace() else ""

    def _key(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in LEAVE_KEYS:
            self.leave()
        elif key == LOCK_KEY:
            self.toggle_lock()
        elif key == VIEW_KEY:
            self.next_view(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == K.Key_Home:
            self.show_stage(0)
        elif key == K.Key_End:
            self.show_stage(len(self.stage_ids()) - 1)
        elif key in (K.Key_Up, K.Key_Down):
            self.move_frame(-1 if key == K.Key_Up else 1)
        else:
            self.capture(self._typed(event))

    def next_view(self, step: int) -> str:
        """Show the next or previous saved view, keeping the stage in the spotlight; returns its name."""
        name = self.window.saved_views.cycle(step, place=False)
        if not name:
            self._show_status(self.tr("This map has no saved views (View > Saved Views)."))
            return ""
        self.show_stage(self.stage_index)
        self._show_status(self.tr("View: {name}").format(name=name))
        return name

    def status_text(self) -> str:
        """What the on-screen status says: the stage, the lock, and how to leave."""
        stages = self.window.document.model.stages()
        title = stages[self.stage_index].title if stages else ""
        where = self.tr("Stage {n} of {count}: {title}").format(n=self.stage_index + 1, count=len(stages), title=title)
        lock = self.tr("Locked (F9 unlocks)") if self.view_state.locked else self.tr("Editing: type to add a card")
        return "   ·   ".join([where, lock, self.tr("Esc leaves")])

    def _show_status(self, *args: object) -> None:
        message = next((a for a in args if isinstance(a, str)), "")
        self.hud.setText(message or self.status_text())
        self.hud.adjustSize()
        self._place_hud()

    def _place_hud(self) -> None:
        """Bottom left, clear of the stage headers at the top."""
        viewport = self.view.viewport()
        self.hud.setMaximumWidth(max(200, viewport.width() - 32))
        self.hud.move(16, max(16, viewport.height() - self.hud.height() - 16))
