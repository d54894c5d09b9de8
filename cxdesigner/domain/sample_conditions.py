"""The sample's external conditions lane: what outside the T-shirt shop shapes its customers' experience.

Honest, general notes (the season, competitors on marketplaces, the mall's hours, consumer law), the same in
the map and its earlier revision, so the comparison of the two says nothing about them.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain.conditions import CONDITIONS_LANE_HEIGHT, Condition
from cxdesigner.domain.entities import Lane, LaneKind
from cxdesigner.domain.journey import JourneyMap

TITLE = {"en": "External conditions", "ru": "Внешние условия"}
NOTES: dict[int, tuple[str, str]] = {
    0: ("Season: gift demand peaks before New Year and 8 March",
        "Сезон: спрос на подарки растёт перед Новым годом и 8 Марта"),
    1: ("Competitors: marketplaces sell similar prints cheaper and rank higher in search",
        "Конкуренты: на маркетплейсах похожие принты дешевле и выше в поиске"),
    4: ("The mall's hours (10:00–22:00) limit when an order can be collected",
        "Часы работы торгового центра (10:00–22:00) ограничивают выдачу заказов"),
    6: ("Consumer law sets the terms of returns and claims the seller must keep",
        "Закон о защите прав потребителей задаёт сроки возврата и претензий"),
}  # fmt: skip


def add_conditions(
    journey: JourneyMap, lang: str, lanes: dict[LaneKind, str], entity_id: Callable[[str, str, object], str]
) -> None:
    """An external conditions lane above the customer's actions, with a note at four stages."""
    first = journey.lanes()[0]
    lane = journey.add(
        Lane(
            id=entity_id(lang, "lane", "conditions"),
            title=TITLE[lang],
            order=first.order - 0.5,
            kind=LaneKind.CONDITIONS,
            height=CONDITIONS_LANE_HEIGHT,
        )
    )
    lanes[LaneKind.CONDITIONS] = lane.id
    stages = journey.stages()
    for index, (english, russian) in NOTES.items():
        journey.add(
            Condition(
                id=entity_id(lang, "condition", index),
                stage_id=stages[index].id,
                lane_id=lane.id,
                text=russian if lang == "ru" else english,
            )
        )
