"""The scene's selection and highlights, mirrored with the window's ``ViewState``.

Selecting on the canvas selects in the view state (so the panels follow) and the other way round, keeping
the order in which things were selected. Highlight roles ("failing", "finding", "path", "changed", ...)
set in the view state are drawn as halos on the items they name; only items entering or leaving a role
are touched.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene


def weak_slot(method: Callable[..., Any]) -> Callable[..., None]:
    """A slot that calls ``method`` while its owner lives and does nothing after.

    The document and the view state can outlive a scene (and a dying undo stack still emits), so they
    must neither keep the scene alive nor call into it half destroyed.
    """
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> None:
        bound = ref()
        if bound is not None:
            try:
                bound(*args)
            except RuntimeError as exc:  # the Qt half is already gone while Python tears down
                if "already deleted" not in str(exc):
                    raise

    return call


class SelectionMirror:
    """Keeps one scene's selection and highlight halos in step with its view state."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.order: list[str] = []
        self._syncing = False
        self._drawn: dict[str, frozenset[str]] = {}
        scene.view_state.selection_changed.connect(weak_slot(self.from_state))
        scene.view_state.highlights_changed.connect(weak_slot(self.apply_highlights))

    # ------------------------------------------------------------------ selection
    def to_state(self) -> None:
        """The scene's selection changed: tell the view state, keeping the order of selection."""
        if self._syncing:
            return
        ids = [i for i in (getattr(item, "entity_id", None) for item in self.scene.selectedItems()) if i]
        chosen = set(ids)
        order = [i for i in self.order if i in chosen]
        known = set(order)
        order += [i for i in ids if i not in known]
        self.order = order
        self._syncing = True
        try:
            self.scene.view_state.select(order)
        finally:
            self._syncing = False
        self.scene.actions.selection_changed()

    def from_state(self, ids: list[str]) -> None:
        if not self._syncing:
            self.select(ids)

    def select(self, ids: Iterable[str]) -> None:
        """Select exactly these items, reporting one selection change (select-all on a big map stays fast)."""
        wanted = [i for i in dict.fromkeys(ids) if self.scene.item_for(i) is not None]
        keep = set(wanted)
        self._syncing = True
        try:
            for item in self.scene.selectedItems():
                if getattr(item, "entity_id", None) not in keep:
                    item.setSelected(False)
            for entity_id in wanted:
                item = self.scene.item_for(entity_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._syncing = False
        self.order = wanted
        self.to_state()

    # ------------------------------------------------------------------ highlights
    def roles_of(self, entity_id: str) -> tuple[str, ...]:
        """The highlight roles that name an entity, sorted."""
        return tuple(sorted(role for role, ids in self._drawn.items() if entity_id in ids))

    def highlighted_ids(self) -> set[str]:
        """Every id some highlight role names."""
        return set().union(*self._drawn.values()) if self._drawn else set()

    def apply_highlights(self, role: str) -> None:
        before = self._drawn.get(role, frozenset())
        after = self.scene.view_state.highlighted(role)
        self._drawn[role] = after
        self.scene.overview.invalidate(marks_only=True)
        for entity_id in before ^ after:  # an item a big map builds later takes its roles then (roles_of)
            item = self.scene.built_item(entity_id)
            if item is not None:
                item.set_highlights(self.roles_of(entity_id))
