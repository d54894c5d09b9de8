"""Numbers, yes/no answers and dates as people type them in English and Russian."""

from __future__ import annotations

import pytest

from cxdesigner.domain.values import is_iso_date, parse_date, parse_number, parse_yes_no


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5", 5.0),
        (" 4,5 ", 4.5),
        ("4.5", 4.5),
        ("-3", -3.0),
        ("\u22123,5", -3.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234\u00a0567", 1234567.0),
        ("12\u202f000", 12000.0),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        (",5", 0.5),
        ("1e3", 1000.0),
    ],
)
def test_numbers_are_read_in_both_locales(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "5 min", "1 2 3", "1,2,3", "nan", "inf", "1e999", "4,5,", "--1", "1_000"])
def test_non_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a number|too large"):
        parse_number(text)


@pytest.mark.parametrize("text", ["yes", "YES", " true", "1", "да", "Да"])
def test_yes_words(text: str) -> None:
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["no", "False", "0", "нет", "НЕТ "])
def test_no_words(text: str) -> None:
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["", "maybe", "2", "y", "д"])
def test_other_words_are_not_yes_or_no(text: str) -> None:
    with pytest.raises(ValueError, match="not yes or no"):
        parse_yes_no(text)


def test_dates() -> None:
    assert parse_date("01.02.2024") == "2024-02-01"
    assert parse_date("1.2.2024") == "2024-02-01"
    assert parse_date(" 2024-02-29 ") == "2024-02-29"
    for bad in ("31.02.2024", "2023-02-29", "2024/01/01", "yesterday", "01.02.24"):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(bad)
    assert is_iso_date("2024-12-31") and not is_iso_date("2024-13-01") and not is_iso_date("20240101")
