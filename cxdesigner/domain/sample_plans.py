"""The sample's plans after the map: contact policies for three customer segments, and a business case.

The loyal and true-loyalty segments keep close to half useful, half offer; the new customers are sent
mostly remarketing offers, which the 50/50 check points out. The wash-proof print, the improvement that
costs money, has its business case (it serves the fading print and the loyal segment) and a KPI, the share
of orders returned for a faded print, measured three times since January: falling, but behind its line
at the first review. Ids are fixed like the rest of the sample.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain.contact_policy import ContactPolicy
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement

# segment key: (channel, contacts a month, useful share, notes en, notes ru)
POLICIES: dict[str, list[tuple[Channel, float, float, str, str]]] = {
    "true_loyalty": [
        (Channel.MESSENGER, 1.0, 0.7, "New prints first, by name", "Новые принты первыми, по имени"),
        (
            Channel.SOCIAL,
            4.0,
            0.5,
            "Behind the prints; a members' offer",
            "Как рождаются принты; предложение для своих",
        ),
    ],
    "loyal": [
        (Channel.MESSENGER, 2.0, 0.6, "Care tips, the new collection", "Уход за футболкой, новая коллекция"),
        (Channel.SOCIAL, 4.0, 0.5, "", ""),
    ],
    "new": [
        (Channel.SOCIAL, 8.0, 0.25, "Mostly discount posts", "В основном посты со скидками"),
        (Channel.ADVERT, 4.0, 0.0, "Remarketing banners", "Ремаркетинговые баннеры"),
    ],
}


def add_policies(journey: JourneyMap, lang: str, entity_id: Callable[[str, str, object], str]) -> None:
    """The contact policies of the sample's segments."""
    for key, rows in POLICIES.items():
        for n, (channel, per_month, useful, notes_en, notes_ru) in enumerate(rows):
            journey.add(
                ContactPolicy(
                    id=entity_id(lang, "contact_policy", f"{key}/{channel.value}"),
                    segment_key=key,
                    order=float(n),
                    channel=channel,
                    per_month=per_month,
                    useful=useful,
                    notes=notes_en if lang == "en" else notes_ru,
                )
            )


CASE = ("ink", "fades", "loyal", 120_000.0, 300_000.0)  # improvement, barrier, segment, cost, benefit a year
CASE_NOTES = {
    "en": "The new supplier costs more per print; fewer returns and repeat buyers pay for it within half a year.",
    "ru": "Новый поставщик дороже за отпечаток; меньше возвратов и больше повторных покупок окупят это за полгода.",
}
KPI = {"en": ("Orders returned for a faded print", "%"), "ru": ("Заказы, возвращённые из-за выцветшего принта", "%")}
KPI_LINE = (6.0, 2.0, "2025-01-01", "2025-04-01 2025-07-01", "consistency")  # baseline, target, start, reviews
MEASUREMENTS = (("2025-01-31", 5.2), ("2025-02-28", 4.9), ("2025-03-31", 4.1))


def add_business_case(journey: JourneyMap, lang: str, entity_id: Callable[[str, str, object], str]) -> None:
    """The wash-proof print's business case and its KPI with three measurements."""
    improvement, barrier, segment, cost, benefit = CASE
    improvement_id = entity_id(lang, "improvement", improvement)
    journey.add(
        BusinessCase(
            id=entity_id(lang, "business_case", improvement),
            improvement_id=improvement_id,
            cost=cost,
            benefit=benefit,
            barrier_id=entity_id(lang, "barrier", barrier),
            segment_key=segment,
            notes=CASE_NOTES[lang],
        )
    )
    name, unit = KPI[lang]
    baseline, target, start, reviews, strategy = KPI_LINE
    kpi = journey.add(
        Kpi(
            id=entity_id(lang, "kpi", improvement),
            improvement_id=improvement_id,
            name=name,
            unit=unit,
            baseline=baseline,
            target=target,
            started_on=start,
            reviews=reviews,
            strategy_key=strategy,
        )
    )
    for day, value in MEASUREMENTS:
        journey.add(KpiMeasurement(id=entity_id(lang, "kpi_value", day), kpi_id=kpi.id, measured_on=day, value=value))
