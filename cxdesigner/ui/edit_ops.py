"""What the Edit and View menus do in one window, and when each action is available.

Undo and redo go through ``Document.undo``/``redo`` (so each lands in the file in one transaction) and take their
names and enabled state from the ``QUndoStack``. Cut, copy and paste use ``ui.clipboard``; Delete, Select All
and the palette's inserts call the canvas scene's public methods; zoom calls the view's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from cxdesigner import picture_intake
from cxdesigner.commands.edit import AddEntities
from cxdesigner.domain.entities import Channel, Touchpoint
from cxdesigner.domain.pictures import next_order
from cxdesigner.ui import clipboard

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class EditOperations(QObject):
    """Connects a window's Edit and View actions to its document, scene, view and the clipboard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.view_state = window.view_state
        a = window.window_actions
        a.undo.triggered.connect(self.document.undo)
        a.redo.triggered.connect(self.document.redo)
        a.cut.triggered.connect(self.cut)
        a.copy.triggered.connect(self.copy)
        a.paste.triggered.connect(self.paste)
        a.delete.triggered.connect(lambda: window.scene.delete_selection())
        a.select_all.triggered.connect(lambda: window.scene.select_all())
        a.zoom_in.triggered.connect(lambda: window.view.zoom_in())
        a.zoom_out.triggered.connect(lambda: window.view.zoom_out())
        a.zoom_reset.triggered.connect(lambda: window.view.zoom_reset())
        a.fit_map.triggered.connect(lambda: window.view.fit_map())
        stack = self.document.undo_stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.update_actions)
        self.view_state.selection_changed.connect(self.update_actions)
        self.view_state.locked_changed.connect(self.update_actions)
        QGuiApplication.clipboard().dataChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self, *_args: object) -> None:
        """Enable and name the actions for the current selection, undo stack, clipboard and editability."""
        a, stack = self.window.window_actions, self.document.undo_stack
        editable = not (self.document.read_only or self.view_state.locked)
        selection = self.view_state.selection
        has_cards = any(isinstance(self.document.model.find(i), Touchpoint) for i in selection)
        a.undo.setEnabled(editable and stack.canUndo())
        a.redo.setEnabled(editable and stack.canRedo())
        a.undo.setText(self.tr("&Undo {what}").format(what=stack.undoText()).strip())
        a.redo.setText(self.tr("&Redo {what}").format(what=stack.redoText()).strip())
        a.cut.setEnabled(editable and has_cards)
        a.copy.setEnabled(has_cards)
        a.paste.setEnabled(editable and (clipboard.can_paste() or self._picture_target() is not None))
        a.delete.setEnabled(editable and bool(selection))

    # ------------------------------------------------------------ clipboard
    def copy(self) -> None:
        n = clipboard.copy(self.document, self.view_state)
        self.window.show_message(self.tr("Copied %n card(s)", "", n) if n else self.tr("Select cards to copy."))

    def cut(self) -> None:
        n = clipboard.cut(self.document, self.view_state)
        self.window.show_message(self.tr("Cut %n card(s)", "", n) if n else self.tr("Select cards to cut."))

    def _picture_target(self) -> Touchpoint | None:
        """The one selected card, when the clipboard holds a picture (and no cards) to paste onto it."""
        if clipboard.can_paste() or not picture_intake.carries_pictures(QGuiApplication.clipboard().mimeData()):
            return None
        cards = [
            e for e in (self.document.model.find(i) for i in self.view_state.selection) if isinstance(e, Touchpoint)
        ]
        return cards[0] if len(cards) == 1 else None

    def paste_picture(self) -> bool:
        """Paste the clipboard's picture (an image, or copied picture files) onto the selected card."""
        card = self._picture_target()
        if card is None:
            return False
        model = self.document.model
        mime = QGuiApplication.clipboard().mimeData()
        pictures, refused = picture_intake.from_mime(mime, card.id, next_order(model, card.id))
        if pictures:
            text = self.tr("Paste %n picture(s)", "", len(pictures))
            self.document.push(AddEntities(model, pictures, text))
            self.window.show_message(" ".join([text, *refused]))
        else:
            self.window.show_message(" ".join(refused))
        return True

    def paste(self) -> None:
        if self.paste_picture():
            return
        try:
            pasted = clipboard.paste(self.document, self.view_state)
        except clipboard.ClipboardError as exc:
            self.window.show_message(str(exc))
            return
        if pasted:
            self.window.show_message(self.tr("Pasted %n card(s)", "", len(pasted)))

    # ------------------------------------------------------------ palette
    def add_from_palette(self, payload: str) -> None:
        """Double-click or Enter on a palette entry: add that thing at the selection (and rename it there)."""
        scene = self.window.scene
        self.window.view.setFocus()  # the canvas opens its in-place title editor on the new thing
        if payload == "stage":
            scene.add_stage_after_selection()
        elif payload == "lane":
            scene.add_lane_after_selection()
        elif payload.startswith("channel:"):
            try:
                channel = Channel(payload.removeprefix("channel:"))
            except ValueError:
                return
            scene.add_card_in_selection(channel)
