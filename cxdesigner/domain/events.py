"""Typed change events emitted by the journey model.

Every mutation of the model emits one or more of these, carrying the old and new values, so that the
store, the canvas and the panels can each react to exactly what changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.domain.entities import Entity


@dataclass(frozen=True, slots=True)
class Added:
    """An entity joined the map."""

    entity: Entity


@dataclass(frozen=True, slots=True)
class Removed:
    """An entity left the map."""

    entity: Entity


@dataclass(frozen=True, slots=True)
class Changed:
    """An entity's fields changed; ``fields`` names the ones that differ."""

    old: Entity
    new: Entity
    fields: frozenset[str]


Event = Added | Removed | Changed
