"""The undo history of one document, bounded by steps and by the memory its steps hold.

``UndoHistory`` is a ``QUndoStack`` in behaviour (push runs the command's ``redo``, merges by ``id`` and
``mergeWith``, drops obsolete commands and everything that was undone; the same signals), with one thing
Qt's cannot do: after each push it drops the oldest steps while there are more than ``step_limit`` of them
or while together they hold more than ``byte_limit`` of stored text (the entities each keeps to undo and
redo itself, as ``stored_bytes`` counts them). The newest step always stays, however large. 500 edits that
each set a 1 MB text then keep the newest hundred or so, not all 500.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

STEP_LIMIT = 1000
BYTE_LIMIT = 256 * 1024 * 1024
_OBJECT = 64  # what an entity or a container costs besides its contents, roughly


def stored_bytes(command: QUndoCommand) -> int:
    """About how much memory a command holds in the entities and texts it keeps (never its model)."""
    return sum(_size(value) for name, value in vars(command).items() if name != "model")


def _size(value: Any) -> int:  # noqa: PLR0911 - one return per kind of value
    if isinstance(value, str | bytes):
        return sys.getsizeof(value)
    if isinstance(value, int | float | bool) or value is None:
        return 0
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _OBJECT + sum(_size(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return _OBJECT + sum(_size(k) + _size(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return _OBJECT + sum(_size(item) for item in value)
    return 0  # the model, Qt objects: shared, not held by the step


class UndoHistory(QObject):
    """A bounded undo stack (see the module's docstring)."""

    indexChanged = Signal(int)  # noqa: N815 - the names of QUndoStack's signals
    canUndoChanged = Signal(bool)  # noqa: N815
    canRedoChanged = Signal(bool)  # noqa: N815
    undoTextChanged = Signal(str)  # noqa: N815
    redoTextChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QObject | None = None, step_limit: int = STEP_LIMIT, byte_limit: int = BYTE_LIMIT):
        super().__init__(parent)
        self.step_limit = step_limit
        self.byte_limit = byte_limit
        self._commands: list[QUndoCommand] = []
        self._sizes: list[int] = []
        self._index = 0

    # ------------------------------------------------------------ reading
    def count(self) -> int:
        return len(self._commands)

    def index(self) -> int:
        """How many steps are done (the rest, up to ``count``, can be redone)."""
        return self._index

    def command(self, index: int) -> QUndoCommand | None:
        return self._commands[index] if 0 <= index < len(self._commands) else None

    def canUndo(self) -> bool:  # noqa: N802 - QUndoStack's name
        return self._index > 0

    def canRedo(self) -> bool:  # noqa: N802
        return self._index < len(self._commands)

    def undoText(self) -> str:  # noqa: N802
        return self._commands[self._index - 1].actionText() if self.canUndo() else ""

    def redoText(self) -> str:  # noqa: N802
        return self._commands[self._index].actionText() if self.canRedo() else ""

    def stored_bytes(self) -> int:
        """What the steps kept hold, as ``stored_bytes`` counts it."""
        return sum(self._sizes)

    # ------------------------------------------------------------ changing
    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` and keep it as the newest step (merged into the one before where it says so)."""
        if not command.isObsolete():
            command.redo()
        del self._commands[self._index :], self._sizes[self._index :]
        top = self._commands[-1] if self._commands else None
        if top is not None and top.id() != -1 and top.id() == command.id() and top.mergeWith(command):
            if top.isObsolete():
                del self._commands[-1], self._sizes[-1]
                self._index -= 1
            else:
                self._sizes[-1] = stored_bytes(top)
        elif not command.isObsolete():
            self._commands.append(command)
            self._sizes.append(stored_bytes(command))
            self._index += 1
            self._trim()
        self._announce()

    def undo(self) -> None:
        if not self.canUndo():
            return
        at = self._index - 1
        command = self._commands[at]
        if not command.isObsolete():
            command.undo()
        if command.isObsolete():
            del self._commands[at], self._sizes[at]
        self._index = at
        self._announce()

    def redo(self) -> None:
        if not self.canRedo():
            return
        at = self._index
        command = self._commands[at]
        if not command.isObsolete():
            command.redo()
        if command.isObsolete():
            del self._commands[at], self._sizes[at]
        else:
            self._index = at + 1
        self._announce()

    def clear(self) -> None:
        self._commands, self._sizes, self._index = [], [], 0
        self._announce()

    def _trim(self) -> None:
        """Drop the oldest steps beyond the limits; only done steps go, and never the newest."""
        drop, total = 0, sum(self._sizes)
        while drop < self._index - 1 and (len(self._commands) - drop > self.step_limit or total > self.byte_limit):
            total -= self._sizes[drop]
            drop += 1
        if drop:
            del self._commands[:drop], self._sizes[:drop]
            self._index -= drop

    def _announce(self) -> None:
        self.indexChanged.emit(self._index)
        self.canUndoChanged.emit(self.canUndo())
        self.undoTextChanged.emit(self.undoText())
        self.canRedoChanged.emit(self.canRedo())
        self.redoTextChanged.emit(self.redoText())
