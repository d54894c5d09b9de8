"""Every sentence a feedback row can get has its Russian, read from the real readers' own words."""

from __future__ import annotations

import pytest

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Persona, Touchpoint
from cxdesigner.io import feedback_csv
from cxdesigner.io.feedback_problems import message, problem_line


def _problems(csv: str) -> list[feedback_csv.RowProblem]:
    journey = templates.blank("Карта", "ru")
    stage, lane = journey.stages()[0], journey.lanes()[0]
    for n in range(2):  # two cards of one name
        journey.add(Touchpoint(id=f"t{n}", stage_id=stage.id, lane_id=lane.id, title="Касса"))
    journey.add(Touchpoint(id="site", stage_id=stage.id, lane_id=lane.id, title="Сайт"))
    journey.add(Persona(id="p", name="Маша"))
    table = feedback_csv.read_table(csv.encode())
    mapping = feedback_csv.guess_mapping(table.rows[0][1], table.width)
    return feedback_csv.build_items(journey, table, mapping).problems


def test_each_problem_reads_in_russian() -> None:
    rows = [
        ";5;;;",
        "Нигде;5;;;",
        "Касса;5;;;",
        "Сайт;пять;;;",
        "Сайт;5;;завтра;",
        "Сайт;5;;;Петя",
        "Сайт;9;;;",
        "Сайт;4;слух;;",
    ]
    problems = _problems("точка контакта;оценка;источник;дата;персона\n" + "\n".join(rows) + "\n")
    said = [problem_line(p.line, p.field, p.message, "ru") for p in problems]
    assert said == [
        "строка 2, точка контакта: пусто; в каждой строке нужна точка контакта (название или id)",
        "строка 3, точка контакта: нет точки контакта с названием «Нигде»",
        "строка 4, точка контакта: 2 точки контакта называются «Касса»; укажите id",
        "строка 5, оценка: «пять» — не число",
        "строка 6, дата: «завтра» — не дата (пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)",
        "строка 7, персона: нет персоны с названием «Петя»",
        "строка 8, оценка: Оценка должна лежать на шкале от 1 до 5.",
        "строка 9, источник: «слух» — неизвестный источник (survey, interview, review, complaint, chat_rating, "
        "call_rating, observation)",
    ]
    assert all(not any(w in s for w in ("called", "not a", "every row")) for s in said)


@pytest.mark.parametrize("text", ["no touchpoint called “x”", "“x” is not a number"])
def test_english_stays_english(text: str) -> None:
    assert message(text, "en") == text and problem_line(2, "score", text, "en") == f"line 2, score: {text}"
