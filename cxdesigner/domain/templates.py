"""Ready-made maps to start from, in English and Russian: blank, eight stages, online shop and the sample.

Templates are plain functions ``(title, language) -> JourneyMap``; the CLI, the welcome screen and the
tests all use them. Every template has the seven standard lanes, so cards and the emotion curve have a place.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.domain import sample
from cxdesigner.domain.entities import Channel, Flow, LaneKind, MapInfo, Stage, Touchpoint, new_id, physical_by_default
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.standard import (
    EIGHT_STAGES,
    EMOTION_LANE_HEIGHT,
    LANES,
    add_standard_lanes,
    language_of,
)

__all__ = ["EIGHT_STAGES", "EMOTION_LANE_HEIGHT", "LANES", "TEMPLATES", "add_standard_lanes", "build", "language_of"]

DEFAULT_TITLES = {
    "blank": {"en": "New journey map", "ru": "Новая карта пути клиента"},
    "eight-stages": {"en": "Customer journey", "ru": "Путь клиента"},
    "online-shop": {"en": "Online shop", "ru": "Интернет-магазин"},
}


def blank(title: str = "", language: str = "en") -> JourneyMap:
    """The standard lanes and one stage to drop the first cards into."""
    lang = language_of(language)
    journey = JourneyMap(MapInfo(id=new_id(), title=title or DEFAULT_TITLES["blank"][lang], language=lang))
    add_standard_lanes(journey, lang)
    journey.add(Stage(id=new_id(), title="Stage 1" if lang == "en" else "Этап 1", order=0.0))
    return journey


def eight_stages(title: str = "", language: str = "en", name: str = "eight-stages") -> JourneyMap:
    """The eight classic stages, each with what the customer expects there."""
    lang = language_of(language)
    journey = JourneyMap(MapInfo(id=new_id(), title=title or DEFAULT_TITLES[name][lang], language=lang))
    add_standard_lanes(journey, lang)
    for i, (stage_name, expectation) in enumerate(EIGHT_STAGES[lang]):
        journey.add(Stage(id=new_id(), title=stage_name, order=float(i), expectation=expectation))
    return journey


T, F, B = LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE
# The touchpoints typical of online shops (DOMAIN.md): key -> stage, lane, channel, owner, titles.
ONLINE_SHOP = {
    "advert": (0, T, Channel.ADVERT, "Marketing", "Маркетинг", "Advert", "Реклама"),
    "social": (0, T, Channel.SOCIAL, "Marketing", "Маркетинг", "Group in a social network", "Группа в соцсети"),
    "search": (1, T, Channel.WEBSITE, "Marketing", "Маркетинг", "Place in search results", "Место в поисковой выдаче"),
    "banner": (1, T, Channel.ADVERT, "Marketing", "Маркетинг", "Remarketing banner", "Ремаркетинговый баннер"),
    "site": (2, T, Channel.WEBSITE, "Online team", "Онлайн-команда",
             "Site: design and navigation", "Сайт: дизайн и навигация"),
    "chat": (2, F, Channel.CHAT, "Support", "Поддержка", "Online chat", "Онлайн-чат"),
    "checkout": (3, T, Channel.WEBSITE, "Online team", "Онлайн-команда", "Checkout on the site", "Оформление заказа"),
    "email": (3, T, Channel.EMAIL, "Online team", "Онлайн-команда",
              "Order confirmation e-mail", "Письмо с подтверждением заказа"),
    "picking": (3, B, Channel.STAFF, "Warehouse", "Склад", "Order picked and packed", "Сборка и упаковка заказа"),
    "call": (4, F, Channel.PHONE, "Delivery", "Доставка", "Courier calls ahead", "Звонок курьера"),
    "courier": (4, T, Channel.DELIVERY, "Delivery", "Доставка", "Courier delivers", "Курьер привозит заказ"),
    "product": (5, T, Channel.PRODUCT, "Purchasing", "Закупки", "The product itself", "Сам товар"),
    "form": (6, T, Channel.CHAT, "Support", "Поддержка", "Feedback form", "Форма обратной связи"),
    "phone": (6, F, Channel.PHONE, "Support", "Поддержка", "Support line", "Телефон поддержки"),
    "review": (7, T, Channel.SOCIAL, "Marketing", "Маркетинг", "Review in the group", "Отзыв в группе"),
    "offer": (7, T, Channel.EMAIL, "Marketing", "Маркетинг", "E-mail with an offer", "Письмо с предложением"),
}  # fmt: skip
ONLINE_SHOP_FLOWS = [
    ("advert", "search"), ("search", "site"), ("social", "site"), ("site", "banner"), ("banner", "checkout"),
    ("site", "checkout"), ("site", "chat"), ("chat", "checkout"), ("checkout", "email"), ("email", "picking"),
    ("picking", "call"), ("call", "courier"), ("courier", "product"), ("product", "form"), ("product", "phone"),
    ("form", "review"), ("phone", "review"), ("product", "offer"),
]  # fmt: skip


def online_shop(title: str = "", language: str = "en") -> JourneyMap:
    """The eight stages with the touchpoints typical of an online shop, linked into paths, with owners."""
    lang = language_of(language)
    journey = eight_stages(title, lang, name="online-shop")
    stages = journey.stages()
    lanes = {lane.kind: lane.id for lane in journey.lanes()}
    ids: dict[str, str] = {}
    for n, (key, (stage, lane, channel, owner_en, owner_ru, title_en, title_ru)) in enumerate(ONLINE_SHOP.items()):
        tp = Touchpoint(
            id=new_id(),
            stage_id=stages[stage].id,
            lane_id=lanes[lane],
            title=title_en if lang == "en" else title_ru,
            order=float(n),
            channel=channel,
            physical=physical_by_default(channel),
            owner=owner_en if lang == "en" else owner_ru,
        )
        ids[key] = journey.add(tp).id
    for a, b in ONLINE_SHOP_FLOWS:
        journey.add(Flow(id=new_id(), source_id=ids[a], target_id=ids[b]))
    return journey


def tshirt_shop(title: str = "", language: str = "en") -> JourneyMap:
    """The bundled sample, the T-shirt shop (see ``domain.sample``)."""
    return sample.build(title, language)


TEMPLATES: dict[str, Callable[[str, str], JourneyMap]] = {
    "blank": blank,
    "eight-stages": eight_stages,
    "online-shop": online_shop,
    "sample": tshirt_shop,
}


def build(name: str, title: str = "", language: str = "en") -> JourneyMap:
    """Build the template called ``name``; ``KeyError`` if there is none."""
    return TEMPLATES[name](title, language)
