"""The sample's saved views: one for the customer's side of the map, one for the student's measured journey.

"The customer's side" hides the backstage lane and shows both personas' designed and measured curves; "The
student, as measured" keeps the lanes a stakeholder reads first (touchpoints, emotions, barriers, ideas),
the student alone, measured emotions, along the online path from the advert to the parcel.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain.entities import LaneKind, Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.saved_views import EmotionMode, SavedView, ViewLane, ViewPersona, ViewStep

NAMES = {
    "side": {"en": "The customer's side", "ru": "Сторона клиента"},
    "student": {"en": "The student, as measured", "ru": "Студент: как есть"},
}
_STUDENT_PATH = ("advert", "site", "prints", "order", "packed", "collect", "fitting", "returns", "bag", "wash", "post")


def add_views(
    journey: JourneyMap,
    lang: str,
    lanes: dict[LaneKind, str],
    tps: dict[str, str],
    entity_id: Callable[[str, str, object], str],
) -> None:
    """Add the two views; ``entity_id(lang, kind, key)`` gives the sample's fixed ids."""
    people = [p.id for p in journey.personas()]
    student = entity_id(lang, "persona", "student")
    side = [lid for kind, lid in lanes.items() if kind is not LaneKind.BACKSTAGE]
    reading = [lanes[k] for k in (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.BARRIERS, LaneKind.IDEAS)]
    plans = (
        ("side", EmotionMode.BOTH, people, side, (), 0.6, (900.0, 420.0)),
        ("student", EmotionMode.MEASURED, [student], reading, _STUDENT_PATH, 0.5, (1000.0, 450.0)),
    )
    for n, (key, mode, personas, shown, path, zoom, (x, y)) in enumerate(plans):
        vid = entity_id(lang, "view", key)
        journey.add(SavedView(vid, NAMES[key][lang], float(n), mode, zoom, x, y))
        for pid in personas:
            journey.add(ViewPersona(entity_id(lang, "view_persona", f"{key}/{pid}"), vid, pid))
        for lid in shown:
            journey.add(ViewLane(entity_id(lang, "view_lane", f"{key}/{lid}"), vid, lid))
        steps = [tps[k] for k in path if k in tps and isinstance(journey.find(tps[k]), Touchpoint)]
        for i, tid in enumerate(steps):
            journey.add(ViewStep(entity_id(lang, "view_step", f"{key}/{i}"), vid, tid, float(i)))
