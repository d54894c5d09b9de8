"""The revision comparison in words, in the map's language: what the Revisions panel lists and
``cxdesigner diff`` prints.

``groups`` turns a ``revisions.Comparison`` into headed groups of lines (touchpoints added, removed and
changed, requirement statuses, measured values, designed and measured emotions, feedback, barriers,
improvements), each line with the ids it names so that a window can select them. The map's language
decides the words, the quotes and the numbers (a Russian map reads «Сайт»: +2,0 → +0,0), whatever
the interface's language is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.numbers import language, number
from cxdesigner.domain.phrases import quoted
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.revisions import Comparison

_WIDTH = 80

_HEADINGS: dict[str, tuple[str, str]] = {
    "added": ("Touchpoints added", "Добавлены точки контакта"),
    "removed": ("Touchpoints removed", "Удалены точки контакта"),
    "changed": ("Touchpoints changed", "Изменены точки контакта"),
    "requirements": ("Requirement status changes", "Изменился статус требований"),
    "values": ("Measured value changes", "Изменились измеренные значения"),
    "emotions": ("Emotion changes", "Изменились целевые эмоции"),
    "measured": ("Measured emotion changes", "Изменились измеренные эмоции"),
    "feedback_added": ("Feedback added", "Добавлены отзывы"),
    "feedback_removed": ("Feedback removed", "Удалены отзывы"),
    "new_barriers": ("New barriers", "Новые барьеры"),
    "removed_barriers": ("Barriers closed", "Закрытые барьеры"),
    "improvements": ("Improvement status changes", "Изменился статус улучшений"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("title", "название"),
    "stage_id": ("stage", "этап"),
    "lane_id": ("lane", "дорожка"),
    "order": ("place in the cell", "место в ячейке"),
    "description": ("description", "описание"),
    "channel": ("channel", "канал"),
    "direct": ("direct or indirect", "прямая или косвенная"),
    "physical": ("physical or digital", "физическая или цифровая"),
    "owner": ("owner", "ответственный"),
    "moment_of_truth": ("moment of truth", "момент истины"),
    "evidence": ("evidence", "достоверность"),
    "notes": ("notes", "заметки"),
    "color": ("colour", "цвет"),
    "none": ("none", "нет"),
    "met": ("met", "выполнено"),
    "not_met": ("not met", "не выполнено"),
    "not_checked": ("not checked", "не проверено"),
    "idea": ("idea", "идея"),
    "planned": ("planned", "запланировано"),
    "in_progress": ("in progress", "в работе"),
    "done": ("done", "сделано"),
    "dropped": ("dropped", "отменено"),
    "all_customers": ("all customers", "все клиенты"),
    "untitled": ("(untitled)", "(без названия)"),
    "no_text": ("(no text)", "(без текста)"),
    "no_description": ("(no description)", "(без описания)"),
}


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the comparison and the ids of what it names."""

    text: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    """A heading ("Feedback added") and its lines."""

    key: str
    heading: str
    lines: tuple[Line, ...]


def word(key: str, lang: str) -> str:
    """A field, status or filler word of the comparison in ``lang``."""
    en, ru = _WORDS[key]
    return ru if language(lang) == "ru" else en


def heading(key: str, lang: str) -> str:
    """The heading of one group (a field name of ``Comparison``) in ``lang``."""
    en, ru = _HEADINGS[key]
    return ru if language(lang) == "ru" else en


def _flat(text: str, width: int = _WIDTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class _Speaker:
    """The words for one comparison of ``old`` with ``new`` in ``lang``."""

    def __init__(self, old: JourneyMap, new: JourneyMap, lang: str) -> None:
        self.old, self.new, self.lang = old, new, lang

    def title(self, journey: JourneyMap, entity_id: str) -> str:
        entity = journey.find(entity_id)
        text = getattr(entity, "title", "") or getattr(entity, "name", "") or getattr(entity, "description", "")
        return quoted(_flat(text) or word("untitled", self.lang), self.lang)

    def where(self, touchpoint_id: str) -> str:
        return self.title(self.new if touchpoint_id in self.new else self.old, touchpoint_id)

    def emotion(self, value: float | None) -> str:
        return "–" if value is None else number(value, self.lang, 0 if isinstance(value, int) else 1, signed=True)

    def find(self, entity_id: str) -> Any:
        return self.new.find(entity_id) or self.old.find(entity_id)

    def changed(self, c: Any) -> str:
        names = ", ".join(word(n, self.lang) if n in _WORDS else n for n in c.fields)
        return f"{self.where(c.touchpoint_id)}: {names}"

    def requirement(self, r: Any) -> str:
        req = self.find(r.requirement_id)
        text = _flat(req.text) if isinstance(req, QualityRequirement) else ""
        was, now = (word(x.value if x else "none", self.lang) for x in (r.old, r.new))
        return f"{self.where(r.touchpoint_id)}: {text}: {was} → {now}"

    def value(self, v: Any) -> str:
        req = self.find(v.requirement_id)
        text = _flat(req.text or req.indicator) if isinstance(req, QualityRequirement) else ""
        unit = f" {req.unit.strip()}" if isinstance(req, QualityRequirement) and req.unit.strip() else ""
        return f"{self.where(v.touchpoint_id)}: {text}: {v.old or '–'} → {v.new or '–'}{unit}"

    def person(self, persona_id: str) -> str:
        persona = self.find(persona_id) if persona_id else None
        return _flat(getattr(persona, "name", ""), 60) if persona else word("all_customers", self.lang)

    def designed(self, e: Any) -> str:
        was, now = self.emotion(e.old), self.emotion(e.new)
        return f"{self.where(e.touchpoint_id)}, {self.person(e.persona_id)}: {was} → {now}"

    def feedback(self, journey: JourneyMap, feedback_id: str) -> str:
        item = journey.get(FeedbackItem, feedback_id)
        score = f" ({number(item.score, self.lang, 2, trim=True)})" if item.score is not None else ""
        text = _flat(item.text, 100) or word("no_text", self.lang)
        return f"{self.title(journey, item.touchpoint_id)}: {text}{score}"

    def barrier(self, journey: JourneyMap, barrier_id: str) -> str:
        barrier = journey.get(Barrier, barrier_id)
        anchor = barrier.touchpoint_id or barrier.stage_id
        text = _flat(barrier.description, 120) or word("no_description", self.lang)
        return f"{text} ({self.title(journey, anchor)})" if anchor else text

    def improvement(self, i: Any) -> str:
        item = self.find(i.improvement_id)
        title = _flat(item.title) if isinstance(item, Improvement) else ""
        was, now = (word(x.value if x else "none", self.lang) for x in (i.old, i.new))
        return f"{quoted(title or word('untitled', self.lang), self.lang)}: {was} → {now}"


def groups(result: Comparison, old: JourneyMap, new: JourneyMap, lang: str = "") -> list[Group]:
    """The comparison's non-empty groups in the panel's order; ``lang`` defaults to the newer map's."""
    say = _Speaker(old, new, lang or new.info.language)
    parts: list[tuple[str, list[Line]]] = [
        ("added", [Line(say.title(new, t), (t,)) for t in result.added]),
        ("removed", [Line(say.title(old, t), (t,)) for t in result.removed]),
        ("changed", [Line(say.changed(c), (c.touchpoint_id,)) for c in result.changed]),
        ("requirements", [Line(say.requirement(r), (r.touchpoint_id,)) for r in result.requirements]),
        ("values", [Line(say.value(v), (v.touchpoint_id,)) for v in result.values]),
        ("emotions", [Line(say.designed(e), (e.touchpoint_id,)) for e in result.emotions]),
        ("measured", [Line(say.designed(m), (m.touchpoint_id,)) for m in result.measured]),
        ("feedback_added", [Line(say.feedback(new, f), (f,)) for f in result.feedback_added]),
        ("feedback_removed", [Line(say.feedback(old, f)) for f in result.feedback_removed]),
        ("new_barriers", [Line(say.barrier(new, b), (b,)) for b in result.new_barriers]),
        ("removed_barriers", [Line(say.barrier(old, b), (b,)) for b in result.removed_barriers]),
        ("improvements", [Line(say.improvement(i)) for i in result.improvements]),
    ]
    return [Group(key, heading(key, say.lang), tuple(lines)) for key, lines in parts if lines]


def text_lines(result: Comparison, old: JourneyMap, new: JourneyMap, lang: str = "") -> list[str]:
    """The groups as plain text: "Heading (n):" and its lines indented (what ``cxdesigner diff`` prints)."""
    out = []
    for group in groups(result, old, new, lang):
        out.append(f"{group.heading} ({len(group.lines)}):")
        out.extend(f"  {line.text}" for line in group.lines)
    return out


def as_json(result: Comparison, old: JourneyMap, new: JourneyMap, lang: str = "") -> list[dict[str, Any]]:
    """The groups as JSON objects: the group's key, its heading and its lines with the ids they name."""
    return [
        {"group": g.key, "heading": g.heading, "lines": [{"text": x.text, "ids": list(x.ids)} for x in g.lines]}
        for g in groups(result, old, new, lang)
    ]
