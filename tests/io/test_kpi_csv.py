"""KPI measurements from CSV: Russian Excel files, every bad field named by line, nothing half imported."""

from __future__ import annotations

import pytest

from cxdesigner.domain import templates
from cxdesigner.domain.improvements import Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kpis import Kpi, KpiMeasurement
from cxdesigner.io.feedback_csv import CsvError
from cxdesigner.io.kpi_csv import read_measurements


def _map() -> JourneyMap:
    journey = templates.build("sample")
    for k in journey.all(Kpi):
        journey.delete([k.id])
    imp = journey.all(Improvement)[0].id
    for kid, name in (("k1", "Повторные покупки"), ("k2", "Answer time")):
        journey.add(Kpi(id=kid, improvement_id=imp, name=name, unit="%", baseline=10, target=16,
                        started_on="2025-01-15", reviews="2025-04-15 2025-07-15"))  # fmt: skip
    return journey


def test_a_russian_excel_file_in_windows_1251_with_decimal_commas_and_dotted_dates() -> None:
    journey = _map()
    data = "Значение;Дата;Показатель\r\n12,5;10.02.2025;повторные покупки\r\n1 013,25;2025-03-01;Answer time\r\n"
    result = read_measurements(journey, data.encode("cp1251"))
    assert not result.problems and result.rows == 2
    assert [(new.kpi_id, new.measured_on, new.value) for old, new in result.changes] == [
        ("k1", "2025-02-10", 12.5), ("k2", "2025-03-01", 1013.25),
    ]  # fmt: skip
    assert all(old is None for old, _new in result.changes)


def test_a_value_for_a_day_already_measured_replaces_it_and_an_equal_one_is_no_change() -> None:
    journey = _map()
    journey.add(KpiMeasurement(id="m", kpi_id="k1", measured_on="2025-02-10", value=11.0))
    journey.add(KpiMeasurement(id="n", kpi_id="k2", measured_on="2025-02-10", value=7.0))
    result = read_measurements(journey, b"Date,KPI,Value\n2025-02-10,k1,12\n2025-02-10,Answer time,7\n")
    assert [(old.id, new.id, new.value) for old, new in result.changes] == [("m", "m", 12.0)]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Date;KPI;Value\n2025-02-10;Conversion;3\n", "line 2, KPI: no KPI called “Conversion”"),
        ("Date;KPI;Value\n2025-02-10;k1;3\n31.02.2025;k1;4\n", "line 3, Date: “31.02.2025” is not a date"),
        ("Date;KPI;Value\n2025-02-10;k1;three\n", "line 2, Value: “three” is not a number"),
        ("Date;KPI;Value\n2025-02-10;;3\n", "line 2, KPI: empty; every row names its KPI"),
        ("Date;KPI;Value\n2025-02-10;k1;\n", "line 2, Value: empty"),
        (
            "Date;KPI;Value\n2025-02-10;k1;1\n10.02.2025;K1;2\n",
            "line 3, Date: a second value for this KPI on 2025-02-10",
        ),
        ("Date;KPI;Value\n2025-02-10;k1;1e13\n", "line 2, Value: “1e13” is too large"),
    ],
)
def test_every_bad_row_is_named_by_its_line_and_field(text: str, problem: str) -> None:
    result = read_measurements(_map(), text.encode())
    assert str(result.problems[0]).startswith(problem)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        (b"Date;Value\n2025-02-10;3\n", "Line 1: no KPI column"),
        (b"\x00\x01\x02PK", "binary data"),
    ],
)
def test_a_file_that_is_no_table_of_measurements_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(CsvError) as caught:
        read_measurements(_map(), data)
    assert message in str(caught.value) and "\n" not in str(caught.value)
