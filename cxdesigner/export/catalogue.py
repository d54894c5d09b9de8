"""The words printed in posters and reports, in English and Russian.

Qt's translation files cannot be used here (export/ runs without Qt), so the PDF's own labels live in one
small table. ``language_of`` picks the language from an option or the map's ``info.language``; ``say``
fills in ``{placeholders}`` with ``str.format``. Values may be user text: escape the result, not the
template, before it goes into markup.
"""

from __future__ import annotations

from cxdesigner.domain import numbers
from cxdesigner.domain.entities import Channel

LANGUAGES = ("en", "ru")

_WORDS: dict[str, tuple[str, str]] = {
    # poster
    "visibility": ("Line of visibility", "Линия видимости"),
    "legend": ("Legend", "Условные обозначения"),
    "poster_subject": ("Customer journey map poster", "Плакат карты пути клиента"),
    "channels": ("Channels", "Каналы"),
    "quality": ("Quality", "Качество"),
    "emotions": ("Emotions", "Эмоции"),
    "symbols": ("Symbols", "Знаки"),
    "badge_all_met": ("All requirements met", "Все требования выполнены"),
    "badge_failing": ("A requirement not met", "Есть невыполненное требование"),
    "badge_unchecked": ("Not checked yet", "Ещё не проверено"),
    "designed": ("designed (to-be)", "целевая (to-be)"),
    "measured": ("measured (as-is)", "измеренная (as-is)"),
    "pain_point": ("Pain point (below zero)", "Болевая точка (ниже нуля)"),
    "moment_of_truth": ("Moment of truth", "Момент истины"),
    "indirect": ("Indirect contact", "Косвенный контакт"),
    "flow": ("Next step on a path", "Следующий шаг пути"),
    "barrier_note": ("Barrier", "Барьер"),
    "improvement_note": ("Improvement", "Улучшение"),
    "personas": ("Personas", "Персоны"),
    "no_personas": ("No personas", "Персон нет"),
    "share_short": ("{met}/{total} met", "{met}/{total} вып."),
    "reach_short": ("reach {share}", "охват {share}"),
    "made_on": ("{date} · CX Designer", "{date} · CX Designer"),
    "tile_label": (
        "Sheet {label} of {count} · row {row}, column {col}",
        "Лист {label} из {count} · ряд {row}, столбец {col}",
    ),
    "tile_glue": (
        "Overlap {overlap} mm: cut at the marks, glue over the shaded strip",
        "Нахлёст {overlap} мм: обрежьте по меткам, наклейте на серую полосу",
    ),
    "overview": ("How the sheets fit together", "Как собрать плакат из листов"),
    "overview_hint": (
        "{rows} rows × {cols} columns, {count} sheets of {paper}, scale {scale} %",
        "{rows} рядов × {cols} столбцов, {count} листов {paper}, масштаб {scale} %",
    ),
    # report
    "report": ("Journey map report", "Отчёт по карте пути клиента"),
    "deck_map": ("The whole map", "Карта целиком"),
    "summary": ("Summary", "Сводка"),
    "contents": ("Contents", "Содержание"),
    "page_of": ("Page {page} of {pages}", "Страница {page} из {pages}"),
    "counts": ("What the map holds", "Что на карте"),
    "n_stages": ("Stages", "Этапы"),
    "n_touchpoints": ("Touchpoints", "Точки контакта"),
    "n_flows": ("Links between touchpoints", "Связи между точками"),
    "n_personas": ("Personas", "Персоны"),
    "n_requirements": ("Quality requirements", "Требования к качеству"),
    "n_feedback": ("Voice of the customer items", "Голос клиента (отзывы)"),
    "share_met": ("Requirements met", "Выполнено требований"),
    "share_met_value": (
        "{met} of {total} ({share} %); {not_met} not met, {not_checked} not checked",
        "{met} из {total} ({share} %); не выполнено {not_met}, не проверено {not_checked}",
    ),
    "no_requirements": ("No quality requirements yet.", "Требований к качеству пока нет."),
    "mean_emotion": ("Mean emotion per persona", "Средняя эмоция по персонам"),
    "mean_value": (
        "designed {designed}, measured {measured} (scale −2…+2)",
        "целевая {designed}, измеренная {measured} (шкала −2…+2)",
    ),
    "no_value": ("—", "—"),
    "worst": ("The worst moments", "Худшие моменты"),
    "lowest_emotions": ("Lowest emotions", "Самые низкие эмоции"),
    "failing_requirements": ("Failing requirements", "Невыполненные требования"),
    "none_failing": ("No requirement fails.", "Все проверенные требования выполнены."),
    "no_emotions": ("No emotions are set.", "Эмоции не заданы."),
    "reach_chart": (
        "Reach: entering customers who come to each stage",
        "Охват: доля клиентов, дошедших до каждого этапа",
    ),
    "no_reach": ("No customer comes in: the map has no entry.", "Клиенты не приходят: на карте нет входа."),
    "biggest_losses": ("Where the most customers are lost", "Где теряется больше всего клиентов"),
    "no_losses": ("No customer is lost on the way.", "По пути никто не теряется."),
    "lost_at": (
        "{share} of entering customers are lost at “{place}”.",
        "{share} пришедших клиентов теряется на «{place}».",
    ),
    "lost_at_stage": (
        "{share} of entering customers are lost at stage “{place}”.",
        "{share} клиентов теряется на этапе «{place}».",
    ),
    "curve_chart": ("Emotion curve", "Кривая эмоций"),
    "stages": ("Stages", "Этапы"),
    "expectation": ("What the customer expects", "Чего ждёт клиент"),
    "persona_expectations": ("Personas' expectations here", "Ожидания персон на этапе"),
    "conditions": ("External conditions", "Внешние условия"),
    "stage_quality": ("Quality at this stage", "Качество на этапе"),
    "no_touchpoints": ("No touchpoints at this stage.", "На этом этапе нет точек контакта."),
    "channel": ("Channel", "Канал"),
    "owner": ("Owner", "Ответственный"),
    "no_owner": ("no owner", "не назначен"),
    "lane": ("Lane", "Дорожка"),
    "requirements": ("Requirements", "Требования"),
    "target": ("target", "цель"),
    "measured_value": ("measured", "измерено"),
    "checked_on": ("checked {date}", "проверено {date}"),
    "status_met": ("met", "выполнено"),
    "status_not_met": ("not met", "не выполнено"),
    "status_not_checked": ("not checked", "не проверено"),
    "voice": ("Voice of the customer", "Голос клиента"),
    "score": ("{score} on {low}–{high}", "{score} по шкале {low}–{high}"),
    "improvements": ("Improvements planned", "Запланированные улучшения"),
    "segments": ("Customer segments", "Сегменты клиентов"),
    "segments_as_of": (
        "RFM analysis of {customers} customers as of {day} (from {source}); figures only, no customer is kept.",
        "RFM-анализ {customers} клиентов на {day} (из файла {source}); хранятся только цифры, не клиенты.",
    ),
    "segment": ("Segment", "Сегмент"),
    "seg_customers": ("Customers", "Клиенты"),
    "seg_revenue": ("Revenue", "Выручка"),
    "seg_rfm": ("On average", "В среднем"),
    "seg_means": (
        "{days} days since the last purchase, {purchases} purchases, {spent} spent",
        "{days} дн. с последней покупки, покупок: {purchases}, потрачено {spent}",
    ),
    "seg_change": ("Change", "Изменение"),
    "seg_persona": ("Persona", "Персона"),
    "seg_delta": ("{customers} customers, {revenue} revenue", "клиентов {customers}, выручка {revenue}"),
    "seg_compared": ("The change is counted from the analysis as of {day}.", "Изменение — с анализа на {day}."),
    "policy": ("Contact and content policy", "Контактная и контент-политика"),
    "policy_channels": ("Channels, contacts a month", "Каналы, контактов в месяц"),
    "policy_mix": ("Useful : offer", "Полезное : предложения"),
    "policy_channel": ("{channel}\u00a0{often}", "{channel}\u00a0{often}"),  # a count never wraps from its channel
    "policy_ratio": ("{useful} : {offer} %", "{useful} : {offer} %"),
    "kpi_page": ("Business cases and KPIs", "Обоснования и ключевые показатели (KPI)"),
    "case_cost": ("Cost {cost}", "Затраты {cost}"),
    "case_benefit": ("expected benefit {benefit} a year", "ожидаемая выгода {benefit} в год"),
    "case_serves": ("serves: {whom}", "для: {whom}"),
    "kpi_line": ("from {baseline} on {day} to {target}", "от {baseline} на {day} до {target}"),
    "kpi_measures": ("Measures the CX strategy's {what}", "Измеряет в CX-стратегии: {what}"),
    "kpi_review_none": (
        "Review {day}: not measured (the line: {planned})",
        "Пересмотр {day}: не измерен (по плану {planned})",
    ),
    "kpi_review_on": (
        "Review {day}: {value} against {planned}, on track",
        "Пересмотр {day}: {value} при плане {planned}, в графике",
    ),
    "kpi_review_behind": (
        "Review {day}: {value} against {planned}, behind",
        "Пересмотр {day}: {value} при плане {planned}, отстаёт",
    ),
    "measured_by": ("KPI: {names}", "KPI: {names}"),
    "no_improvements": ("No improvements are planned.", "Улучшения не запланированы."),
    "barriers": ("Barriers", "Барьеры"),
    "status": ("Status", "Статус"),
    "due": ("due {date}", "срок {date}"),
    "effort_impact": ("effort {effort}/5, impact {impact}/5", "затраты {effort}/5, эффект {impact}/5"),
    "emotion_at": ("{persona}: {value}", "{persona}: {value}"),
    "emotions_line": ("Emotions", "Эмоции"),
    "designed_short": ("designed", "целевая"),
    "measured_short": ("measured", "измеренная"),
    "and_more": ("… and {count} more", "… и ещё {count}"),
    "at_touchpoint": ("{touchpoint} ({stage})", "{touchpoint} ({stage})"),
    "generated": ("Made with CX Designer on {date}", "Создано в CX Designer {date}"),
    "lost": ("loses {share} % of customers", "теряет {share} % клиентов"),
    "note_footer": (
        "{star}{status} · impact {impact} · effort {effort}",
        "{star}{status} · эффект {impact} · затраты {effort}",
    ),
    "removes": ("Removes", "Устраняет"),
    "description": ("Description", "Описание"),
    "source_survey": ("survey", "опрос"),
    "source_interview": ("interview", "интервью"),
    "source_review": ("review", "отзыв"),
    "source_complaint": ("complaint", "жалоба"),
    "source_chat_rating": ("chat rating", "оценка чата"),
    "source_call_rating": ("call rating", "оценка звонка"),
    "source_observation": ("observation", "наблюдение"),
    "imp_idea": ("idea", "идея"),
    "imp_planned": ("planned", "запланировано"),
    "imp_in_progress": ("in progress", "в работе"),
    "imp_done": ("done", "сделано"),
    "imp_dropped": ("dropped", "отменено"),
    "quick_win": ("quick win", "быстрая победа"),
    "management": ("Management summary", "Сводка для руководства"),
    "strategy": ("CX strategy checklist", "Чек-лист CX-стратегии"),
    "strategy_none": ("The strategy checklist has not been scored yet.", "Чек-лист стратегии ещё не оценён."),
    "strategy_group": ("{group}: {mean} ({scored} of {total} scored)", "{group}: {mean} (оценено {scored} из {total})"),
    "group_internal": ("Internal / operational", "Внутренние / операционные"),
    "group_external": ("External / visible", "Внешние / видимые клиенту"),
    "out_of_5": ("{score} of 5", "{score} из 5"),
    "not_applicable": ("n/a", "неприменимо"),
    "loyalty": ("True loyalty: 6 of 9 expectations met", "Истинная лояльность: выполнено 6 из 9 ожиданий"),
    "loyalty_kept": (
        "{met} of {total} met: the truly loyal segment stays",
        "выполнено {met} из {total}: истинно лояльный сегмент сохраняется",
    ),
    "loyalty_lost": (
        "{met} of {total} met, {needed} needed: the truly loyal segment is at risk",
        "выполнено {met} из {total}, нужно {needed}: истинно лояльный сегмент под угрозой",
    ),
    "loyalty_unknown": ("no expectations listed", "ожидания не перечислены"),
    "since": ("Since the last mapping", "С прошлого картирования"),
    "since_none": (
        "No earlier mapping is kept in this file: take a snapshot (Revisions) to compare with it next time.",
        "В файле нет прошлого картирования: сделайте снимок (панель «Версии»), чтобы в следующий раз сравнить.",
    ),
    "since_damaged": ("The snapshot “{label}” cannot be read.", "Снимок «{label}» не читается."),
    "since_what": ("Compared with “{label}” of {date}.", "Сравнение со снимком «{label}» от {date}."),
    "since_same": ("Nothing has changed.", "Ничего не изменилось."),
    "since_new": ("New", "Новое"),
    "since_fixed": ("Fixed or better", "Исправлено или лучше"),
    "since_worse": ("Worse", "Хуже"),
    "since_nothing": ("nothing", "ничего"),
    "since_barrier": ("New barrier: {barrier}", "Новый барьер: {barrier}"),
    "since_added": ("{count} touchpoints added: {names}", "Добавлено точек контакта: {count} ({names})"),
    "since_feedback": ("{count} new voice-of-the-customer items", "Новых отзывов (голос клиента): {count}"),
    "since_done": ("Improvement done: {title}", "Улучшение сделано: {title}"),
    "since_closed": ("Barrier closed: {barrier}", "Барьер закрыт: {barrier}"),
    "since_met": ("Now met: {requirement} at {touchpoint}", "Теперь выполнено: {requirement} — {touchpoint}"),
    "since_failing": (
        "No longer met: {requirement} at {touchpoint}",
        "Больше не выполняется: {requirement} — {touchpoint}",
    ),
    "since_emotion": (
        "Measured emotion at {touchpoint}, {who}: {old} → {new}",
        "Измеренная эмоция: {touchpoint}, {who}: {old} → {new}",
    ),
    "all_customers": ("all customers", "все клиенты"),
    "mean_over": (
        "designed {designed}, measured {measured}, over the {count} touchpoints with both (scale −2…+2)",
        "целевая {designed}, измеренная {measured} (точек контакта, где есть обе: {count}; шкала −2…+2)",
    ),
    "mean_designed_only": (
        "designed {designed} over {count} touchpoints; nothing measured there yet (scale −2…+2)",
        "целевая {designed} (точек контакта: {count}); измерений там пока нет (шкала −2…+2)",
    ),
    "nps": ("NPS {nps} ({count} answers on 0–10)", "NPS {nps} (ответов по шкале 0–10: {count})"),
    "csat": (
        "CSAT {share} % satisfied ({count} answers on 1–5)",
        "CSAT {share} % довольных (ответов по шкале 1–5: {count})",
    ),
    "implied": ("emotion {value}", "эмоция {value}"),
    "yes": ("yes", "да"),
    "no": ("no", "нет"),
}

_CHANNELS: dict[Channel, tuple[str, str]] = {
    Channel.WEBSITE: ("Website", "Сайт"),
    Channel.ADVERT: ("Advert", "Реклама"),
    Channel.EMAIL: ("E-mail", "Эл. почта"),
    Channel.PHONE: ("Phone", "Телефон"),
    Channel.SOCIAL: ("Social network", "Соцсеть"),
    Channel.CHAT: ("Online chat or form", "Онлайн-чат или форма"),
    Channel.MESSENGER: ("Messenger", "Мессенджер"),
    Channel.SHOP: ("Shop / sales point", "Магазин / точка продаж"),
    Channel.DELIVERY: ("Courier / delivery", "Курьер / доставка"),
    Channel.PRODUCT: ("Product", "Товар"),
    Channel.STAFF: ("Staff", "Персонал"),
    Channel.PRINT: ("Printed matter", "Печатные материалы"),
    Channel.WORD_OF_MOUTH: ("Word of mouth", "Сарафанное радио"),
    Channel.OTHER: ("Other", "Другое"),
}


def language_of(value: str) -> str:
    """ "ru" for anything Russian ("ru", "ru_RU", "Russian"), else "en"."""
    return numbers.language(value)


def say(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` ("en" or "ru"), with ``values`` filled in."""
    en, ru = _WORDS[key]
    template = ru if language == "ru" else en
    return template.format(**values) if values else template


def channel_name(channel: Channel | str, language: str) -> str:
    """A channel's name for people; an unknown channel is "other"."""
    try:
        en, ru = _CHANNELS[Channel(channel)]
    except ValueError:
        en, ru = _CHANNELS[Channel.OTHER]
    return ru if language == "ru" else en


def phrase_keys() -> list[str]:
    """Every phrase key (for the tests that check both languages are filled)."""
    return list(_WORDS)
