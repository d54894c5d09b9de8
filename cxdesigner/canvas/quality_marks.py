"""Quality on the map: each card's badge and each stage header's share of requirements met.

The domain computes both (``domain.quality.badges_and_stages``); this keeps the items in step
with the model: after any change of a requirement (coalesced into one refresh per edit) and after every
layout change (new cards and headers, cards moved to another stage). Items only draw what they are given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.grid import StageHeader
from cxdesigner.canvas.mirror import weak_slot
from cxdesigner.domain.quality import Badge, QualityRequirement, QualitySummary, badges_and_stages

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene


class QualityMarks:
    """Refreshes the quality badges and stage shares of one scene."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self._marks: dict[str, Badge] = {}
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(weak_slot(self.refresh))
        document = scene.document
        document.entity_added.connect(weak_slot(self._on_entity))
        document.entity_removed.connect(weak_slot(self._on_entity))
        document.entity_changed.connect(weak_slot(self._on_changed))
        scene.layout_changed.connect(weak_slot(self.refresh))
        self.refresh()

    def _on_entity(self, entity: Any) -> None:
        if isinstance(entity, QualityRequirement):
            self._timer.start()

    def _on_changed(self, _old: Any, new: Any, _fields: Any) -> None:
        self._on_entity(new)

    def refresh(self) -> None:
        """Give every card its badge and every stage header its summary."""
        self._timer.stop()
        model = self.scene.document.model
        marks, shares = badges_and_stages(model)
        self._marks = marks
        for item in self.scene.built_items_by_id().values():
            if isinstance(item, TouchpointCard):
                item.set_quality(marks.get(item.entity_id, Badge.NONE))
            elif isinstance(item, StageHeader):
                item.set_quality(shares.get(item.entity_id, QualitySummary()))
        self.scene.overview.invalidate()

    def dress(self, card: TouchpointCard) -> None:
        """Give a card made after the last refresh (a big map's, built late) its badge."""
        card.set_quality(self._marks.get(card.entity_id, Badge.NONE))
