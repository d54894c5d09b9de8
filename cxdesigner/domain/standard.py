"""The standard vocabulary of a map, in English and Russian: the seven lanes and the eight classic stages.

Templates and the sample build from these; the stage names and the customer's expectation at each come from
practice (DOMAIN.md).
"""

from __future__ import annotations

from cxdesigner.domain.entities import Lane, LaneKind, new_id
from cxdesigner.domain.journey import JourneyMap

LANES: dict[str, list[tuple[LaneKind, str]]] = {
    "en": [
        (LaneKind.ACTIONS, "Customer actions"),
        (LaneKind.TOUCHPOINTS, "Touchpoints"),
        (LaneKind.FRONTSTAGE, "Frontstage"),
        (LaneKind.BACKSTAGE, "Backstage"),
        (LaneKind.EMOTIONS, "Emotions"),
        (LaneKind.BARRIERS, "Barriers"),
        (LaneKind.IDEAS, "Ideas"),
    ],
    "ru": [
        (LaneKind.ACTIONS, "Действия клиента"),
        (LaneKind.TOUCHPOINTS, "Точки контакта"),
        (LaneKind.FRONTSTAGE, "На сцене"),
        (LaneKind.BACKSTAGE, "За кулисами"),
        (LaneKind.EMOTIONS, "Эмоции"),
        (LaneKind.BARRIERS, "Барьеры"),
        (LaneKind.IDEAS, "Идеи"),
    ],
}

EIGHT_STAGES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Need", "Engage"),
        ("Search", "Recognise the customer"),
        ("Choice", "Offer what is needed"),
        ("Purchase", "Surprise"),
        ("Receipt", "Be consistent"),
        ("Use", "Simplify"),
        ("Service", "Take care"),
        ("Recommendation", "Reward"),
    ],
    "ru": [
        ("Потребность", "Вовлекайте"),
        ("Поиск", "Узнавайте"),
        ("Выбор", "Предлагайте нужное"),
        ("Покупка", "Удивляйте"),
        ("Получение", "Будьте последовательны"),
        ("Использование", "Упрощайте"),
        ("Обслуживание", "Заботьтесь"),
        ("Рекомендации", "Награждайте"),
    ],
}

EMOTION_LANE_HEIGHT = 150.0


def language_of(language: str) -> str:
    """``ru`` for any Russian language code, else ``en``."""
    return "ru" if language.lower().startswith("ru") else "en"


def add_standard_lanes(journey: JourneyMap, language: str = "en") -> list[Lane]:
    """Add the seven standard lanes in their usual order."""
    lanes = []
    for i, (kind, title) in enumerate(LANES[language_of(language)]):
        height = EMOTION_LANE_HEIGHT if kind is LaneKind.EMOTIONS else 110.0
        lanes.append(journey.add(Lane(id=new_id(), title=title, order=float(i), kind=kind, height=height)))
    return lanes
