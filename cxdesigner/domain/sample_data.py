"""The words of the bundled sample, the T-shirt shop of DOMAIN.md, in English and Russian.

Plain tables that ``domain.sample`` turns into a map. Each row has a short key (ids are derived from it,
so the sample is the same every time it is built), the place on the map and the texts in both languages.
"""

from __future__ import annotations

from cxdesigner.domain.entities import Channel, LaneKind

A, T, F, B = LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE

TITLE = {"en": "T-shirt shop: funny prints", "ru": "Магазин футболок с весёлыми принтами"}
DESCRIPTION = {
    "en": "A small shop sells T-shirts with funny prints from an island stand in a shopping mall and from its website.",
    "ru": "Небольшой магазин продаёт футболки с весёлыми принтами на островке в торговом центре и на своём сайте.",
}

# key: (stage index, lane kind, channel, moment of truth, direct, physical, owner en, owner ru, title en, title ru)
TOUCHPOINTS: dict[str, tuple[int, LaneKind, Channel, bool, bool, bool, str, str, str, str]] = {
    "advert": (0, T, Channel.ADVERT, False, True, False, "Marketing", "Маркетинг",
               "Saw an Instagram advert", "Увидел рекламу в Instagram"),
    "friend": (0, T, Channel.WORD_OF_MOUTH, False, False, True, "", "",
               "Heard about it from a friend", "Услышал от друга"),
    "site": (1, T, Channel.WEBSITE, False, True, False, "Online team", "Онлайн-команда",
             "Website on the phone: short address", "Сайт в телефоне: короткий адрес"),
    "reviews": (1, T, Channel.SOCIAL, False, True, False, "Marketing", "Маркетинг",
                "Read reviews in the social group", "Прочитал отзывы в группе"),
    "prints": (2, T, Channel.WEBSITE, False, True, False, "Designer", "Дизайнер",
               "Chose a print, the cut and the price", "Выбрал принт, крой и цену"),
    "photos": (2, T, Channel.MESSENGER, False, True, False, "Online team", "Онлайн-команда",
               "Asked for photos in the messenger", "Попросил фото в мессенджере"),
    "order": (3, A, Channel.WEBSITE, False, True, False, "Online team", "Онлайн-команда",
              "Ordered on the site", "Заказал на сайте"),
    "walkin": (3, A, Channel.SHOP, False, True, True, "Stand", "Островок",
               "Found the stand in the mall", "Нашёл островок в торговом центре"),
    "packed": (3, B, Channel.STAFF, False, True, True, "Warehouse", "Склад",
               "Order packed and sent to the stand", "Заказ упакован и отправлен на островок"),
    "collect": (4, T, Channel.SHOP, False, True, True, "Stand", "Островок",
                "Came to the stand to collect", "Пришёл на островок за заказом"),
    "fitting": (4, A, Channel.PRODUCT, True, True, True, "Stand", "Островок",
                "Touched the fabric and tried it on", "Потрогал ткань и примерил"),
    "returns": (4, F, Channel.STAFF, True, True, True, "Stand", "Островок",
                "Asked the seller about returns if the print fades",
                "Спросил продавца о возврате, если принт выцветет"),
    "bag": (4, T, Channel.PRINT, True, True, True, "Designer", "Дизайнер",
            "Got a bag with a funny print and a card", "Получил пакет с весёлым принтом и открытку"),
    "wash": (5, A, Channel.PRODUCT, True, True, True, "Production", "Производство",
             "First wash", "Первая стирка"),
    "complaint": (6, T, Channel.SOCIAL, False, True, False, "Online team", "Онлайн-команда",
                  "Wrote to the group about a faded print", "Написал в группу о выцветшем принте"),
    "post": (7, A, Channel.SOCIAL, False, False, False, "Marketing", "Маркетинг",
             "Posted a photo and tagged the shop", "Выложил фото и отметил магазин"),
}  # fmt: skip

# The paths: site -> ... -> bag, the friend's branch through the reviews (rejoins at the print), the walk-in
# branch (rejoins at the fitting), the messenger where nobody answers (a dead end), and the complaint.
FLOWS = [
    ("advert", "site"), ("site", "prints"), ("prints", "order"), ("order", "packed"), ("packed", "collect"),
    ("collect", "fitting"), ("fitting", "returns"), ("returns", "bag"), ("bag", "wash"), ("wash", "post"),
    ("friend", "reviews"), ("reviews", "prints"), ("friend", "walkin"), ("walkin", "fitting"),
    ("prints", "photos"), ("wash", "complaint"), ("complaint", "post"),
]  # fmt: skip

PERSONAS = {
    "student": ("#1864ab", "Student, buys a gift", "Студент, покупает подарок",
                "RFM: new, low spend", "RFM: новый, небольшой чек"),
    "worker": ("#d9480f", "Office worker, buys for himself", "Офисный сотрудник, покупает себе",
               "RFM: returning, medium spend", "RFM: постоянный, средний чек"),
}  # fmt: skip

# Designed emotions (-2..+2); the fitting and the bag are highs, the returns question is the low point.
EMOTIONS: dict[str, dict[str, int]] = {
    "student": {"advert": 1, "friend": 1, "site": 0, "reviews": 1, "prints": 2, "photos": -1, "order": 0,
                "collect": -1, "fitting": 1, "returns": -2, "bag": 2, "complaint": -1, "post": 2},
    "worker": {"advert": 0, "site": -1, "prints": 1, "photos": -1, "order": 1, "walkin": 1, "collect": 0,
               "fitting": 2, "returns": -2, "bag": 1, "wash": -1, "complaint": -2, "post": 1},
}  # fmt: skip

# key: (touchpoint, comparison, target, unit en, unit ru, measured, checked on, text en, text ru)
REQUIREMENTS = {
    "fast": ("site", "at_most", "3", "s", "с", "4,2", "2025-03-03",
             "The site opens on a phone in under 3 seconds", "Сайт открывается на телефоне быстрее 3 секунд"),
    "short": ("site", "yes_no", "yes", "", "", "yes", "2025-03-03",
              "The address is short and easy to type", "Адрес короткий, его легко набрать"),
    "photos": ("prints", "yes_no", "yes", "", "", "yes", "2025-03-03",
               "Every print has photos on a person", "У каждого принта есть фото на человеке"),
    "answer": ("photos", "at_most", "15", "min", "мин", "240", "2025-03-04",
               "The messenger answers within 15 minutes", "Ответ в мессенджере в течение 15 минут"),
    "ready": ("collect", "yes_no", "yes", "", "", "yes", "2025-03-05",
              "The order is at the stand on the promised day", "Заказ на островке в обещанный день"),
    "cotton": ("fitting", "at_least", "100", "%", "%", "100", "2025-03-05",
               "The fabric is cotton", "Ткань — хлопок"),
    "mirror": ("fitting", "yes_no", "yes", "", "", "", "",
               "A mirror and a curtain for trying on", "Зеркало и шторка для примерки"),
    "policy": ("returns", "yes_no", "yes", "", "", "no", "2025-03-05",
               "The seller explains the returns policy", "Продавец объясняет правила возврата"),
    "card": ("bag", "at_least", "100", "%", "%", "97", "2025-03-05",
             "Every order gets a card", "В каждом заказе есть открытка"),
    "washes": ("wash", "at_least", "30", "washes", "стирок", "12", "2025-02-20",
               "The print survives 30 washes at 40 °C", "Принт выдерживает 30 стирок при 40 °C"),
}  # fmt: skip

# key: (touchpoint, source, score, scale min, scale max, persona or "", date, text en, text ru)
FEEDBACK = {
    "slow": ("site", "survey", 3.0, 1.0, 5.0, "worker", "2025-02-11",
             "The site is slow on my phone", "Сайт медленно грузится на телефоне"),
    "noanswer": ("photos", "chat_rating", 1.0, 1.0, 5.0, "student", "2025-02-14",
                 "Nobody answered until the next day", "Никто не ответил до следующего дня"),
    "soft": ("fitting", "review", 5.0, 1.0, 5.0, "worker", "2025-02-16",
             "Soft cotton, fits well", "Мягкий хлопок, хорошо сидит"),
    "rules": ("returns", "complaint", 2.0, 1.0, 5.0, "student", "2025-02-16",
              "The seller did not know the return rules", "Продавец не знал правил возврата"),
    "unsure": ("returns", "interview", 2.0, 1.0, 5.0, "worker", "2025-02-20",
               "I was not sure I could bring it back", "Я не был уверен, что смогу вернуть"),
    "loved": ("bag", "review", 5.0, 1.0, 5.0, "student", "2025-02-17",
              "Loved the card, my friend laughed!", "Открытка понравилась, друг смеялся!"),
    "nps": ("bag", "survey", 9.0, 0.0, 10.0, "", "2025-02-28",
            "Would recommend", "Порекомендую"),
    "faded": ("wash", "complaint", 1.0, 1.0, 5.0, "worker", "2025-02-25",
              "The print faded after the first wash", "Принт выцвел после первой стирки"),
    "tagged": ("post", "observation", None, 1.0, 5.0, "", "2025-03-01",
               "Photos with the bag appear on Instagram", "В Instagram появляются фото с пакетом"),
}  # fmt: skip

# key: (touchpoint or "", stage index or -1, share lost, description en, description ru)
BARRIERS = {
    "noanswer": ("photos", -1, 0.15, "Messenger answers take up to a day: customers buy elsewhere",
                 "Ответ в мессенджере идёт до суток: клиенты покупают в другом месте"),
    "rules": ("returns", -1, 0.10, "Sellers do not know the return rules: customers doubt the print",
              "Продавцы не знают правил возврата: клиенты сомневаются в принте"),
    "fades": ("wash", -1, 0.25, "The print fades after the first wash", "Принт выцветает после первой стирки"),
    "hidden": ("", 3, 0.10, "The stand is hard to find in the mall", "Островок трудно найти в торговом центре"),
    "slow": ("site", -1, 0.05, "The site is slow on mobile phones", "Сайт медленно работает на телефонах"),
}  # fmt: skip

# key: (status, effort, impact, due, barriers, owner en, owner ru, title en, title ru, effect en, effect ru)
IMPROVEMENTS = {
    "templates": ("planned", 1, 4, "2025-04-15", ["noanswer"], "Online team", "Онлайн-команда",
                  "Answer templates and notifications in the messenger", "Шаблоны ответов и уведомления в мессенджере",
                  "Answers within 15 minutes", "Ответ за 15 минут"),
    "card": ("idea", 1, 3, "", ["rules"], "Stand", "Островок",
             "A one-page returns card for sellers", "Памятка о возврате для продавцов",
             "Sellers answer the same way every time", "Продавцы отвечают одинаково"),
    "ink": ("in_progress", 4, 5, "2025-09-01", ["fades", "rules"], "Production", "Производство",
            "Switch to a wash-proof print supplier", "Перейти на стойкую к стирке печать",
            "Prints survive 30 washes", "Принт выдерживает 30 стирок"),
    "signs": ("idea", 2, 2, "", ["hidden"], "Stand", "Островок",
              "Signs to the stand at the mall entrances", "Указатели к островку у входов в ТЦ",
              "Walk-in customers find the stand", "Покупатели находят островок"),
    "images": ("done", 2, 3, "2025-02-01", ["slow"], "Online team", "Онлайн-команда",
               "Compress the catalogue photos", "Сжать фотографии каталога",
               "Pages open twice as fast", "Страницы открываются вдвое быстрее"),
}  # fmt: skip

# key: (score or None for n/a, notes en, notes ru)
STRATEGY = {
    "design": (3, "The stand is friendly; the site is built for a desktop",
               "Островок дружелюбный; сайт сделан для компьютера"),
    "technology": (2, "No chat bot; the messenger is answered by hand", "Чат-бота нет; в мессенджере отвечают вручную"),
    "data": (1, "Orders are in a spreadsheet, nobody reads it", "Заказы в таблице, их никто не анализирует"),
    "service": (2, "Returns are not written down", "Правила возврата нигде не записаны"),
    "culture": (4, "Five people who know each other", "Пять человек, все знают друг друга"),
    "relevance": (4, "", ""),
    "authenticity": (4, "Real photos, real people", "Настоящие фото, настоящие люди"),
    "consistency": (2, "The site and the stand say different things about returns",
                    "Сайт и островок по-разному говорят о возврате"),
    "convenience": (3, "", ""),
    "simplicity": (3, "", ""),
    "speed": (1, "Messenger answers take a day", "Ответ в мессенджере — сутки"),
    "personalisation": (None, "Not a goal for a gift shop yet", "Пока не цель для магазина подарков"),
    "omnichannel": (3, "Order online, collect at the stand", "Заказ онлайн, получение на островке"),
    "resolution": (1, "A faded print has no clear way back", "С выцветшим принтом непонятно, что делать"),
}  # fmt: skip

# What the map looked like at the last re-mapping, half a year earlier (for the snapshot in the sample).
EARLIER = {
    "label": {"en": "Autumn 2024 mapping", "ru": "Карта осени 2024"},
    "taken_at": "2024-09-15T11:00:00",
    "without": ["complaint", "post", "walkin"],  # touchpoints added since
    "barriers": ["noanswer", "slow"],  # the barriers known then
    "improvements": {"images": "in_progress", "templates": "idea"},  # the improvements then, and how far
    "emotions": {("student", "returns"): 0, ("worker", "fitting"): 1},  # what was different then
    "measured": {"fast": "6,8", "policy": "yes", "card": "", "washes": ""},  # requirement values then
}
# Closed since the last re-mapping: the improvement that removed it is done (compressed catalogue photos).
CLOSED = ["slow"]
# Who walked the control rounds: the autumn round, then the spring ones.
ROUND_WALKERS = {"en": ("Olga, shift lead", "Anna, manager"), "ru": ("Ольга, старшая смены", "Анна, управляющая")}
