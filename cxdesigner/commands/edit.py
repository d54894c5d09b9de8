"""The command families every edit is built from.

Each command captures the old and new state when it is made, and ``redo``/``undo`` make one model call
each way (orange-canvas-core style). A command whose first ``redo`` breaks an invariant marks itself
obsolete, so ``QUndoStack.push`` drops it, and keeps the reason in ``error`` for the caller to show.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap, ModelError, Removal
from cxdesigner.domain.kinds import RANK

TYPING_MERGE_ID = 0x4358


class ModelCommand(QUndoCommand):
    """Base: a named edit of one model; records a ``ModelError`` from its first redo."""

    def __init__(self, model: JourneyMap, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.error: ModelError | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self.do()
        except ModelError as exc:
            if self._done_once:
                raise
            self.error = exc
            self.setObsolete(True)
        self._done_once = True

    def undo(self) -> None:
        self.revert()

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddEntities(ModelCommand):
    """Add new entities (parents first); undo deletes them."""

    def __init__(self, model: JourneyMap, entities: Iterable[Any], text: str) -> None:
        super().__init__(model, text)
        self.entities = sorted(entities, key=lambda e: RANK[type(e)])

    def do(self) -> None:
        added: list[str] = []
        try:
            for entity in self.entities:
                self.model.add(entity)
                added.append(entity.id)
        except ModelError:
            self.model.delete(added)
            raise

    def revert(self) -> None:
        self.model.delete([e.id for e in self.entities])


class DeleteEntities(ModelCommand):
    """Delete entities with everything that depends on them; undo restores it all."""

    def __init__(self, model: JourneyMap, ids: Iterable[str], text: str) -> None:
        super().__init__(model, text)
        self.ids = list(ids)
        self.removal: Removal | None = None

    def do(self) -> None:
        self.removal = self.model.delete(self.ids)

    def revert(self) -> None:
        assert self.removal is not None
        self.model.restore(self.removal)


class ReplaceEntities(ModelCommand):
    """Put new versions of existing entities; undo puts the old versions back."""

    def __init__(self, model: JourneyMap, pairs: Sequence[tuple[Any, Any]], text: str) -> None:
        super().__init__(model, text)
        self.pairs = list(pairs)

    def do(self) -> None:
        done: list[Any] = []
        try:
            for old, new in self.pairs:
                self.model.put(new)
                done.append(old)
        except ModelError:
            for old in reversed(done):
                self.model.put(old)
            raise

    def revert(self) -> None:
        for old, _new in reversed(self.pairs):
            self.model.put(old)


class SetFields(ReplaceEntities):
    """Change fields of one entity. Consecutive typing into the same field merges into one step.

    ``model``, ``entity`` and ``text`` are positional-only, so an entity field named ``text`` can be set too.
    """

    def __init__(self, model: JourneyMap, entity: Any, text: str, /, typing: bool = False, **changes: Any) -> None:
        super().__init__(model, [(entity, dataclasses.replace(entity, **changes))], text)
        self.typing = typing

    def id(self) -> int:
        return TYPING_MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetFields) or not (self.typing and other.typing):
            return False
        (old, mine), (_o, theirs) = self.pairs[0], other.pairs[0]
        if mine.id != theirs.id or _changed(old, mine) != _changed(_o, theirs):
            return False
        self.pairs = [(old, theirs)]
        return True


class MoveTouchpoints(ReplaceEntities):
    """Move cards to new cells and positions in one step."""

    def __init__(self, model: JourneyMap, moves: Sequence[tuple[Touchpoint, Touchpoint]], text: str) -> None:
        super().__init__(model, moves, text)


def _changed(old: Any, new: Any) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(old) if getattr(old, f.name) != getattr(new, f.name))


class ApplyChanges(ModelCommand):
    """Several entity changes as one step: ``(old, new)`` pairs, where old None adds new and new None deletes
    old (with what depends on it). Undo reverts them in reverse order."""

    def __init__(self, model: JourneyMap, changes: Sequence[tuple[Any, Any]], text: str) -> None:
        super().__init__(model, text)
        self.changes = list(changes)
        self._done: list[tuple[str, Any]] = []

    def do(self) -> None:
        self._done = []
        try:
            for old, new in self.changes:
                if old is None:
                    self._done.append(("added", self.model.add(new)))
                elif new is None:
                    self._done.append(("deleted", self.model.delete([old.id])))
                else:
                    self.model.put(new)
                    self._done.append(("replaced", old))
        except ModelError:
            self.revert()
            raise

    def revert(self) -> None:
        for what, thing in reversed(self._done):
            if what == "added":
                self.model.delete([thing.id])
            elif what == "deleted":
                self.model.restore(thing)
            else:
                self.model.put(thing)
        self._done = []
