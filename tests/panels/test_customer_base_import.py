"""The customer base import dialog: columns guessed or chosen, the analysis date, the segments, one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from cxdesigner.document import Document
from cxdesigner.domain.entities import Persona
from cxdesigner.domain.personas import Expectation
from cxdesigner.domain.segments import CustomerAnalysis, Segment
from cxdesigner.panels.customer_base_import import CustomerBaseImportDialog
from cxdesigner.panels.personas import PersonasPanel
from cxdesigner.storage.store import ProjectStore

# Five customers, each a quintile of its own: R, F and M all rank ann > bob > cat > dan > eve.
ORDERS = [
    ("Анна", "2025-03-30", 500), ("Анна", "2025-03-01", 500), ("Анна", "2025-02-01", 500), ("Анна", "2025-01-01", 500),
    ("Борис", "2025-03-20", 300), ("Борис", "2025-02-20", 300), ("Борис", "2025-01-20", 300),
    ("Вера", "2025-03-10", 400), ("Вера", "2025-02-10", 100),
    ("Глеб", "2024-06-01", 800),
    ("Ева", "2023-01-01", 10),
]  # fmt: skip


def _russian_csv(tmp_path: Path, header: str = "Клиент;Дата покупки;Сумма") -> Path:
    path = tmp_path / "база.csv"
    lines = [header] + [f"{who};{'.'.join(reversed(day.split('-')))};{amount},00" for who, day, amount in ORDERS]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def _dialog(qtbot, document: Document, path: Path) -> CustomerBaseImportDialog:
    dialog = CustomerBaseImportDialog(document, path)
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: CustomerBaseImportDialog, column: int) -> list[str]:
    return [dialog.preview.item(r, column).text() for r in range(dialog.preview.rowCount())]


def test_a_russian_csv_is_guessed_previewed_and_kept_in_one_step(qtbot, document: Document, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path))
    assert dialog.layout_choice.currentData() == "orders"
    assert dialog.mapping() == {"customer": 0, "date": 1, "amount": 2}
    assert dialog.as_of.date() == QDate(2025, 3, 30)
    # worked by hand: ann R5 F5 M5 -> true loyalty; bob R4 F4 M4 -> true loyalty; cat R3 F3 M3 -> loyal;
    # dan R2 F1 M4 -> lost (F too low for at risk); eve R1 F1 M1 -> lost
    assert _cells(dialog, 1) == ["2", "0", "1", "0", "2"]
    assert "5 customers from 11 rows" in dialog.summary.text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    (analysis,) = document.model.all(CustomerAnalysis)
    assert (analysis.as_of, analysis.source, analysis.customers) == ("2025-03-30", "база.csv", 5)
    assert [s.customers for s in sorted(document.model.all(Segment), key=lambda s: s.order)] == [2, 0, 1, 0, 2]
    document.close()
    data = document.path.read_bytes()
    for who, _day, _amount in ORDERS:  # the map keeps the figures, never a customer
        assert who.encode() not in data and who.encode("utf-16-le") not in data
    store, journey = ProjectStore.open_file(document.path)
    assert journey.count(Segment) == 5
    store.close()


def test_the_import_is_one_undo_step(qtbot, document: Document, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert document.model.count(Segment) == 5
    document.undo()
    assert document.model.count(Segment) == 0 and document.model.count(CustomerAnalysis) == 0


def test_unknown_headers_are_mapped_by_hand(qtbot, document: Document, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path, "Кто;Когда;Заплатил"))
    assert "missing: customer, last, purchases, total" in dialog.summary.text() and not dialog.keep_button.isEnabled()
    dialog.layout_choice.setFocus()
    qtbot.keyClick(dialog.layout_choice, Qt.Key.Key_Up)  # one row per order
    assert "missing: customer, date, amount" in dialog.summary.text()
    for field, column in (("customer", 0), ("date", 1), ("amount", 2)):
        combo = dialog.columns[field]
        combo.setFocus()
        for _ in range(column + 1):  # "(none)" first, then the columns in order
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.mapping() == {"customer": 0, "date": 1, "amount": 2}
    assert dialog.keep_button.isEnabled() and _cells(dialog, 1) == ["2", "0", "1", "0", "2"]


def test_an_analysis_date_the_user_picks(qtbot, document: Document, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path))
    qtbot.mouseClick(dialog.latest, Qt.MouseButton.LeftButton, pos=dialog.latest.rect().center())
    assert dialog.as_of.isEnabled()
    dialog.as_of.setDate(QDate(2025, 6, 30))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    (analysis,) = document.model.all(CustomerAnalysis)
    assert analysis.as_of == "2025-06-30"


def test_a_bad_base_names_line_and_field_and_cannot_be_kept(qtbot, document: Document, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Customer,Date,Amount\nann,2025-01-03,10\nbob,2025-01-04,-5\n", encoding="utf-8")
    dialog = _dialog(qtbot, document, path)
    assert dialog.summary.text() == "line 3, Amount: “-5” is negative"
    assert not dialog.keep_button.isEnabled() and dialog.preview.rowCount() == 0
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert document.model.count(CustomerAnalysis) == 0


def test_an_excel_base_one_row_per_customer(qtbot, document: Document, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Клиенты"
    sheet.append(["Клиент", "Последняя покупка", "Покупок", "Выручка"])
    for i in range(10):
        sheet.append([f"c{i}", date(2025, 1, 1 + i), i + 1, 100.0 * (i + 1)])
    sheet.append(["c10", "someday", 1, 5])
    path = tmp_path / "base.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, document, path)
    assert dialog.layout_choice.currentData() == "customers" and not dialog.encoding.isEnabled()
    assert dialog.summary.text().startswith("sheet Клиенты, row 12, Последняя покупка:")
    sheet.delete_rows(12)
    book.save(path)
    dialog = _dialog(qtbot, document, path)
    assert sum(int(n) for n in _cells(dialog, 1)) == 10
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert document.model.get(CustomerAnalysis, document.model.all(CustomerAnalysis)[0].id).customers == 10


def test_a_persona_made_from_a_segment_in_one_step(qtbot, document: Document, view_state, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    before, expectations = document.model.count(Persona), document.model.count(Expectation)
    menu = panel.from_segment.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["True loyalty", "Loyal", "Lost or sleeping"]  # not empty ones
    menu.actions()[0].trigger()
    persona = panel.current
    assert persona.name == "True loyalty" and persona.segment == "RFM: True loyalty"
    assert document.model.count(Persona) == before + 1
    assert document.model.count(Expectation) == expectations + 9
    seg = next(s for s in document.model.all(Segment) if s.key == "true_loyalty")
    assert seg.persona_id == persona.id and "2 customers (40 %)" in panel.segment_figures.text()
    document.undo()
    assert document.model.count(Persona) == before
    assert not next(s for s in document.model.all(Segment) if s.key == "true_loyalty").persona_id


def test_a_later_analysis_keeps_the_persona_and_shows_the_change(
    qtbot, document: Document, view_state, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, document, _russian_csv(tmp_path))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.from_segment.menu().aboutToShow.emit()
    panel.from_segment.menu().actions()[0].trigger()  # true loyalty: ann and bob
    persona = panel.current
    later = tmp_path / "later.csv"  # a quarter on: bob has not come back, two newcomers have
    added = "\r\nЖанна;25.06.2025;700,00\r\nЗоя;28.06.2025;40,00".encode("cp1251")
    later.write_bytes(_russian_csv(tmp_path).read_bytes() + added)
    dialog = _dialog(qtbot, document, later)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    first = next(a.id for a in document.model.all(CustomerAnalysis) if a.as_of == "2025-03-30")
    newest = [s for s in document.model.all(Segment) if s.analysis_id != first]
    assert next(s for s in newest if s.key == "true_loyalty").persona_id == persona.id
    assert "Since the analysis as of 2025-03-30:" in panel.segment_figures.text()
