"""Ready-made maps to start from: blank and the eight classic stages, in English and Russian.

Templates are plain functions that build a ``JourneyMap``; the CLI, the welcome screen and the tests
all use them. Every template has the seven standard lanes, so cards and the emotion curve have a place.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain.entities import Lane, LaneKind, MapInfo, Stage, new_id
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

DEFAULT_TITLES = {
    "blank": {"en": "New journey map", "ru": "Новая карта пути клиента"},
    "eight-stages": {"en": "Customer journey", "ru": "Путь клиента"},
}
EMOTION_LANE_HEIGHT = 150.0


def _lang(language: str) -> str:
    return "ru" if language.lower().startswith("ru") else "en"


def add_standard_lanes(journey: JourneyMap, language: str = "en") -> list[Lane]:
    """Add the seven standard lanes in their usual order."""
    lanes = []
    for i, (kind, title) in enumerate(LANES[_lang(language)]):
        height = EMOTION_LANE_HEIGHT if kind is LaneKind.EMOTIONS else 110.0
        lanes.append(journey.add(Lane(id=new_id(), title=title, order=float(i), kind=kind, height=height)))
    return lanes


def blank(title: str = "", language: str = "en") -> JourneyMap:
    """The standard lanes and one stage to drop the first cards into."""
    lang = _lang(language)
    journey = JourneyMap(MapInfo(id=new_id(), title=title or DEFAULT_TITLES["blank"][lang], language=lang))
    add_standard_lanes(journey, lang)
    journey.add(Stage(id=new_id(), title="Stage 1" if lang == "en" else "Этап 1", order=0.0))
    return journey


def eight_stages(title: str = "", language: str = "en") -> JourneyMap:
    """The eight classic stages, each with what the customer expects there."""
    lang = _lang(language)
    journey = JourneyMap(MapInfo(id=new_id(), title=title or DEFAULT_TITLES["eight-stages"][lang], language=lang))
    add_standard_lanes(journey, lang)
    for i, (name, expectation) in enumerate(EIGHT_STAGES[lang]):
        journey.add(Stage(id=new_id(), title=name, order=float(i), expectation=expectation))
    return journey


TEMPLATES: dict[str, Callable[[str, str], JourneyMap]] = {
    "blank": blank,
    "eight-stages": eight_stages,
}


def build(name: str, title: str = "", language: str = "en") -> JourneyMap:
    """Build the template called ``name``; ``KeyError`` if there is none."""
    return TEMPLATES[name](title, language)
