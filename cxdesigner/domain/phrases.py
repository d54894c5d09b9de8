"""The words of the analysis' findings, in English and Russian: a map's findings speak its language.

Like the exports' catalogue (``export.catalogue``), one small table; ``say`` fills ``{placeholders}``
with ``str.format``, ``count`` puts a number before the right plural form (Russian has three: 1 путь,
2 пути, 5 путей), and ``quoted`` puts a name in the language's quotes (“…” or «…»).
"""

from __future__ import annotations

from cxdesigner.domain.numbers import integer, language

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
    "untitled": ("(untitled)", "(без названия)"),
    "and_more": ("{names} and {more} more", "{names} и ещё {more}"),
    "long_path": ("{head} → … → {tail} ({cards})", "{head} → … → {tail} ({cards})"),
}

# English: singular, plural; Russian: one, few, many
_NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str, str]]] = {
    "path": (("path", "paths"), ("пути", "путях", "путях")),
    "touchpoint": (("touchpoint", "touchpoints"), ("точка контакта", "точки контакта", "точек контакта")),
    "handoff": (("hand-off", "hand-offs"), ("передача", "передачи", "передач")),
}


def say(key: str, lang: str, **values: object) -> str:
    """The phrase ``key`` in ``lang`` with ``values`` filled in."""
    en, ru = _WORDS[key]
    return (ru if language(lang) == "ru" else en).format(**values)


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and the noun in the form that number takes: "1 path", "3 paths"; "1 пути", "5 путях"."""
    (one, other), (ru_one, ru_few, ru_many) = _NOUNS[noun]
    if language(lang) != "ru":
        return f"{integer(n, lang)} {one if n == 1 else other}"
    tens, units = n % 100, n % 10
    form = ru_one if units == 1 and tens != 11 else ru_few if 2 <= units <= 4 and not 12 <= tens <= 14 else ru_many
    return f"{integer(n, lang)} {form}"


def quoted(text: str, lang: str) -> str:
    """A name in quotes: “name” in English, «name» in Russian."""
    return f"«{text}»" if language(lang) == "ru" else f"“{text}”"


def title(journey: object, entity_id: str, lang: str) -> str:
    """An entity's title (or name) in quotes, "(untitled)" when it has none."""
    entity = journey.find(entity_id)  # type: ignore[attr-defined]
    text = getattr(entity, "title", "") or getattr(entity, "name", "") or say("untitled", lang)
    return quoted(text, lang)


def path_label(journey: object, ids: list[str] | tuple[str, ...], lang: str, longest: int = 6) -> str:
    """A path as its cards' titles; a path longer than ``longest`` keeps two cards at each end."""
    if len(ids) <= longest:
        return " → ".join(title(journey, i, lang) for i in ids)
    head = " → ".join(title(journey, i, lang) for i in ids[:2])
    tail = " → ".join(title(journey, i, lang) for i in ids[-2:])
    return say("long_path", lang, head=head, tail=tail, cards=count(len(ids), "touchpoint", lang))
