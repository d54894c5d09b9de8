"""The feedback CSV's row problems in the map's language: the Import dialog and ``import-feedback`` say
them in Russian for a Russian map.

The problems are raised as English sentences by the readers they come from (``domain.values`` for numbers
and dates, ``domain.feedback`` for scales, ``io.feedback_csv`` for names), which the rest of the program
shares; rather than thread a language through all of them, the few sentences a row can get are matched
here and said again in Russian. Written by hand: a dozen fixed sentences, and a test holds every one.
"""

from __future__ import annotations

import re

from cxdesigner.domain import phrases
from cxdesigner.domain.numbers import language

FIELDS = {
    "touchpoint": "точка контакта",
    "source": "источник",
    "score": "оценка",
    "scale_min": "шкала от",
    "scale_max": "шкала до",
    "text": "текст",
    "date": "дата",
    "persona": "персона",
}
_WHAT = {"touchpoint": "точки контакта", "persona": "персоны"}

_RUSSIAN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"empty; every row needs a touchpoint \(title or id\)"),
     "пусто; в каждой строке нужна точка контакта (название или id)"),
    (re.compile(r"no (touchpoint|persona) called “(.*)”"), "нет {what} с названием «{1}»"),
    (re.compile(r"(\d+) (touchpoint|persona)s are called “(.*)”; use the id instead"),
     "{many} называются «{2}»; укажите id"),
    (re.compile(r"“(.*)” is not a number"), "«{0}» — не число"),
    (re.compile(r"“(.*)” is too large"), "«{0}» — слишком большое число"),
    (re.compile(r"“(.*)” is not a date \(use DD\.MM\.YYYY or YYYY-MM-DD\)"),
     "«{0}» — не дата (пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)"),
    (re.compile(r"“(.*)” is not a source \((.*)\)"), "«{0}» — неизвестный источник ({1})"),
    (re.compile(r"A scale runs from a lower to a higher number, e\.g\. 1 to 5\."),
     "Шкала идёт от меньшего числа к большему, например от 1 до 5."),
    (re.compile(r"The score lies on the scale (\S+) to (\S+)\."), "Оценка должна лежать на шкале от {0} до {1}."),
    (re.compile(r"The date '(.*)' is not a date \(YYYY-MM-DD\)\."), "«{0}» — не дата (ГГГГ-ММ-ДД)."),
    (re.compile(r"unknown feedback source"), "неизвестный источник отзыва"),
]  # fmt: skip


def message(text: str, lang: str) -> str:
    """A problem's sentence in ``lang`` (an unknown sentence stays as it is)."""
    if language(lang) != "ru":
        return text
    for pattern, russian in _RUSSIAN:
        found = pattern.fullmatch(text)
        if found:
            groups = found.groups()
            kind = next((g for g in groups if g in _WHAT), "")
            many = phrases.count(int(groups[0]), kind, "ru") if groups and groups[0].isdigit() and kind else ""
            return russian.format(*groups, what=_WHAT.get(kind, ""), many=many)
    return text


def problem_line(line: int, field: str, text: str, lang: str, sheet: str = "") -> str:
    """ "line 3, score: …" or "строка 3, оценка: …"; a workbook's "sheet Feedback, row 3, score: …"."""
    if language(lang) != "ru":
        where = f"sheet {sheet}, row {line}" if sheet else f"line {line}"
        return f"{where}, {field}: {text}"
    where = f"лист {sheet}, строка {line}" if sheet else f"строка {line}"
    return f"{where}, {FIELDS.get(field, field)}: {message(text, lang)}"
