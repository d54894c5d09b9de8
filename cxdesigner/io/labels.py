"""The user's words for channels, evidence levels and lane kinds in English and Russian, without Qt.

Files written for people (CSV columns, spreadsheets) use these names, and importers accept them back, as well
as the stored values (``website``) and a few everyday synonyms. The window shows the same English words through
Qt's translations (``panels/names.py``, context "Names"); the Russian ones here match its translation file.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar

from cxdesigner.domain.entities import Channel, Evidence, LaneKind

E = TypeVar("E", bound=StrEnum)

CHANNELS: dict[Channel, tuple[str, str]] = {
    Channel.WEBSITE: ("Website", "Сайт"),
    Channel.ADVERT: ("Advert", "Реклама"),
    Channel.EMAIL: ("E-mail", "Электронная почта"),
    Channel.PHONE: ("Phone", "Телефон"),
    Channel.SOCIAL: ("Social network", "Социальная сеть"),
    Channel.CHAT: ("Chat or feedback form", "Чат или форма связи"),
    Channel.MESSENGER: ("Messenger", "Мессенджер"),
    Channel.SHOP: ("Shop or sales point", "Магазин или точка продаж"),
    Channel.DELIVERY: ("Courier or delivery", "Курьер или доставка"),
    Channel.PRODUCT: ("Product or packaging", "Товар или упаковка"),
    Channel.STAFF: ("Staff", "Персонал"),
    Channel.PRINT: ("Printed matter", "Печатная продукция"),
    Channel.WORD_OF_MOUTH: ("Word of mouth or review", "Сарафанное радио или отзыв"),
    Channel.OTHER: ("Other", "Другое"),
}

EVIDENCE: dict[Evidence, tuple[str, str]] = {
    Evidence.HYPOTHESIS: ("Hypothesis", "Гипотеза"),
    Evidence.REPORTED: ("Reported", "Со слов"),
    Evidence.OBSERVED: ("Observed", "Наблюдение"),
    Evidence.MEASURED: ("Measured", "Измерение"),
}

LANE_KINDS: dict[LaneKind, tuple[str, str]] = {
    LaneKind.ACTIONS: ("Customer actions", "Действия клиента"),
    LaneKind.TOUCHPOINTS: ("Touchpoints", "Точки контакта"),
    LaneKind.FRONTSTAGE: ("Frontstage", "На сцене"),
    LaneKind.BACKSTAGE: ("Backstage", "За кулисами"),
    LaneKind.EMOTIONS: ("Emotions", "Эмоции"),
    LaneKind.BARRIERS: ("Barriers", "Барьеры"),
    LaneKind.IDEAS: ("Ideas", "Идеи"),
    LaneKind.TEXT: ("Free text", "Свободный текст"),
    LaneKind.STORYBOARD: ("Storyboard", "Раскадровка"),
    LaneKind.CONDITIONS: ("External conditions", "Внешние условия"),
}

# Everyday words people type in a spreadsheet, beyond the names above and their "X or Y" parts.
_CHANNEL_SYNONYMS: dict[str, Channel] = {
    "site": Channel.WEBSITE,
    "web": Channel.WEBSITE,
    "веб-сайт": Channel.WEBSITE,
    "ad": Channel.ADVERT,
    "advertising": Channel.ADVERT,
    "email": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "почта": Channel.EMAIL,
    "e-mail": Channel.EMAIL,
    "social": Channel.SOCIAL,
    "соцсети": Channel.SOCIAL,
    "соцсеть": Channel.SOCIAL,
    "courier": Channel.DELIVERY,
    "store": Channel.SHOP,
    "word of mouth": Channel.WORD_OF_MOUTH,
    "сарафанное радио": Channel.WORD_OF_MOUTH,
    "print": Channel.PRINT,
}


def normalise(text: str) -> str:
    """Text folded for matching: case, ё, surrounding and repeated spaces, underscores."""
    return re.sub(r"\s+", " ", text.replace("_", " ").replace("ё", "е").replace("Ё", "Е")).strip().casefold()


def name(table: dict[E, tuple[str, str]], member: E, language: str) -> str:
    """The name of ``member`` in ``language`` (``ru`` or anything else for English)."""
    en, ru = table[member]
    return ru if language == "ru" else en


def _lookup(table: dict[E, tuple[str, str]], extra: dict[str, E] | None = None) -> dict[str, E]:
    found: dict[str, E] = {}
    for member, names in table.items():
        for label in (member.value, *names):
            found[normalise(label)] = member
            for part in re.split(r" or | или ", label):
                found.setdefault(normalise(part), member)
    for word, member in (extra or {}).items():
        found.setdefault(normalise(word), member)
    return found


_CHANNEL_LOOKUP = _lookup(CHANNELS, _CHANNEL_SYNONYMS)
_EVIDENCE_LOOKUP = _lookup(EVIDENCE)
_LANE_KIND_LOOKUP = _lookup(LANE_KINDS)


def channel_from(text: str) -> Channel | None:
    """The channel a value, an English or Russian name or a common synonym stands for; None if unknown."""
    return _CHANNEL_LOOKUP.get(normalise(text))


def evidence_from(text: str) -> Evidence | None:
    """The evidence level a value or an English or Russian name stands for; None if unknown."""
    return _EVIDENCE_LOOKUP.get(normalise(text))


def lane_kind_from(title: str) -> LaneKind | None:
    """The lane kind a lane's title names ("Backstage", "За кулисами"); None for any other title."""
    return _LANE_KIND_LOOKUP.get(normalise(title))
