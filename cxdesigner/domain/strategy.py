"""The CX strategy checklist: what a good customer-experience strategy is checked against.

The characteristics come from practice (see DOMAIN.md): five internal, operational ones and nine
external, visible ones. A map scores each from 0 to 5, or marks it not applicable, with notes; a
``StrategyScore`` row exists only for the characteristics someone has looked at.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SCORE_MIN = 0
SCORE_MAX = 5
INTERNAL = "internal"
EXTERNAL = "external"


@dataclass(frozen=True, slots=True)
class Characteristic:
    """One item of the checklist, with its question in English and Russian."""

    key: str
    group: str
    title_en: str
    question_en: str
    title_ru: str
    question_ru: str

    def title(self, language: str = "en") -> str:
        return self.title_ru if language.startswith("ru") else self.title_en

    def question(self, language: str = "en") -> str:
        return self.question_ru if language.startswith("ru") else self.question_en


CHECKLIST: tuple[Characteristic, ...] = (
    Characteristic(
        "design", INTERNAL,
        "Design", "Are layout and function centred on the customer?",
        "Дизайн", "Устройство и функции построены вокруг клиента?",
    ),
    Characteristic(
        "technology", INTERNAL,
        "Technology", "Self-service, chat bot, cross-platform?",
        "Технологии", "Самообслуживание, чат-бот, кросс-платформенность?",
    ),
    Characteristic(
        "data", INTERNAL,
        "Data", "Is customer data collected accurately and used?",
        "Данные", "Данные о клиентах собираются точно и используются?",
    ),
    Characteristic(
        "service", INTERNAL,
        "Customer service", "Are there gaps in the service model?",
        "Обслуживание", "Есть ли пробелы в модели обслуживания?",
    ),
    Characteristic(
        "culture", INTERNAL,
        "Culture", "Silos, \"not my job\"?",
        "Культура", "Разобщённость отделов, «это не моя работа»?",
    ),
    Characteristic(
        "relevance", EXTERNAL,
        "Relevance", "Does what we offer fit what the customer needs now?",
        "Актуальность", "То, что мы предлагаем, отвечает нуждам клиента сейчас?",
    ),
    Characteristic(
        "authenticity", EXTERNAL,
        "Authenticity", "Do customers trust us?",
        "Подлинность", "Доверяют ли нам клиенты?",
    ),
    Characteristic(
        "consistency", EXTERNAL,
        "Consistency", "The same level every time and in every channel?",
        "Последовательность", "Одинаковый уровень каждый раз и в каждом канале?",
    ),
    Characteristic(
        "convenience", EXTERNAL,
        "Convenience", "Is it convenient to deal with us?",
        "Удобство", "Удобно ли иметь с нами дело?",
    ),
    Characteristic(
        "simplicity", EXTERNAL,
        "Simplicity", "How much effort and frustration does it cost?",
        "Простота", "Сколько усилий и раздражения это стоит клиенту?",
    ),
    Characteristic(
        "speed", EXTERNAL,
        "Speed", "Fast against expectations and competitors?",
        "Скорость", "Быстро ли по сравнению с ожиданиями и конкурентами?",
    ),
    Characteristic(
        "personalisation", EXTERNAL,
        "Personalisation", "Do we treat each customer as a person?",
        "Персонализация", "Относимся ли мы к каждому клиенту лично?",
    ),
    Characteristic(
        "omnichannel", EXTERNAL,
        "Omnichannel access", "Can customers reach us in any channel and carry on?",
        "Омниканальность", "Можно ли связаться с нами в любом канале и продолжить там же?",
    ),
    Characteristic(
        "resolution", EXTERNAL,
        "Clear paths to resolution", "Does every problem have a clear way to be solved?",
        "Понятное решение проблем", "У каждой проблемы есть понятный путь решения?",
    ),
)  # fmt: skip
BY_KEY: dict[str, Characteristic] = {c.key: c for c in CHECKLIST}


@dataclass(frozen=True, slots=True)
class StrategyScore:
    """A map's score on one characteristic: 0 to 5, or None for not applicable, with notes."""

    id: str
    key: str
    score: int | None = None
    notes: str = ""


def check_score(score: StrategyScore) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this score, or None when it is fine."""
    if not score.key.strip():
        return "key", "A strategy score names its characteristic."
    value = score.score
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SCORE_MAX):
        return "score", f"A strategy score is a whole number from {SCORE_MIN} to {SCORE_MAX}, or not applicable."
    return None


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """How one group of the checklist scores: mean of the scored items, and how many were scored."""

    group: str
    scored: int
    not_applicable: int
    total: int
    mean: float | None


def summary(scores: Iterable[StrategyScore], group: str) -> GroupSummary:
    """The group's mean score over the characteristics scored 0..5 (n/a and unscored ones left out)."""
    keys = {c.key for c in CHECKLIST if c.group == group}
    mine = [s for s in scores if s.key in keys]
    values = [s.score for s in mine if s.score is not None]
    return GroupSummary(
        group,
        len(values),
        sum(s.score is None for s in mine),
        len(keys),
        sum(values) / len(values) if values else None,
    )
