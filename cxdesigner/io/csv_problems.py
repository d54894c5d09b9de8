"""The touchpoint table's import errors in the map's language: a Russian CSV or workbook is told what is
wrong in Russian ("строка 7, Канал: неизвестный канал: «голубь»").

The readers raise English sentences (``io.csv_format``, ``io.workbook``); the few a table can get are
matched here and said again in Russian, as ``io.feedback_problems`` does for the feedback import. The
place keeps the column's header as the file spells it. A sentence not listed stays as it is.
"""

from __future__ import annotations

import re

from cxdesigner.io.errors import FormatError

_COLUMNS_RU = {
    "Stage": "Этап", "Lane": "Дорожка", "Channel": "Канал", "Owner": "Ответственный", "Title": "Название",
    "Description": "Описание", "Moment of truth": "Момент истины", "Evidence": "Основание",
    "Requirements met": "Требования выполнены",
}  # fmt: skip

_WHAT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the file is empty; the first line names the columns"),
     "файл пуст; первая строка называет столбцы"),
    (re.compile(r"the sheet is empty; its first row names the columns"),
     "лист пуст; первая строка называет столбцы"),
    (re.compile(r"(\d+) cells, but the first line names (\d+) columns"),
     "ячеек {0}, а первая строка называет столбцов: {1}"),
    (re.compile(r"unknown column; the columns are .*"), "неизвестный столбец; столбцы: {columns}"),
    (re.compile(r"this column appears twice"), "этот столбец встречается дважды"),
    (re.compile(r'no "(.*)" column'), "нет столбца «{column}»"),
    (re.compile(r"empty"), "пусто"),
    (re.compile(r'unknown channel: "(.*)"'), "неизвестный канал: «{0}»"),
    (re.compile(r'unknown evidence level: "(.*)"'), "неизвестное основание: «{0}»"),
    (re.compile(r'not yes or no: "(.*)"'), "не «да» и не «нет»: «{0}»"),
    (re.compile(r"not valid CSV \((.*)\)"), "это не CSV ({0})"),
    (re.compile(r"not a readable Excel workbook \((.*)\)"), "это не книга Excel, которую можно прочитать ({0})"),
    (re.compile(r"the workbook has no sheet"), "в книге нет ни одного листа"),
]  # fmt: skip

_WHERE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"line (\d+)(, .*)?"), "строка {0}{1}"),
    (re.compile(r"sheet (.*), row (\d+)(, .*)?"), "лист {0}, строка {1}{2}"),
    (re.compile(r"sheet (.*)"), "лист {0}"),
]


def _say(patterns: list[tuple[re.Pattern[str], str]], text: str) -> str:
    for pattern, russian in patterns:
        found = pattern.fullmatch(text)
        if found:
            groups = [g or "" for g in found.groups()]
            column = _COLUMNS_RU.get(groups[0], groups[0]) if groups else ""
            return russian.format(*groups, columns=", ".join(_COLUMNS_RU.values()), column=column)
    return text


def in_language(error: FormatError, lang: str) -> FormatError:
    """``error`` said in ``lang``: the same error for English, a Russian one for ``ru``."""
    if lang != "ru":
        return error
    return FormatError(_say(_WHERE, error.where) if error.where else "", _say(_WHAT, error.what))
