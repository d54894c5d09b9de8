"""The touchpoint table as CSV: Excel-friendly export, a Russian Excel dialect, and errors naming line and column."""

from __future__ import annotations

import csv
import io

import pytest

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Channel, Evidence, LaneKind, Touchpoint, new_id
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.io import csv_format
from cxdesigner.io.errors import FormatError
from tests.io.generated import generated_map


def _cards(journey) -> list[tuple]:
    """Every card as (stage title, lane title, the fields CSV carries), in table order."""
    stages = {s.id: s.title for s in journey.stages()}
    lanes = {lane.id: lane.title for lane in journey.lanes()}
    out = []
    for stage in journey.stages():
        for lane in journey.lanes():
            for t in journey.cell(stage.id, lane.id):
                out.append(
                    (stages[t.stage_id], lanes[t.lane_id], t.title, t.channel, t.owner, t.description,
                     t.moment_of_truth, t.evidence)
                )  # fmt: skip
    return out


def test_export_is_excel_friendly_and_reads_back(journey) -> None:
    tp = journey.touchpoints()[0]
    journey.update(Touchpoint, tp.id, description='multi\nline; "quoted", =SUM(A1)', moment_of_truth=True)
    data = csv_format.to_bytes(journey)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == "Stage,Lane,Channel,Owner,Title,Description,Moment of truth,Evidence,Requirements met"
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + journey.count(Touchpoint)
    assert rows[1][:5] == ["Need", "Touchpoints", "Advert", "", "Advert"] and rows[1][6] == "yes"
    assert rows[1][5].startswith("multi\nline;")
    back = csv_format.loads(data, "Shop")
    assert _cards(back) == _cards(journey)


def test_formula_like_cells_are_written_as_text_and_read_back_literally(journey) -> None:
    tp = journey.touchpoints()[0]
    journey.update(Touchpoint, tp.id, title='=HYPERLINK("x")', owner="@team", description="-5% off")
    text = csv_format.dumps(journey)
    assert "'=HYPERLINK" in text and "'@team" in text and "'-5% off" in text
    back = csv_format.loads(text.encode("utf-8"))
    assert {t.title for t in back.touchpoints()} >= {'=HYPERLINK("x")'}
    assert _cards(back) == _cards(journey)


def test_a_russian_map_uses_russian_headers_names_and_semicolons() -> None:
    journey = templates.eight_stages("Магазин", "ru")
    stage, lane = journey.stages()[3], journey.lanes()[1]
    tp = journey.add(
        Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title="Продавец", channel=Channel.STAFF,
                   moment_of_truth=True, evidence=Evidence.OBSERVED)
    )  # fmt: skip
    for i, measured in enumerate(["5", "7", ""]):
        journey.add(QualityRequirement(id=new_id(), touchpoint_id=tp.id, order=i, comparison=Comparison.AT_MOST,
                                       target="5", measured=measured))  # fmt: skip
    text = csv_format.dumps(journey)
    lines = text.splitlines()
    assert lines[0].startswith("Этап;Дорожка;Канал;Ответственный;Название")
    assert lines[1] == "Покупка;Точки контакта;Персонал;;Продавец;;да;Наблюдение;1/3 выполнено"


def test_russian_excel_dialect_cp1251_semicolons_quotes_and_newlines() -> None:
    text = (
        "Этап;Дорожка;Название;Канал;Ответственный;Момент истины;Основание;Описание\r\n"
        'Поиск;Точки контакта;Сайт магазина;сайт;Маркетинг;нет;Измерение;"адрес; короткий\r\nи «понятный»"\r\n'
        ";;;;;;;\r\n"
        "Покупка;За кулисами;Склад;Персонал;Логистика;да;со слов;\r\n"
        "Покупка;Новая дорожка;Пакет с принтом;Товар;;;;\r\n"
    )
    journey = csv_format.loads(text.encode("cp1251"), "Футболки")
    assert journey.info.language == "ru" and journey.info.title == "Футболки"
    cards = {t.title: t for t in journey.touchpoints()}
    site = cards["Сайт магазина"]
    assert site.channel is Channel.WEBSITE and site.owner == "Маркетинг" and site.evidence is Evidence.MEASURED
    assert site.description == "адрес; короткий\r\nи «понятный»" and not site.moment_of_truth
    assert cards["Склад"].moment_of_truth and cards["Склад"].evidence is Evidence.REPORTED
    assert [s.title for s in journey.stages()] == ["Поиск", "Покупка"]
    lanes = {lane.title: lane for lane in journey.lanes()}
    assert cards["Склад"].lane_id == lanes["За кулисами"].id and lanes["За кулисами"].kind is LaneKind.BACKSTAGE
    assert lanes["Новая дорожка"].kind is LaneKind.TOUCHPOINTS and len(lanes) == 8


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_and_encoding_are_found(encoding: str, delimiter: str) -> None:
    rows = [["Title", "Stage", "Channel"], ["Ёлка, зелёная", "Выбор", "Word of mouth"], ["B", "Выбор", "e-mail"]]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    journey = csv_format.loads(out.getvalue().encode(encoding))
    cards = sorted(journey.touchpoints(), key=lambda t: t.order)
    assert [(t.title, t.channel) for t in cards] == [("Ёлка, зелёная", Channel.WORD_OF_MOUTH), ("B", Channel.EMAIL)]
    assert cards[0].lane_id == next(lane.id for lane in journey.lanes() if lane.kind is LaneKind.TOUCHPOINTS)


def test_excel_sep_line_is_honoured() -> None:
    journey = csv_format.loads(b"sep=;\r\nStage;Title\r\nNeed;A, B\r\nNeed;C\r\n")
    assert sorted(t.title for t in journey.touchpoints()) == ["A, B", "C"]
    with pytest.raises(FormatError) as caught:
        csv_format.loads(b"sep=;\r\nStage;Title\r\nNeed;A\r\nNeed;B;extra\r\n")
    assert caught.value.where == "line 4"


def test_large_map_round_trips_its_table() -> None:
    journey = generated_map(600)
    back = csv_format.loads(csv_format.to_bytes(journey))
    assert _cards(back) == _cards(journey)


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("", "line 1", "empty"),
        ("Stage,Titel\nNeed,A\n", "line 1, Titel", "unknown column"),
        ("Stage,Channel\nNeed,website\n", "line 1", 'no "Title" column'),
        ("Stage,Title,Title\n", "line 1, Title", "twice"),
        ("Stage,Title,Channel\nNeed,A,website\nNeed,B,pigeon\n", "line 3, Channel", 'unknown channel: "pigeon"'),
        ('Stage,Title,Description\nNeed,A,"two\nlines"\n,B,\n', "line 4, Stage", "empty"),
        ("Этап;Название;Момент истины\nПоиск;А;может быть\n", "строка 2, Момент истины", "не «да» и не «нет»"),
        ("Stage,Title,Evidence\nNeed,A,rumour\n", "line 2, Evidence", "unknown evidence level"),
        ("Stage,Title\nNeed,A,B\n", "line 2", "3 cells"),
        ('Stage,Title\nNeed,"A\n', "line 2", "not valid CSV"),
    ],
)
def test_errors_name_line_and_column(text: str, where: str, what: str) -> None:
    with pytest.raises(FormatError) as caught:
        csv_format.loads(text.encode("utf-8"))
    assert caught.value.where == where
    assert what in caught.value.what


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Этап;Назвние\nПоиск;А\n", "строка 1, Назвние: неизвестный столбец; столбцы: Этап, Дорожка, Канал"),
        ("Этап;Канал\nПоиск;Сайт\n", "строка 1: нет столбца «Название»"),
        ("Этап;Название;Название\n", "строка 1, Название: этот столбец встречается дважды"),
        ("Этап;Название;Канал\nПоиск;А;голубь\n", "строка 2, Канал: неизвестный канал: «голубь»"),
        ("Этап;Название;Основание\nПоиск;А;слухи\n", "строка 2, Основание: неизвестное основание: «слухи»"),
        ("Этап;Название\n;А\n", "строка 2, Этап: пусто"),
        ("Этап;Название\nПоиск;А;Б\n", "строка 2: ячеек 3, а первая строка называет столбцов: 2"),
        ('Этап;Название\nПоиск;"А\n', "строка 2: это не CSV"),
    ],
)
def test_a_russian_tables_errors_are_in_russian(text: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        csv_format.loads(text.encode("utf-8"))
    assert str(caught.value).startswith(message)
    assert not any(word in str(caught.value) for word in ("line", "column", "unknown", "empty"))


def test_rows_read_into_a_russian_map_are_told_in_russian_and_an_english_map_in_english() -> None:
    from cxdesigner.domain.templates import blank

    for lang, message in (("ru", "строка 2, Channel: неизвестный канал: «pigeon»"), ("en", "line 2, Channel: unknown")):
        with pytest.raises(FormatError) as caught:
            csv_format.read_into(blank("Map", lang), "Stage,Title,Channel\nNeed,A,pigeon\n")
        assert str(caught.value).startswith(message)


def test_utf16_from_excel_unicode_text_is_read() -> None:
    journey = csv_format.loads("Stage\tTitle\r\nПоиск\tСайт\r\n".encode("utf-16"))
    assert [t.title for t in journey.touchpoints()] == ["Сайт"]


def test_import_is_linear_in_the_rows_and_reports_progress() -> None:
    """Cards keep the order of their rows; each row costs the same however many came before (the count
    of orders computed from the map is one per cell, not one per row), and progress comes every 10,000."""
    from unittest import mock

    from cxdesigner.domain.journey import JourneyMap
    from tests.bench.csv_bench import table

    seen: list[int] = []
    with mock.patch.object(JourneyMap, "cell", autospec=True, side_effect=JourneyMap.cell) as cell:
        journey = csv_format.loads(table(25_000), "Big", progress=seen.append)
    assert cell.call_count <= 8  # once per (stage, lane) cell
    assert seen == [10_000, 20_000]
    stage = next(s for s in journey.stages() if s.title == "Stage 3")
    lane = next(ln for ln in journey.lanes() if ln.title == "Touchpoints")
    titles = [t.title for t in journey.cell(stage.id, lane.id)]
    assert titles == [f"Card {i}" for i in range(3, 25_000, 8)]


def test_apostrophes_the_user_typed_survive_the_round_trip(journey) -> None:
    typed = ["'=quoted", "''=twice", "'plain", "=formula", "'", "it's"]
    tp = journey.touchpoints()[0]
    for text in typed:
        journey.update(type(tp), tp.id, title=text)
        back = csv_format.loads(csv_format.to_bytes(journey))
        assert text in [t.title for t in back.touchpoints()], text
