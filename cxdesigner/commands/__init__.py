"""Undoable edits: each a ``QUndoCommand`` that makes one model call each way."""

from cxdesigner.commands.edit import (
    AddEntities,
    ApplyChanges,
    DeleteEntities,
    ModelCommand,
    MoveTouchpoints,
    ReplaceEntities,
    SetFields,
)

__all__ = [
    "AddEntities",
    "ApplyChanges",
    "DeleteEntities",
    "ModelCommand",
    "MoveTouchpoints",
    "ReplaceEntities",
    "SetFields",
]
