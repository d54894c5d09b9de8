"""Cards coloured by owner: each department its own colour on the card's strip, so a path that passes the
customer from one department to another (article 003's hand-offs) shows as a change of colour.

Chosen in the view state (``card_colours``: "channel" or "owner"); while it is "owner" the scene carries
``owner_colors`` (normalised department -> colour, ``domain.handoffs.departments``) and every card
repaints when the owners change. With "channel" the scene carries None and cards show their channel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from cxdesigner.canvas import style
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.mirror import weak_slot
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.handoffs import departments


class OwnerColours(QObject):
    def __init__(self, scene: Any) -> None:
        super().__init__(scene)
        self.scene = scene
        scene.owner_colors = None
        scene.view_state.card_colours_changed.connect(weak_slot(self._mode_changed))
        document = scene.document
        document.entity_changed.connect(weak_slot(self._changed))
        document.entity_added.connect(weak_slot(self._touched))
        document.entity_removed.connect(weak_slot(self._touched))
        document.model_reset.connect(weak_slot(self.refresh))
        self.refresh()

    def refresh(self, *_args: object) -> None:
        by_owner = self.scene.view_state.card_colours == "owner"
        self.scene.owner_colors = style.owner_colors(departments(self.scene.document.model)) if by_owner else None
        for item in self.scene.items():
            if isinstance(item, TouchpointCard):
                item.update()

    def _mode_changed(self, _by: str) -> None:
        self.refresh()

    def _changed(self, _old: Any, new: Any, fields: frozenset[str]) -> None:
        if isinstance(new, Touchpoint) and "owner" in fields and self.scene.owner_colors is not None:
            self.refresh()

    def _touched(self, entity: Any) -> None:
        if isinstance(entity, Touchpoint) and self.scene.owner_colors is not None:
            self.refresh()
