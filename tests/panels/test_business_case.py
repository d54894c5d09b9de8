"""The business case and KPI window: typed values, measurements by hand and from CSV, each one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain import kpis, templates
from cxdesigner.domain.improvements import Improvement
from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement
from cxdesigner.panels.barriers import BarriersPanel
from cxdesigner.panels.business_case import BusinessCaseDialog
from cxdesigner.storage.store import ProjectStore


def reopened(document: Document):
    store, journey = ProjectStore.open_file(document.path, read_only=True)
    store.close()
    return journey


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _sample(tmp_path: Path) -> Document:
    return Document.create(tmp_path / "sample.cxd", templates.build("sample"))


def test_the_roadmap_opens_the_chosen_improvement_s_case_with_its_kpi_chart(qtbot, tmp_path, view_state) -> None:
    document = _sample(tmp_path)
    panel = BarriersPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.case_button.isEnabled()
    ink = next(i for i in document.model.all(Improvement) if i.title.startswith("Switch to a wash-proof"))
    panel.roadmap_table.selectRow(panel.roadmap_model.row_of(ink.id))
    qtbot.mouseClick(panel.case_button, Qt.MouseButton.LeftButton)
    dialog = panel.case_dialog
    assert isinstance(dialog, BusinessCaseDialog) and dialog.isVisible() and dialog.improvement_id == ink.id
    assert dialog.cost.text() == "120000" and dialog.segment.currentText() == "Loyal"  # no separator to misread
    assert dialog.barrier.currentText() == "The print fades after the first wash"
    assert dialog.kpi_list.count() == 1 and dialog.name.text() == "Orders returned for a faded print"
    assert dialog.values.rowCount() == 3 and len(dialog.chart.points()) == 3
    assert "Review 2025-04-01: 4.1\u00a0% against 4.01\u00a0% on the line, behind" in dialog.status.text()
    line = dialog.chart.line()
    assert line[0].y() < line[1].y()  # a falling target: the line goes down the chart (y grows downwards)
    dialog.close()
    document.close()


def test_typing_the_case_and_a_new_kpi_each_one_step_kept_in_the_file(qtbot, tmp_path, view_state) -> None:
    document = _sample(tmp_path)
    card = next(i for i in document.model.all(Improvement) if i.title.startswith("A one-page returns card"))
    dialog = BusinessCaseDialog(document, card.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.case is None and not dialog.name.isEnabled()
    _type(qtbot, dialog.cost, "1 500,5")  # the first value makes the case
    case = dialog.case
    assert case is not None and case.cost == 1500.5 and reopened(document).get(BusinessCase, case.id).cost == 1500.5
    _type(qtbot, dialog.benefit, "lots")
    assert "“lots” is not a number" in dialog.message.text() and dialog.case.benefit is None
    assert dialog.benefit.text() == ""  # the stored value again
    qtbot.mouseClick(dialog.add_kpi_button, Qt.MouseButton.LeftButton)
    kpi = dialog.current
    assert kpi is not None and kpi.name == "New KPI" and len(kpi.reviews.split()) == 2
    _type(qtbot, dialog.name, "Same answer from every seller")
    _type(qtbot, dialog.unit, "%")
    _type(qtbot, dialog.baseline, "40")
    _type(qtbot, dialog.target, "90")
    _type(qtbot, dialog.started_on, "01.02.2025")
    _type(qtbot, dialog.reviews, "01.05.2025, 2025-08-01")
    stored = document.model.get(Kpi, kpi.id)
    assert (stored.name, stored.unit, stored.baseline, stored.target) == ("Same answer from every seller", "%", 40, 90)
    assert (stored.started_on, stored.reviews) == ("2025-02-01", "2025-05-01 2025-08-01")
    assert reopened(document).get(Kpi, kpi.id) == stored
    _type(qtbot, dialog.reviews, "2024-12-01")  # before the start: refused, the stored dates shown again
    assert "after the start" in dialog.message.text() and dialog.reviews.text() == "2025-05-01 2025-08-01"
    dialog.strategy.setFocus()
    qtbot.keyClick(dialog.strategy, Qt.Key.Key_End)  # the last characteristic: clear paths to resolution
    assert document.model.get(Kpi, kpi.id).strategy_key == "resolution"
    _type(qtbot, dialog.value_date, "15.05.2025")
    _type(qtbot, dialog.value, "55")  # Return adds it
    (value,) = kpis.measurements_of(document.model, kpi.id)
    assert (value.measured_on, value.value) == ("2025-05-15", 55.0) and dialog.value.text() == ""
    _type(qtbot, dialog.value, "70")  # the same day again: its value changes, no second row
    assert [m.value for m in kpis.measurements_of(document.model, kpi.id)] == [70.0]
    assert "Review 2025-05-01: not measured yet" in dialog.status.text()
    document.undo()
    assert [m.value for m in kpis.measurements_of(document.model, kpi.id)] == [55.0]
    for _ in range(9):
        document.undo()  # value, strategy, reviews, start, target, baseline, unit, name, the KPI
    assert kpi.id not in document.model and dialog.kpi_list.count() == 0
    document.undo()
    assert dialog.case is None and reopened(document).count(BusinessCase) == 1  # the sample's own
    dialog.close()
    document.close()


def test_measurements_from_a_russian_csv_in_one_step_and_a_bad_file_changes_nothing(qtbot, tmp_path, view_state):
    document = _sample(tmp_path)
    (kpi,) = document.model.all(Kpi)
    dialog = BusinessCaseDialog(document, kpi.improvement_id)
    qtbot.addWidget(dialog)
    before = document.model.count(KpiMeasurement)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Дата;Показатель;Значение\n30.04.2025;Orders returned for a faded print;3,6\n31.04.2025;x;1\n"
                    .encode("cp1251"))  # fmt: skip
    assert not dialog.import_measurements(bad)
    assert dialog.message.text().startswith("bad.csv: line 3, KPI: no KPI called “x” (and 1 more problems)")
    assert document.model.count(KpiMeasurement) == before
    good = tmp_path / "good.csv"
    good.write_bytes("Дата;Показатель;Значение\n30.04.2025;orders returned for a faded print;3,6\n"
                     "31.03.2025;Orders returned for a faded print;4\n".encode("cp1251"))  # fmt: skip
    assert dialog.import_measurements(good)
    assert dialog.message.text() == "good.csv: 2 values imported."
    values = [(m.measured_on, m.value) for m in kpis.measurements_of(document.model, kpi.id)]
    assert values == [("2025-01-31", 5.2), ("2025-02-28", 4.9), ("2025-03-31", 4.0), ("2025-04-30", 3.6)]
    assert reopened(document).count(KpiMeasurement) == before + 1
    assert "Review 2025-04-01: 4\u00a0% against 4.01\u00a0% on the line, on track" in dialog.status.text()
    document.undo()  # one step
    assert [m.value for m in kpis.measurements_of(document.model, kpi.id)] == [5.2, 4.9, 4.1]
    document.close()


def test_the_strategy_checklist_names_the_kpis_that_measure_each_characteristic(qtbot, tmp_path, view_state) -> None:
    from cxdesigner.domain.strategy import CHECKLIST
    from cxdesigner.panels.strategy import KPIS, StrategyPanel

    document = _sample(tmp_path)
    panel = StrategyPanel(document, view_state)
    qtbot.addWidget(panel)
    model = panel.table.model()
    row = next(i for i, c in enumerate(CHECKLIST) if c.key == "consistency")
    assert model.index(row, KPIS).data() == "Orders returned for a faded print"
    assert model.headerData(KPIS, Qt.Orientation.Horizontal) == "Measured by"
    (kpi,) = document.model.all(Kpi)
    from cxdesigner.commands import SetFields

    document.push(SetFields(document.model, kpi, "edit", strategy_key="speed"))
    assert model.index(row, KPIS).data() == ""
    speed = next(i for i, c in enumerate(CHECKLIST) if c.key == "speed")
    assert model.index(speed, KPIS).data() == "Orders returned for a faded print"
    document.close()


def test_a_large_amount_shown_for_editing_reads_back_unchanged_in_both_languages(qtbot, tmp_path) -> None:
    for language in ("en", "ru"):
        document = Document.create(tmp_path / f"{language}.cxd", templates.build("sample", language=language))
        (kpi,) = document.model.all(Kpi)
        document.push(SetFields(document.model, kpi, "edit", target=1234.5))
        dialog = BusinessCaseDialog(document, kpi.improvement_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.target.text() == ("1234.5" if language == "en" else "1234,5")
        _type(qtbot, dialog.cost, dialog.cost.text())  # leaving a field as shown changes nothing
        _type(qtbot, dialog.target, dialog.target.text())
        assert kpis.case_of(document.model, kpi.improvement_id).cost == 120_000
        assert document.model.get(Kpi, kpi.id).target == 1234.5 and document.undo_stack.count() == 1
        dialog.close()
        document.close()
