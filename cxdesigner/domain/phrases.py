"""The words of the analysis' findings, in English and Russian: a map's findings speak its language.

Like the exports' catalogue (``export.catalogue``), one small table; ``say`` fills ``{placeholders}``
with ``str.format``, ``count`` puts a number before the right plural form (Russian has three: 1 путь,
2 пути, 5 путей), and ``quoted`` puts a name in the language's quotes (“…” or «…»).
"""

from __future__ import annotations

import math

from cxdesigner.domain.numbers import integer, language, number

_WORDS: dict[str, tuple[str, str]] = {
    "handoff_spread": (
        "Hand-offs between owners per path: {spread}.",
        "Передачи клиента между ответственными: {spread}.",
    ),
    "handoff_spread_item": ("{handoffs} on {paths}", "{handoffs} — на {paths}"),
    "handoff_path": ("{handoffs}: {path}.", "{handoffs}: {path}."),
    "handoff_worst": (
        "The most hand-offs, {handoffs}, are on {path}: {owners}.",
        "Больше всего передач ({handoffs}) на пути {path}: {owners}.",
    ),
    "entry": ("Customers come in at {tp}.", "Клиенты приходят через {tp}."),
    "dead_end": (
        "Customers leave after {tp} in stage {stage}: no flow goes on from there before the last stage.",
        "Клиенты уходят после {tp} на этапе {stage}: дальше связей нет, а этап не последний.",
    ),
    "exit": ("Customers finish at {tp}.", "Путь клиентов заканчивается на {tp}."),
    "orphan": ("{tp} is not linked to any other touchpoint.", "Точка контакта {tp} не связана ни с одной другой."),
    "unreachable": (
        "No path from an entry reaches {names}: they only link to each other.",
        "Ни один путь от входа не доходит до {names}: они связаны только друг с другом.",
    ),
    "trap": (
        "Customers who reach {names} go round in a loop with no way out.",
        "Клиенты, дошедшие до {names}, ходят по кругу без выхода.",
    ),
    "loop": (
        "A loop: {path}. Customers may be sent round in circles.",
        "Петля: {path}. Клиентов могут гонять по кругу.",
    ),
    "bound_loops": ("Only the first {n} loops are listed.", "Показаны только первые {n} петель."),
    "path_count": ("{paths} from {entries} to {exits}{loops}.", "{paths} от {entries} к {exits}{loops}."),
    "path_count_loops": (", each loop taken as one step", ", каждая петля считается одним шагом"),
    "no_path": ("No path leads from an entry to an exit.", "Ни один путь не ведёт от входа к выходу."),
    "empty_stage": ("Stage {stage} has no touchpoint.", "На этапе {stage} нет точек контакта."),
    "no_owner": ("No one owns {tp}.", "У точки контакта {tp} нет ответственного."),
    "failing_requirement": (
        "{tp}: “{requirement}” is not met: measured {measured}, target {target}.",
        "{tp}: требование «{requirement}» не выполнено: измерено {measured}, цель {target}.",
    ),
    "no_requirement": ("{tp} has no quality requirement.", "У точки контакта {tp} нет требований к качеству."),
    "worst_path": (
        "For {who}, the worst path is {path} (mean emotion {value}).",
        "Для {who} худший путь — {path} (средняя эмоция {value}).",
    ),
    "all_customers": ("all customers", "всех клиентов"),
    "measured_series": ("{name} (measured)", "{name} (по отзывам)"),
    "worst_pains": (
        "The path with the most pain points is {path} ({pains}).",
        "Больше всего болевых точек на пути {path} ({pains}).",
    ),
    "bottleneck_all": (
        "Every path passes through {loop}{names}: a problem there reaches every customer.",
        "Каждый путь проходит через {loop}{names}: проблема там коснётся каждого клиента.",
    ),
    "the_loop_of": ("the loop of ", "петлю из "),
    "bound_steps": (
        "Every path passes through {steps}; the first {n} are listed.",
        "Каждый путь проходит через {steps}; показаны первые {n}.",
    ),
    "bottleneck_most": (
        "{n} of {paths} ({share}) pass through {tp}: a problem there reaches most customers.",
        "Через {tp} проходят {n} из {paths} ({share}): проблема там коснётся большинства клиентов.",
    ),
    "moment_of_truth": (
        "{tp} is a moment of truth on {n} of {paths} ({share}).",
        "Точка контакта {tp} — момент истины на {n} из {paths} ({share}).",
    ),
    "share_over": (
        "The flows out of {tp} give {share} of its customers; reach takes them in proportion, as 100 %.",
        "Связи из {tp} уводят {share} её клиентов; охват делит их пропорционально, как 100 %.",
    ),
    "share_negative": (
        "The flow from {source} to {target} has a share below zero; reach takes it as no share.",
        "У связи от {source} к {target} доля ниже нуля; охват считает её нулевой.",
    ),
    "loss": ("{share} of entering customers are lost at {where}.", "{share} вошедших клиентов теряются на {where}."),
    "at_stage": ("stage {stage}", "этапе {stage}"),
    "reach": (
        "{share} of entering customers reach stage {stage}{again}.",
        "{share} вошедших клиентов доходят до этапа {stage}{again}.",
    ),
    "coming_back": (" (counting those who come back)", " (считая вернувшихся)"),
    "under_1": ("under 1 %", "меньше 1 %"),
    "over_99": ("over 99 %", "больше 99 %"),
    "check_total": (
        "{paths}; {errors} errors, {warnings} warnings, {notes} notes",
        "{paths}; ошибок: {errors}, предупреждений: {warnings}, заметок: {notes}",
    ),
    "severity_error": ("error", "ошибка"),
    "severity_warning": ("warning", "внимание"),
    "severity_info": ("info", "заметка"),
    "remap_unknown": (
        "No mapping is dated yet: take a snapshot (Revisions) at each mapping to compare the next one with it.",
        "Ни одно картирование ещё не датировано: делайте снимок (панель «Версии») при каждом картировании.",
    ),
    "remap_due": (
        "The last mapping, {label}, was on {day}, {months} ago: practice maps again every six months.",
        "Последнее картирование, {label}, было {day}, {months} назад: по практике карту обновляют раз в полгода.",
    ),
    "remap_next": (
        "The last mapping, {label}, was on {day}; map again by {due}.",
        "Последнее картирование, {label}, было {day}; следующее — до {due}.",
    ),
    "losing_best": (
        "The base is losing its best customers: {names} went from {before} to {after} customers ({share} fewer) "
        "between {since} and {day}, while the base held ({total_before} → {total_after}).",
        "База теряет лучших клиентов: в сегментах {names} было {before}, стало {after} (на {share} меньше) "
        "с {since} по {day}, хотя вся база почти не изменилась ({total_before} → {total_after}).",
    ),
    "content_mix_offers": (
        "{segment}: the contact policy is mostly offers ({useful} useful, {offer} offers); practice says half "
        "useful, half offer.",
        "{segment}: в контактной политике почти одни предложения ({useful} полезного, {offer} предложений); "
        "практика советует половину полезного, половину предложений.",
    ),
    "content_mix_useful": (
        "{segment}: the contact policy has few offers ({useful} useful, {offer} offers); practice says half "
        "useful, half offer.",
        "{segment}: в контактной политике мало предложений ({useful} полезного, {offer} предложений); "
        "практика советует половину полезного, половину предложений.",
    ),
    "kpi_behind": (
        "{kpi} ({improvement}) is behind its line: {value} at the review of {day}, where the line from the "
        "baseline to the target ({target}) stands at {planned}.",
        "Показатель «{kpi}» ({improvement}) отстаёт от плана: {value} на пересмотре {day}, а линия от "
        "исходного значения к цели ({target}) проходит через {planned}.",
    ),
    "kpi_unmeasured": (
        "{kpi} ({improvement}) was not measured by its review of {day}; the line stands at {planned} there.",
        "Показатель «{kpi}» ({improvement}) не измерен к пересмотру {day}; по плану там {planned}.",
    ),
    "untitled": ("(untitled)", "(без названия)"),
    "and_more": ("{names} and {more} more", "{names} и ещё {more}"),
    "long_path": ("{head} → … → {tail} ({cards})", "{head} → … → {tail} ({cards})"),
}

# English: singular, plural; Russian: one, few, many
_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str, str]]] = {
    "path": (("path", "paths"), ("путь", "пути", "путей")),
    "path_on": (("path", "paths"), ("пути", "путях", "путях")),  # на 1 пути, на 2 путях
    "path_of": (("path", "paths"), ("пути", "путей", "путей")),  # из 1 пути, из 5 путей
    "path_leads": (("path leads", "paths lead"), ("путь", "пути", "путей")),
    "entry_from": (("entry", "entries"), ("входа", "входов", "входов")),  # от 1 входа
    "exit_to": (("exit", "exits"), ("выходу", "выходам", "выходам")),  # к 1 выходу
    "pain_point": (("pain point", "pain points"), ("болевая точка", "болевые точки", "болевых точек")),
    "step": (("step", "steps"), ("шаг", "шага", "шагов")),
    "month": (("month", "months"), ("месяц", "месяца", "месяцев")),
    "persona": (("persona", "personas"), ("персона", "персоны", "персон")),
    "touchpoint": (("touchpoint", "touchpoints"), ("точка контакта", "точки контакта", "точек контакта")),
    "handoff": (("hand-off", "hand-offs"), ("передача", "передачи", "передач")),
}


def say(key: str, lang: str, **values: object) -> str:
    """The phrase ``key`` in ``lang`` with ``values`` filled in."""
    en, ru = _WORDS[key]
    return (ru if language(lang) == "ru" else en).format(**values)


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and the noun in the form that number takes: "1 path", "3 paths"; "1 путь", "5 путей"."""
    (one, other), (ru_one, ru_few, ru_many) = _NOUNS[noun]
    if language(lang) != "ru":
        return f"{readable(n, lang)} {one if n == 1 else other}"
    if abs(n) >= 1_000_000:
        return f"{readable(n, lang)} {ru_many}"
    tens, units = n % 100, n % 10
    form = ru_one if units == 1 and tens != 11 else ru_few if 2 <= units <= 4 and not 12 <= tens <= 14 else ru_many
    return f"{readable(n, lang)} {form}"


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def readable(n: int, lang: str = "en") -> str:
    """A count as people read it: 12,345 up to a million, then 1.2 × 10¹⁵ (exact ints of any size)."""
    if abs(n) < 1_000_000:
        return integer(n, lang)
    exponent = int((n.bit_length() - 1) * math.log10(2))  # str() refuses ints of more than 4,300 digits
    while 10 ** (exponent + 1) <= n:
        exponent += 1
    while 10**exponent > n:
        exponent -= 1
    mantissa = n / 10**exponent if exponent < 300 else (n // 10 ** (exponent - 15)) / 10**15
    text = f"{mantissa:.1f}"
    if text == "10.0":
        text, exponent = "1.0", exponent + 1
    text = number(float(text), lang)
    return f"{text} × 10{str(exponent).translate(_SUPERSCRIPT)}"


def percent(share: float, lang: str = "en") -> str:
    """A share of 0 to 1 as a whole percentage; a share above zero never shows as 0 %, nor below 1 as 100 %."""
    if 0 < share < 0.01:
        return say("under_1", lang)
    if 0.99 < share < 1:
        return say("over_99", lang)
    return f"{number(share * 100, lang, 0)} %"


def quoted(text: str, lang: str) -> str:
    """A name in quotes: “name” in English, «name» in Russian."""
    return f"«{text}»" if language(lang) == "ru" else f"“{text}”"


def names(journey: object, ids: list[str] | tuple[str, ...], lang: str, limit: int = 4) -> str:
    """Up to ``limit`` titles, then how many more."""
    text = ", ".join(title(journey, i, lang) for i in ids[:limit])
    return say("and_more", lang, names=text, more=len(ids) - limit) if len(ids) > limit else text


def title(journey: object, entity_id: str, lang: str) -> str:
    """An entity's title (or name) in quotes, "(untitled)" when it has none."""
    entity = journey.find(entity_id)  # type: ignore[attr-defined]
    text = getattr(entity, "title", "") or getattr(entity, "name", "") or say("untitled", lang)
    return quoted(text, lang)


def path_label(
    journey: object, ids: list[str] | tuple[str, ...], lang: str, longest: int = 6, arrow: str = " → "
) -> str:
    """A path as its cards' titles; a path longer than ``longest`` (0: any) keeps two cards at each end."""
    if not longest or len(ids) <= longest:
        return arrow.join(title(journey, i, lang) for i in ids)
    head = " → ".join(title(journey, i, lang) for i in ids[:2])
    tail = " → ".join(title(journey, i, lang) for i in ids[-2:])
    return say("long_path", lang, head=head, tail=tail, cards=count(len(ids), "touchpoint", lang))
