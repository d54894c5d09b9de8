"""CSV files in the code pages spreadsheets write come in with their text intact, or are refused in one line."""

from __future__ import annotations

import pytest

from cxdesigner.io import csv_format, encodings
from cxdesigner.io.errors import FormatError
from cxdesigner.io.feedback_csv import CsvError, read_table

WESTERN = "Stage,Title,Description\r\nBuy,Café Größe naïve,Crème brûlée – señor’s «choix» für 5 €\r\nBuy,Façade,Ærø\r\n"
RUSSIAN = (
    "Этап;Название;Описание\r\n"
    "Покупка;Продавец;Был вежлив и быстро помог с размером\r\n"
    "Оплата;Касса;Очередь длинная, ждали пятнадцать минут\r\n"
)
RUSSIAN_SHORT = "Этап;Название\r\nПокупка;Касса\r\n"
RUSSIAN_CAPS = "ЭТАП;НАЗВАНИЕ\r\nПОКУПКА;ПРОДАВЕЦ БЫЛ ВЕЖЛИВ И БЫСТРО ПОМОГ С РАЗМЕРОМ\r\n"


def cards(text: str) -> list[tuple[str, ...]]:
    """(stage, title, description) of every card the CSV text should give."""
    header, *lines = [line for line in text.split("\r\n") if line]
    delimiter = ";" if ";" in header else ","
    return [(*line.split(delimiter), "", "")[:3] for line in lines]


def imported(data: bytes, encoding: str | None = None) -> list[tuple[str, ...]]:
    journey = csv_format.loads(data, encoding=encoding)
    stages = {s.id: s.title for s in journey.stages()}
    ordered = sorted(journey.touchpoints(), key=lambda t: (stages[t.stage_id], t.order))
    return sorted((stages[t.stage_id], t.title, t.description) for t in ordered)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (WESTERN, "cp1252"),
        (RUSSIAN, "koi8_r"),
        (RUSSIAN, "cp866"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN_SHORT, "koi8_r"),
        (RUSSIAN_SHORT, "cp866"),
        (RUSSIAN_SHORT, "cp1251"),
        (RUSSIAN_CAPS, "koi8_r"),
        (RUSSIAN_CAPS, "cp1251"),
        (RUSSIAN_CAPS, "cp866"),
        (WESTERN, "utf-16"),
        (RUSSIAN, "utf-8-sig"),
    ],
)
def test_a_file_in_a_spreadsheets_code_page_imports_intact(text: str, codec: str) -> None:
    data = text.encode(codec)
    decoded, name = encodings.decode(data)
    assert decoded == text and name == codec.removesuffix("-sig")
    assert imported(data) == sorted(cards(text))
    assert read_table(data).encoding == name


def test_the_western_names_come_in_letter_for_letter() -> None:
    titles = {t.title for t in csv_format.loads(WESTERN.encode("cp1252")).touchpoints()}
    assert titles == {"Café Größe naïve", "Façade"}


def test_koi8_read_as_windows_1251_is_not_taken_for_russian() -> None:
    """The fast path: KOI8-R bytes decode as Windows-1251 too, to letters in swapped case and wrong frequencies."""
    assert encodings.clearly_russian(RUSSIAN.encode("cp1251").decode("cp1251"))
    assert not encodings.clearly_russian(RUSSIAN.encode("koi8_r").decode("cp1251"))
    assert not encodings.clearly_russian(RUSSIAN_CAPS.encode("koi8_r").decode("cp1251"))
    assert not encodings.clearly_russian(WESTERN.encode("cp1252").decode("cp1251"))


@pytest.mark.parametrize("data", [bytes(range(128, 256)), b"x;\xe9\n", b"\xc1\xc2\xc3\n"])
def test_a_file_whose_encoding_cannot_be_decided_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(FormatError) as caught:
        csv_format.loads(data)
    message = str(caught.value)
    assert "\n" not in message and "Cannot tell the file's encoding" in message
    for name in ("UTF-8", "UTF-16", "Windows-1251", "Windows-1252", "KOI8-R", "CP866"):
        assert name in message
    with pytest.raises(CsvError, match="Cannot tell"):
        read_table(data)


def test_a_chosen_encoding_is_used_as_it_is() -> None:
    data = "Stage;Title\r\nА;Б\r\n".encode("koi8_r")
    assert imported(data, "koi8_r") == [("А", "Б", "")]
    assert imported(data, "cp1251") == [("б", "в", "")]  # the user's choice is obeyed, not second-guessed
    with pytest.raises(FormatError, match=r"not UTF-8 text \(byte 14\); choose another encoding"):
        csv_format.loads(data, encoding="utf-8")
    assert read_table(data, encoding="koi8_r").encoding == "koi8_r"


def test_every_offered_encoding_is_a_codec() -> None:
    for codec in encodings.ENCODINGS:
        assert "x".encode(codec)
