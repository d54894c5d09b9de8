"""CSV import of feedback: the way Excel writes a file in a Russian locale, bad rows and their line numbers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from cxdesigner.commands import AddEntities
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io.feedback_csv import (
    FIELDS,
    CsvError,
    Defaults,
    build_items,
    decode,
    guess_mapping,
    read_table,
    sniff_delimiter,
)

RUSSIAN_EXCEL = (
    "Точка контакта;Источник;Оценка;Шкала от;Шкала до;Комментарий;Дата;Персона\r\n"
    "Сайт;опрос;4,5;1;5;Удобно, быстро;01.02.2024;Студент\r\n"
    'Продавец;жалоба;1;1;5;"Грубил; не помог\r\nвторая строка";02.02.2024;\r\n'
    "Сайт;оценка чата;9;0;10;;2024-02-03 10:15;\r\n"
    ";;;;;;;\r\n"
    'Пакет;отзыв;отлично;1;5;<b>смешной</b> & "принт";31.02.2024;Никто\r\n'
    "сайт;наблюдение;;;;смотрел долго;;\r\n"
)


@pytest.fixture
def shop(journey: JourneyMap) -> JourneyMap:
    titles = iter(["Реклама", "Сайт", "Продавец", "Пакет"])
    for tp in journey.touchpoints():
        journey.update(Touchpoint, tp.id, title=next(titles))
    journey.update(type(journey.personas()[0]), journey.personas()[0].id, name="Студент")
    return journey


def test_russian_excel_file_with_a_broken_row(shop: JourneyMap) -> None:
    table = read_table(RUSSIAN_EXCEL.encode("cp1251"))
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    mapping = guess_mapping(table.rows[0][1], table.width)
    assert mapping == {name: i for i, name in enumerate(FIELDS)}
    result = build_items(shop, table, mapping)
    assert result.rows == 5  # the empty ;;;; row is skipped
    assert result.bad_lines == [7]  # the multi-line quoted text counts as two lines
    assert {(p.line, p.field) for p in result.problems} == {(7, "score"), (7, "date"), (7, "persona")}
    assert all("\n" not in str(p) for p in result.problems)
    site, seller = (next(t.id for t in shop.touchpoints() if t.title == n) for n in ("Сайт", "Продавец"))
    first, second, third, fourth = result.items
    assert (first.touchpoint_id, first.source, first.score, first.date) == (
        site,
        FeedbackSource.SURVEY,
        4.5,
        "2024-02-01",
    )
    assert first.persona_id == shop.personas()[0].id and first.text == "Удобно, быстро"
    assert second.touchpoint_id == seller and second.text == "Грубил; не помог\r\nвторая строка"
    assert (third.source, third.scale_min, third.scale_max, third.date) == (
        FeedbackSource.CHAT_RATING,
        0,
        10,
        "2024-02-03",
    )
    assert fourth.touchpoint_id == site and fourth.score is None and fourth.source is FeedbackSource.OBSERVATION


def test_all_or_nothing_then_the_good_rows_in_one_step(shop: JourneyMap) -> None:
    table = read_table(RUSSIAN_EXCEL.encode("cp1251"))
    result = build_items(shop, table, guess_mapping(table.rows[0][1], table.width))
    stack = QUndoStack()
    # what the dialog pushes when the user chooses "import the 4 good rows": one step
    stack.push(AddEntities(shop, result.items, "Import feedback"))
    assert shop.count(FeedbackItem) == 4 and stack.count() == 1
    stack.undo()
    assert shop.count(FeedbackItem) == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_encodings(encoding: str) -> None:
    text, name = decode("Точка;Оценка\r\nСайт;5\r\n".encode(encoding))
    assert text.startswith("Точка") and name == ("utf-8" if encoding.startswith("utf") else "cp1251")


def test_utf16_tab_separated_from_excel_unicode_text() -> None:
    table = read_table("touchpoint\tscore\nSite\t4\n".encode("utf-16"))
    assert table.delimiter == "\t" and table.rows[1][1] == ["Site", "4"]


def test_english_comma_file_with_header_in_another_order(shop: JourneyMap) -> None:
    data = b'score,date,Touchpoint,comment\n4.5,2024-03-01,Website,"nice, quick"\n'
    table = read_table(data)
    assert table.delimiter == "," and table.encoding == "utf-8"
    mapping = guess_mapping(table.rows[0][1], table.width)
    assert (mapping["score"], mapping["date"], mapping["touchpoint"], mapping["text"]) == (0, 1, 2, 3)
    shop.update(Touchpoint, shop.touchpoints()[0].id, title="Website")
    result = build_items(shop, table, mapping, defaults=Defaults(scale_min=0.0, scale_max=10.0))
    assert not result.problems and result.items[0].scale_max == 10.0 and result.items[0].text == "nice, quick"


def test_touchpoint_by_id_and_ambiguous_titles(shop: JourneyMap) -> None:
    a, b = shop.touchpoints()[:2]
    shop.update(Touchpoint, b.id, title=a.title)
    table = read_table(f"{a.id};5\n{a.title};4\n".encode())
    result = build_items(shop, table, {"touchpoint": 0, "score": 1}, has_header=False)
    assert [i.touchpoint_id for i in result.items] == [a.id]
    assert result.problems[0].line == 2 and "use the id" in result.problems[0].message


def test_no_header_maps_columns_in_documented_order() -> None:
    assert guess_mapping(None, 3) == {"touchpoint": 0, "source": 1, "score": 2} | dict.fromkeys(FIELDS[3:])


def test_sniffing_prefers_the_delimiter_that_splits_most() -> None:
    assert sniff_delimiter("a;b;c\n1,5;2;3") == ";"
    assert sniff_delimiter("a,b,c\n1;2") == ","
    assert sniff_delimiter("only") == ";"


def test_files_that_are_no_table_are_refused() -> None:
    with pytest.raises(CsvError, match="Cannot tell the file's encoding"):
        read_table(bytes(range(128, 256)))
    with pytest.raises(CsvError, match="binary"):
        read_table(b"a;b\x00;c")
    unclosed_quote = b'touchpoint;text\nSite;"never closed\n' + b"x" * 200_000
    with pytest.raises(CsvError, match="Line 2.*quotes"):
        read_table(unclosed_quote)
