"""The canvas's keyboard map: a whole map can be built without the mouse.

=====================  ==========================================================================
Key                    What it does
=====================  ==========================================================================
Enter                  add a card after the selected card in its cell (or in the selected stage or
                       lane, or the first stage), select it and rename it; in link mode: link
Ctrl+Enter             insert a stage after the selected card's or header's stage (else at the end)
Ctrl+Shift+Enter       insert a lane below the selected card's or label's lane (else at the bottom)
F2                     rename the selected card, stage, lane or flow label in place
Delete, Backspace      delete the selection (cards, flows, stages with their cards, lanes): one step
Arrow keys             select the nearest card left / right / up / down; with nothing selected, the
                       first card; from a stage header, Down enters its column
Alt+Arrow keys         move the selected cards one stage left / right, or one place up / down
Ctrl+L                 link from the selected card: choose the target with the arrows, press Enter
Ctrl+A                 select every card
Esc                    leave link mode or a drag in progress, else clear the selection
=====================  ==========================================================================

Ctrl+Shift+S is left alone on purpose: it is the standard Save As. ``KEYMAP`` holds the same table
(translatable) for the window's Help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from cxdesigner.canvas.actions import MapActions

K = Qt.Key
M = Qt.KeyboardModifier
CTRL, SHIFT, ALT = M.ControlModifier, M.ShiftModifier, M.AltModifier
NONE = M.NoModifier
_MODS = CTRL | SHIFT | ALT | M.MetaModifier
_ARROWS = {K.Key_Left: "left", K.Key_Right: "right", K.Key_Up: "up", K.Key_Down: "down"}


def keymap() -> list[tuple[str, str]]:
    """(keys, what they do) for the Help window, translated."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MapKeys", text)

    return [
        (tr("Enter"), tr("Add a card after the selected one and rename it; in link mode, link")),
        (tr("Ctrl+Enter"), tr("Insert a stage after the selected stage")),
        (tr("Ctrl+Shift+Enter"), tr("Insert a lane below the selected lane")),
        (tr("F2"), tr("Rename the selected card, stage, lane or arrow label")),
        (tr("Delete"), tr("Delete the selection in one step")),
        (tr("Arrow keys"), tr("Select the nearest card in that direction")),
        (tr("Alt+Arrow keys"), tr("Move the selected cards to the next stage or place")),
        (tr("Ctrl+L"), tr("Link from the selected card: choose the next card, press Enter")),
        (tr("Ctrl+A"), tr("Select every card")),
        (tr("Esc"), tr("Leave link mode, else clear the selection")),
    ]


def _enter(actions: MapActions) -> None:
    if actions.link_source is not None:
        actions.finish_link()
    else:
        actions.add_card_in_selection()


def _bindings() -> dict[tuple[int, int], Callable[[MapActions], object]]:
    table: dict[tuple[int, int], Callable[[MapActions], object]] = {
        (K.Key_F2, NONE): lambda a: a.rename_selection(),
        (K.Key_Delete, NONE): lambda a: a.delete_selection(),
        (K.Key_Backspace, NONE): lambda a: a.delete_selection(),
        (K.Key_A, CTRL): lambda a: a.select_all(),
        (K.Key_L, CTRL): lambda a: a.link_selection_to_next(),
        (K.Key_Escape, NONE): lambda a: a.escape(),
    }
    for key in (K.Key_Return, K.Key_Enter):
        table[(key, NONE)] = _enter
        table[(key, CTRL)] = lambda a: a.add_stage_after_selection()
        table[(key, CTRL | SHIFT)] = lambda a: a.add_lane_after_selection()
    for key, direction in _ARROWS.items():
        table[(key, NONE)] = lambda a, d=direction: a.select_neighbour(d)
        table[(key, ALT)] = lambda a, d=direction: a.move_selection(d)
    return {(int(k.value), int(m.value)): f for (k, m), f in table.items()}


BINDINGS = _bindings()


def dispatch(actions: MapActions, event: QKeyEvent) -> bool:
    """Run the action bound to a key press; False when the key is not the canvas's."""
    modifiers = int((event.modifiers() & _MODS).value)
    action = BINDINGS.get((int(event.key()), modifiers))
    if action is None:
        return False
    action(actions)
    event.accept()
    return True
