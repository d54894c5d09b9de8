"""Setting a persona's designed emotion at a touchpoint: add, change or clear, as one command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cxdesigner.commands.edit import AddEntities, DeleteEntities, SetFields
from cxdesigner.domain.entities import Emotion, new_id
from cxdesigner.domain.journey import JourneyMap


def set_emotion(model: JourneyMap, touchpoint_id: str, persona_id: str, value: int | None) -> QUndoCommand | None:
    """The command that makes the designed emotion ``value`` (None clears it); None when nothing changes."""
    text = QCoreApplication.translate("Emotions", "Set emotion")
    existing = model.emotion(touchpoint_id, persona_id)
    if existing is None:
        if value is None:
            return None
        emotion = Emotion(id=new_id(), touchpoint_id=touchpoint_id, persona_id=persona_id, designed=value)
        return AddEntities(model, [emotion], text)
    if value is None:
        return DeleteEntities(model, [existing.id], QCoreApplication.translate("Emotions", "Clear emotion"))
    if existing.designed == value:
        return None
    return SetFields(model, existing, text, designed=value)
