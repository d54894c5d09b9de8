"""Saved views: a named way of looking at the map, kept in the project file for a presentation.

A ``SavedView`` holds the emotion mode (designed, measured or both) and the zoom and centre of the view;
the personas shown, the lanes shown and the optional path are rows of their own (``ViewPersona``,
``ViewLane``, ``ViewStep``) that refer to the persona, lane or touchpoint, so deleting one of those takes
it out of every view (and undo puts it back). A persona or lane added after a view was saved is not in
it: a view shows what was chosen. ``focus`` makes the map a view shows, for the poster, the report and
the deck: hidden lanes go with their cards, hidden personas with their curves and their own feedback.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cxdesigner.domain.entities import Lane, Persona, Touchpoint, new_id
from cxdesigner.domain.feedback import FeedbackItem

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from cxdesigner.domain.journey import JourneyMap

ZOOM_RANGE = (0.01, 4.0)  # the canvas's own limits


class EmotionMode(StrEnum):
    """Which emotion curves a view draws."""

    DESIGNED = "designed"
    MEASURED = "measured"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class SavedView:
    """A named view: its emotion mode and where the map was looked at (zoom, centre in map units)."""

    id: str
    name: str = ""
    order: float = 0.0
    emotion_mode: EmotionMode = EmotionMode.DESIGNED
    zoom: float = 1.0
    center_x: float = 0.0
    center_y: float = 0.0


@dataclass(frozen=True, slots=True)
class ViewPersona:
    """A persona a view shows."""

    id: str
    view_id: str
    persona_id: str


@dataclass(frozen=True, slots=True)
class ViewLane:
    """A lane a view shows."""

    id: str
    view_id: str
    lane_id: str


@dataclass(frozen=True, slots=True)
class ViewStep:
    """One touchpoint of a view's path, in ``order``."""

    id: str
    view_id: str
    touchpoint_id: str
    order: float = 0.0


def check_view(view: SavedView) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if not view.name.strip() or view.name != view.name.strip() or "\n" in view.name:
        return "name", "A saved view needs a name on one line, without spaces around it."
    low, high = ZOOM_RANGE
    if not low <= view.zoom <= high:
        return "zoom", f"A view's zoom lies between {low} and {high}."
    if not (math.isfinite(view.center_x) and math.isfinite(view.center_y)):
        return "center_x", "A view's centre is a point on the map."
    return None


@dataclass(frozen=True)
class ViewContent:
    """What a view shows, as ids: the personas, the lanes and the path (empty: none chosen)."""

    personas: frozenset[str] = frozenset()
    lanes: frozenset[str] = frozenset()
    path: tuple[str, ...] = field(default_factory=tuple)


def views(journey: JourneyMap) -> list[SavedView]:
    """The map's saved views, in their order."""
    return journey.all(SavedView)


def by_name(journey: JourneyMap, name: str) -> SavedView | None:
    """The view called ``name`` (exactly, else ignoring case), or None."""
    found = [v for v in views(journey) if v.name == name]
    found = found or [v for v in views(journey) if v.name.casefold() == name.casefold()]
    return found[0] if found else None


def content(journey: JourneyMap, view_id: str) -> ViewContent:
    """The personas, lanes and path a view shows."""
    steps = sorted((s for s in journey.all(ViewStep) if s.view_id == view_id), key=lambda s: (s.order, s.id))
    return ViewContent(
        frozenset(p.persona_id for p in journey.all(ViewPersona) if p.view_id == view_id),
        frozenset(lane.lane_id for lane in journey.all(ViewLane) if lane.view_id == view_id),
        tuple(s.touchpoint_id for s in steps),
    )


def make_view(
    journey: JourneyMap,
    name: str,
    personas: Iterable[str],
    lanes: Iterable[str],
    mode: str = "designed",
    path: Sequence[str] = (),
    zoom: float = 1.0,
    center: tuple[float, float] = (0.0, 0.0),
) -> list[Any]:
    """The entities of a new view (the view first, then its rows), placed after the last view."""
    known = views(journey)
    view = SavedView(
        new_id(),
        name.strip(),
        (known[-1].order + 1.0) if known else 0.0,
        EmotionMode(mode),
        float(zoom),
        float(center[0]),
        float(center[1]),
    )
    people = [p.id for p in journey.personas() if p.id in set(personas)]
    shown = [lane.id for lane in journey.lanes() if lane.id in set(lanes)]
    steps = [t for t in path if isinstance(journey.find(t), Touchpoint)]
    return [
        view,
        *(ViewPersona(new_id(), view.id, p) for p in people),
        *(ViewLane(new_id(), view.id, lane) for lane in shown),
        *(ViewStep(new_id(), view.id, t, float(i)) for i, t in enumerate(steps)),
    ]


def focus(journey: JourneyMap, view_id: str) -> JourneyMap:
    """A copy of the map as the view shows it: only its lanes (with their cards) and its personas.

    Feedback tagged with a hidden persona goes too (it is that persona's voice); the saved views
    themselves stay, so the copy can be asked about them. The original map is untouched.
    """
    shown = content(journey, view_id)
    twin = journey.copy()
    doomed = [lane.id for lane in twin.all(Lane) if lane.id not in shown.lanes]
    doomed += [p.id for p in twin.all(Persona) if p.id not in shown.personas]
    doomed += [f.id for f in twin.all(FeedbackItem) if f.persona_id and f.persona_id not in shown.personas]
    twin.delete(doomed)
    return twin


def summary(journey: JourneyMap) -> list[dict[str, Any]]:
    """Each view as plain values (``info --json``): name, emotion mode, personas and lanes by name, path length."""
    names = {e.id: getattr(e, "name", "") or getattr(e, "title", "") for e in (*journey.personas(), *journey.lanes())}
    out = []
    for view in views(journey):
        shown = content(journey, view.id)
        out.append(
            {
                "name": view.name,
                "emotions": str(view.emotion_mode),
                "personas": [names[p.id] for p in journey.personas() if p.id in shown.personas],
                "lanes": [names[lane.id] for lane in journey.lanes() if lane.id in shown.lanes],
                "path": len(shown.path),
                "zoom": view.zoom,
            }
        )
    return out
