"""What changed between two maps, in words: the lines ``cxdesigner diff`` prints, and the same as JSON.

Each ``revisions.Difference`` becomes one line naming the thing the way the user sees it (a touchpoint by
its title and cell, a flow by the cards it joins, an emotion by persona and card), then the changed fields
with their old and new values; references show the title of what they point to, not an id. The lines are
in the newer map's language ("Изменено: Точка контакта «Сайт» (Поиск / Точки контакта): название …" for a
Russian map), numbers with its decimal comma; merge conflicts (``conflict_text``) stay in English.
"""

from __future__ import annotations

import base64
from enum import Enum
from typing import Any

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KIND_BY_NAME
from cxdesigner.domain.numbers import language, number
from cxdesigner.domain.quality import QualityRequirement, status
from cxdesigner.domain.revisions import Difference
from cxdesigner.io import labels
from cxdesigner.storage.codec import to_row

NOUNS = {
    "map_info": "Map",
    "stages": "Stage",
    "lanes": "Lane",
    "personas": "Persona",
    "touchpoints": "Touchpoint",
    "flows": "Flow",
    "emotions": "Emotion",
    "quality_requirements": "Requirement",
    "feedback_items": "Feedback",
    "barriers": "Barrier",
    "improvements": "Improvement",
    "improvement_barriers": "Improvement for barrier",
    "strategy_scores": "Strategy score",
    "snapshots": "Snapshot",
    "pictures": "Picture",
    "expectations": "Expectation",
    "conditions": "External condition",
}
RU_NOUNS = {
    "map_info": "Карта",
    "stages": "Этап",
    "lanes": "Дорожка",
    "personas": "Персона",
    "touchpoints": "Точка контакта",
    "flows": "Связь",
    "emotions": "Эмоция",
    "quality_requirements": "Требование",
    "feedback_items": "Отзыв",
    "barriers": "Барьер",
    "improvements": "Улучшение",
    "improvement_barriers": "Улучшение для барьера",
    "strategy_scores": "Оценка стратегии",
    "snapshots": "Снимок",
    "expectations": "Ожидание",
    "customer_analyses": "Анализ базы клиентов",
    "segments": "Сегмент",
    "control_rounds": "Контрольный обход",
    "round_values": "Значение обхода",
    "contact_policies": "Политика контактов",
    "conditions": "Внешнее условие",
}
RU_FIELD_WORDS = {
    "stage_id": "этап",
    "lane_id": "дорожка",
    "persona_id": "персона",
    "touchpoint_id": "точка контакта",
    "source_id": "откуда",
    "target_id": "куда",
    "barrier_id": "барьер",
    "improvement_id": "улучшение",
    "requirement_id": "требование",
    "round_id": "обход",
    "analysis_id": "анализ",
    "order": "место",
    "designed": "целевая эмоция",
    "moment_of_truth": "момент истины",
    "share": "доля клиентов",
    "share_lost": "доля потерь",
    "checked_on": "проверено",
    "taken_at": "снято",
    "title": "название",
    "description": "описание",
    "channel": "канал",
    "direct": "прямая",
    "physical": "физическая",
    "owner": "ответственный",
    "evidence": "достоверность",
    "notes": "заметки",
    "color": "цвет",
    "text": "текст",
    "label": "подпись",
    "width": "ширина",
    "height": "высота",
    "kind": "вид",
    "name": "имя",
    "segment": "сегмент",
    "expectation": "ожидание",
    "language": "язык",
    "indicator": "показатель",
    "comparison": "сравнение",
    "target": "цель",
    "unit": "единица",
    "measured": "измерено",
    "source": "источник",
    "score": "оценка",
    "scale_min": "шкала от",
    "scale_max": "шкала до",
    "date": "дата",
    "status": "статус",
    "effort": "затраты",
    "impact": "эффект",
    "due": "срок",
    "effect": "ожидаемый эффект",
    "met": "выполнено",
    "walked_on": "дата обхода",
    "walked_by": "кто обходил",
    "payload": "содержимое",
}
_CHANGES = {"added": "Добавлено", "removed": "Удалено", "changed": "Изменено"}
_STATUS_RU = {
    "met": "выполнено", "not_met": "не выполнено", "not_checked": "не проверено",
    "idea": "идея", "planned": "запланировано", "in_progress": "в работе", "done": "сделано", "dropped": "отменено",
}  # fmt: skip
_ENUM_NAMES = {"channel": labels.CHANNELS, "evidence": labels.EVIDENCE, "kind": labels.LANE_KINDS}
FIELD_WORDS = {
    "stage_id": "stage",
    "lane_id": "lane",
    "persona_id": "persona",
    "touchpoint_id": "touchpoint",
    "source_id": "from",
    "target_id": "to",
    "barrier_id": "barrier",
    "improvement_id": "improvement",
    "order": "place",
    "designed": "designed emotion",
    "moment_of_truth": "moment of truth",
    "share": "share of customers",
    "share_lost": "share lost",
    "checked_on": "checked on",
    "taken_at": "taken at",
}
_LONG = 60


def _short(text: str, width: int = _LONG) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _quoted(text: str) -> str:
    return f"“{_short(text)}”"


def _ru(lang: str) -> bool:
    return language(lang) == "ru"


def _quoted_in(text: str, lang: str) -> str:
    return f"«{_short(text)}»" if _ru(lang) else _quoted(text)


def name_of(journey: JourneyMap, entity_id: str, lang: str = "en") -> str:
    """An entity's name in quotes (title, name, text or description), or its kind when it has none."""
    entity = journey.find(entity_id)
    if entity is None:
        return "(нет)" if _ru(lang) else "(missing)"
    for attr in ("title", "caption", "name", "text", "label", "description", "key"):
        value = getattr(entity, attr, "")
        if value:
            return _quoted_in(value, lang)
    return "(без названия)" if _ru(lang) else "(untitled)"


def what(journey: JourneyMap, kind: str, entity_id: str, lang: str = "en") -> str:
    """The thing a difference is about, e.g. ``Touchpoint “Site” (Search / Touchpoints)``."""
    ru = _ru(lang)
    noun = (RU_NOUNS if ru else NOUNS).get(kind, kind.replace("_", " ").capitalize())
    entity = journey.find(entity_id)
    if kind == "map_info":
        return noun
    if entity is None:
        return f"{noun} {entity_id}"

    def name(eid: str) -> str:
        return name_of(journey, eid, lang)

    if kind == "touchpoints":
        cell = f"{_plain(journey, entity.stage_id, lang)} / {_plain(journey, entity.lane_id, lang)}"
        return f"{noun} {name(entity_id)} ({cell})"
    if kind == "flows":
        return f"{noun} {name(entity.source_id)} → {name(entity.target_id)}"
    if kind == "emotions":
        if ru:
            return f"{noun}: {name(entity.persona_id)} — {name(entity.touchpoint_id)}"
        return f"{noun} of {name(entity.persona_id)} at {name(entity.touchpoint_id)}"
    if kind == "improvement_barriers":
        return f"{noun}: {name(entity.improvement_id)} → {name(entity.barrier_id)}"
    if kind == "snapshots":
        return f"{noun} {_quoted_in(entity.label or entity.taken_at, lang)}"
    return f"{noun} {name(entity_id)}{_where(journey, entity, lang)}"


def _where(journey: JourneyMap, entity: Any, lang: str) -> str:
    """Where an entity sits: `` at “Site”`` (`` of “Student”`` for a persona), `` («Сайт»)`` in Russian."""
    for ref in ("touchpoint_id", "persona_id", "stage_id"):
        target = getattr(entity, ref, "")
        if target:
            name = name_of(journey, target, lang)
            if _ru(lang):
                return f" ({name})"
            return f" at {name}" if ref != "persona_id" else f" of {name}"
    return ""


def _plain(journey: JourneyMap, entity_id: str, lang: str = "en") -> str:
    return name_of(journey, entity_id, lang).strip("“”«»")


def value_text(journey: JourneyMap, kind: str, field: str, value: Any, lang: str = "en") -> str:
    """A field's value as the user reads it: quoted text, yes/no, the title of what a reference names."""
    ru = _ru(lang)
    refs = {**KIND_BY_NAME[kind].refs, **KIND_BY_NAME[kind].optional_refs} if kind in KIND_BY_NAME else {}
    if field in refs:
        return name_of(journey, value, lang) if value else ("нет" if ru else "none")
    if value is None:
        return "нет" if ru else "none"
    if isinstance(value, bool):
        return ("да" if value else "нет") if ru else ("yes" if value else "no")
    if isinstance(value, Enum):
        names = _ENUM_NAMES.get(field)
        if names is not None and value in names:
            return labels.name(names, value, lang)
        if ru and str(value.value) in _STATUS_RU:
            return _STATUS_RU[str(value.value)]
        return str(value.value).replace("_", " ")
    if isinstance(value, int):
        if field == "designed":
            return number(value, lang, 0, signed=True) if ru and value else (f"{value:+d}" if value else "0")
        return str(value)
    if isinstance(value, float):
        return number(value, lang, 6, trim=True) if ru else f"{value:g}"
    if field == "payload":
        return f"({len(value):,} characters)" if not ru else f"(знаков: {len(value):,})".replace(",", "\u00a0")
    if isinstance(value, bytes):
        return f"({len(value):,} bytes)" if not ru else f"(байт: {len(value):,})".replace(",", "\u00a0")
    return _quoted_in(value, lang)


def line(old: JourneyMap, new: JourneyMap, diff: Difference, lang: str | None = None) -> str:
    """One difference as one line of text, in ``lang`` (default: the newer map's language)."""
    lang = new.info.language if lang is None else lang
    ru = _ru(lang)
    journey = old if diff.change == "removed" else new
    thing = what(journey, diff.kind, diff.entity_id, lang)
    head = f"{_CHANGES[diff.change]}: {thing}" if ru else f"{thing} {diff.change}"
    if diff.change != "changed":
        return head
    parts = []
    for f in diff.fields:
        words = RU_FIELD_WORDS if ru else FIELD_WORDS
        word = words.get(f.name, f.name.replace("_", " "))
        before = value_text(old, diff.kind, f.name, f.old, lang)
        after = value_text(new, diff.kind, f.name, f.new, lang)
        parts.append(f"{word} {before} → {after}")
    text = f"{head}: " + "; ".join(parts)
    if diff.kind == "quality_requirements":
        was = status(old.get(QualityRequirement, diff.entity_id))
        now = status(new.get(QualityRequirement, diff.entity_id))
        if was != now:
            if ru:
                text += f" (статус: {_STATUS_RU[was.value]} → {_STATUS_RU[now.value]})"
            else:
                text += f" (status {was.value.replace('_', ' ')} → {now.value.replace('_', ' ')})"
    return text


def lines(old: JourneyMap, new: JourneyMap, diffs: list[Difference]) -> list[str]:
    """Every difference as a line of text, in the newer map's language."""
    return [line(old, new, d) for d in diffs]


def as_json(old: JourneyMap, new: JourneyMap, diffs: list[Difference]) -> list[dict[str, Any]]:
    """Every difference as a JSON object: kind, id, change, what (in words) and the fields' stored values."""
    out = []
    for d in diffs:
        item: dict[str, Any] = {"kind": d.kind, "id": d.entity_id, "change": d.change, "text": line(old, new, d)}
        if d.fields:
            entity_old = old.info if d.kind == "map_info" else old.find(d.entity_id)
            entity_new = new.info if d.kind == "map_info" else new.find(d.entity_id)
            row_old, row_new = to_row(entity_old), to_row(entity_new)
            item["fields"] = [
                {"name": f.name, "old": _plain_value(row_old[f.name]), "new": _plain_value(row_new[f.name])}
                for f in d.fields
            ]
        out.append(item)
    return out


def _plain_value(value: Any) -> Any:
    """A stored value as JSON can hold it: bytes (a picture) as base64 text."""
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value
