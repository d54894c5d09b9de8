"""The sample's plans after the map: a contact and content policy for three of its customer segments.

The loyal and true-loyalty segments keep close to half useful, half offer; the new customers are sent
mostly remarketing offers, which the 50/50 check points out. Ids are fixed like the rest of the sample.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain.contact_policy import ContactPolicy
from cxdesigner.domain.entities import Channel
from cxdesigner.domain.journey import JourneyMap

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
