"""Maps for the export tests: a small worked one and a generated 300-stage, 3,000-touchpoint one."""

from __future__ import annotations

import random
import uuid

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Channel, Emotion, Flow, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement

RUSSIAN_TITLE = "Путь покупателя футболок: «Ёлка» & <друзья>"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def large_map(stages: int = 300, touchpoints: int = 3000, seed: int = 11) -> JourneyMap:
    """``stages`` stages (Russian names), the standard lanes, ``touchpoints`` cards linked in a chain with
    branches, two personas with emotions, a requirement on every third card and feedback on every fifth."""
    rng = random.Random(seed)
    journey = templates.blank(RUSSIAN_TITLE, "ru")
    for s in journey.stages():
        journey.delete([s.id])
    stage_list = [
        journey.add(Stage(id=_uuid(rng), title=f"Этап {i + 1}: Поиск", order=float(i), expectation="Вовлекайте"))
        for i in range(stages)
    ]
    lanes = [
        lane for lane in journey.lanes() if lane.kind.value in ("actions", "touchpoints", "frontstage", "backstage")
    ]
    personas = [
        journey.add(Persona(id=_uuid(rng), name="Студентка Маша", color="#1864ab", order=0.0)),
        journey.add(Persona(id=_uuid(rng), name="Пенсионер Иван", color="#2b8a3e", order=1.0)),
    ]
    channels = list(Channel)
    cards = []
    for i in range(touchpoints):
        stage = stage_list[i * stages // touchpoints]
        cards.append(
            journey.add(
                Touchpoint(
                    id=_uuid(rng),
                    stage_id=stage.id,
                    lane_id=rng.choice(lanes).id,
                    title=f"Точка контакта {i + 1}: консультация продавца",
                    order=float(i),
                    channel=rng.choice(channels),
                    owner=rng.choice(["Отдел продаж", "Маркетинг", ""]),
                    moment_of_truth=i % 37 == 0,
                    direct=i % 11 != 0,
                )
            )
        )
    for a, b in zip(cards, cards[1:], strict=False):
        journey.add(Flow(id=_uuid(rng), source_id=a.id, target_id=b.id))
    for i in range(0, touchpoints - 5, 7):
        journey.add(Flow(id=_uuid(rng), source_id=cards[i].id, target_id=cards[i + 5].id, share=0.25))
    for i, tp in enumerate(cards):
        for persona in personas:
            if rng.random() < 0.5:
                value = rng.randint(-2, 2)
                journey.add(Emotion(id=_uuid(rng), touchpoint_id=tp.id, persona_id=persona.id, designed=value))
        if i % 3 == 0:
            measured = rng.choice(["", "3", "7"])
            journey.add(
                QualityRequirement(
                    id=_uuid(rng),
                    touchpoint_id=tp.id,
                    text="Время ответа не больше 5 минут",
                    indicator="время ответа",
                    comparison=Comparison.AT_MOST,
                    target="5",
                    unit="мин",
                    measured=measured,
                )
            )
        if i % 5 == 0:
            journey.add(
                FeedbackItem(
                    id=_uuid(rng),
                    touchpoint_id=tp.id,
                    source=FeedbackSource.REVIEW,
                    score=float(rng.randint(1, 5)),
                    text="Продавец был вежлив, но долго искал размер",
                    persona_id=personas[i % 2].id,
                )
            )
    return journey


SHOP_TOUCHPOINTS = [
    # (stage index, lane index, title, channel)
    (0, 1, "Реклама в соцсети с забавным принтом", Channel.SOCIAL),
    (1, 1, "Сайт магазина: короткий адрес", Channel.WEBSITE),
    (1, 1, "Отзывы друзей", Channel.WORD_OF_MOUTH),
    (2, 1, "Каталог принтов на сайте", Channel.WEBSITE),
    (2, 2, "Продавец советует размер", Channel.STAFF),
    (3, 1, "Заказ на сайте", Channel.WEBSITE),
    (3, 2, "Примерка на островке в торговом центре", Channel.SHOP),
    (4, 1, "Пакет с забавным принтом и открытка", Channel.PRODUCT),
    (5, 1, "Ткань после первой стирки", Channel.PRODUCT),
    (6, 1, "Вопрос о возврате в мессенджере", Channel.MESSENGER),
    (7, 1, "Отзыв в группе в соцсети", Channel.SOCIAL),
]


def shop_map(language: str = "ru") -> JourneyMap:
    """A worked T-shirt shop map (until the bundled sample lands): eight stages, cards on a path, two
    personas with emotions, requirements met, failing and unchecked, and feedback."""
    rng = random.Random(5)
    journey = templates.eight_stages("Магазин футболок" if language == "ru" else "T-shirt shop", language)
    stages, lanes = journey.stages(), journey.lanes()
    anna = journey.add(Persona(id=_uuid(rng), name="Студентка Анна", color="#1864ab", order=0.0))
    ivan = journey.add(Persona(id=_uuid(rng), name="Папа Иван", color="#e8590c", order=1.0))
    cards = []
    for i, (si, li, title, channel) in enumerate(SHOP_TOUCHPOINTS):
        cards.append(
            journey.add(
                Touchpoint(
                    id=_uuid(rng),
                    stage_id=stages[si].id,
                    lane_id=lanes[li].id,
                    title=title,
                    order=float(i),
                    channel=channel,
                    owner="Отдел продаж" if li == 2 else "Маркетинг",
                    moment_of_truth=i in (6, 8),
                    direct=channel is not Channel.WORD_OF_MOUTH,
                )
            )
        )
    for a, b in zip(cards, cards[1:], strict=False):
        journey.add(Flow(id=_uuid(rng), source_id=a.id, target_id=b.id, share=0.5 if a is cards[1] else None))
    for i, tp in enumerate(cards):
        journey.add(Emotion(id=_uuid(rng), touchpoint_id=tp.id, persona_id=anna.id, designed=[1, 0, 2, 1, -1][i % 5]))
        journey.add(Emotion(id=_uuid(rng), touchpoint_id=tp.id, persona_id=ivan.id, designed=[0, -2, 1, 2][i % 4]))
    for i, tp in enumerate(cards[:8]):
        journey.add(
            QualityRequirement(
                id=_uuid(rng),
                touchpoint_id=tp.id,
                text=["Ответ не дольше 5 минут", "Ткань: хлопок", "Сайт работает на телефоне"][i % 3],
                comparison=[Comparison.AT_MOST, Comparison.YES_NO, Comparison.YES_NO][i % 3],
                target=["5", "да", "да"][i % 3],
                unit=["мин", "", ""][i % 3],
                measured=["7", "да", ""][i % 3],
            )
        )
        journey.add(
            FeedbackItem(
                id=_uuid(rng),
                touchpoint_id=tp.id,
                source=FeedbackSource.SURVEY,
                score=float(1 + i % 5),
                text="Понравился принт, но долго ждал ответа",
                persona_id=anna.id,
            )
        )
    return journey
