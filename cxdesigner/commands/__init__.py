"""Undoable edits: each a ``QUndoCommand`` that makes one model call each way."""

from cxdesigner.commands.edit import (
    AddEntities,
    DeleteEntities,
    ModelCommand,
    MoveTouchpoints,
    ReplaceEntities,
    SetFields,
)

__all__ = ["AddEntities", "DeleteEntities", "ModelCommand", "MoveTouchpoints", "ReplaceEntities", "SetFields"]
