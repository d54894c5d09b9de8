"""The Quality panel driven like a user: cell edits, refusals, add and delete, the failing filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cxdesigner.document import Document
from cxdesigner.domain.entities import new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.panels.quality import COMPARISON, MEASURED, STATUS, TARGET, TEXT, QualityPanel
from cxdesigner.panels.quality_names import today
from cxdesigner.storage.store import ProjectStore
from cxdesigner.viewstate import ViewState


@pytest.fixture
def doc(journey: JourneyMap, tmp_path: Path):
    tp = journey.touchpoints()[1]
    journey.add(QualityRequirement(id="r1", touchpoint_id=tp.id, order=0.0, text="Answer <b>fast</b> & well",
                                   comparison=Comparison.AT_MOST, target="5", unit="min", measured="4"))  # fmt: skip
    journey.add(QualityRequirement(id="r2", touchpoint_id=tp.id, order=1.0, text="Mobile",
                                   comparison=Comparison.YES_NO, target="yes"))  # fmt: skip
    document = Document.create(tmp_path / "q.cxd", journey)
    yield document
    document.close()


@pytest.fixture
def panel(doc: Document, qtbot) -> QualityPanel:
    view_state = ViewState()
    widget = QualityPanel(doc, view_state)
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.show()
    qtbot.waitExposed(widget)
    view_state.select([doc.model.touchpoints()[1].id])
    return widget


def type_into_cell(panel: QualityPanel, qtbot, row: int, column: int, text: str) -> None:
    index = panel.table_model.index(row, column)
    panel.table.setCurrentIndex(index)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = open_editor(panel)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_editors(panel))  # the delegate commits on a queued call


def visible_editors(panel: QualityPanel) -> list[QLineEdit]:
    return [e for e in panel.table.viewport().findChildren(QLineEdit) if e.isVisible()]


def open_editor(panel: QualityPanel) -> QLineEdit:
    editors = visible_editors(panel)
    assert len(editors) == 1
    return editors[0]


def reopened(doc: Document) -> JourneyMap:
    store, journey = ProjectStore.open_file(doc.path, read_only=True)
    store.close()
    return journey


def test_follows_the_selection_and_shows_text_literally(panel: QualityPanel, doc: Document) -> None:
    model = panel.table_model
    assert model.rowCount() == 2
    assert model.index(0, TEXT).data() == "Answer <b>fast</b> & well"
    assert model.index(0, STATUS).data() == "met" and model.index(1, STATUS).data() == "not checked"
    assert not model.flags(model.index(0, STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, MEASURED)) & Qt.ItemFlag.ItemIsEditable
    assert panel.heading.text() == doc.model.touchpoints()[1].title
    panel.view_state.select([])
    assert model.rowCount() == 0 and not panel.add_button.isEnabled()


def test_cell_edit_is_one_undoable_step_in_the_file(panel: QualityPanel, doc: Document, qtbot) -> None:
    type_into_cell(panel, qtbot, 0, MEASURED, "6,5")
    req = doc.model.get(QualityRequirement, "r1")
    assert (req.measured, req.checked_on) == ("6,5", today())
    assert panel.table_model.index(0, STATUS).data() == "not met"
    assert "1 not met" in panel.summary.text()
    assert reopened(doc).get(QualityRequirement, "r1").measured == "6,5"
    assert doc.undo_stack.count() == 1
    doc.undo()
    assert panel.table_model.index(0, MEASURED).data() == "4"
    assert reopened(doc).get(QualityRequirement, "r1").measured == "4"


def test_invalid_number_is_refused_in_place(panel: QualityPanel, doc: Document, qtbot) -> None:
    type_into_cell(panel, qtbot, 0, TARGET, "five minutes")
    assert panel.message.text().startswith("The target “five minutes” is not a number")
    assert doc.model.get(QualityRequirement, "r1").target == "5"
    assert panel.table_model.index(0, TARGET).data() == "5"
    assert doc.undo_stack.count() == 0
    type_into_cell(panel, qtbot, 0, TARGET, "4,5")
    assert panel.message.text() == "" and doc.model.get(QualityRequirement, "r1").target == "4,5"


def test_yes_no_requirement_takes_russian_answers(panel: QualityPanel, doc: Document, qtbot) -> None:
    type_into_cell(panel, qtbot, 1, MEASURED, "да")
    assert panel.table_model.index(1, STATUS).data() == "met"
    type_into_cell(panel, qtbot, 1, MEASURED, "может быть")
    assert "not yes or no" in panel.message.text() and doc.model.get(QualityRequirement, "r2").measured == "да"


def test_changing_comparison_clears_values_it_cannot_read(panel: QualityPanel, doc: Document) -> None:
    assert panel.table_model.setData(panel.table_model.index(0, COMPARISON), "yes_no")
    req = doc.model.get(QualityRequirement, "r1")
    assert (req.comparison, req.target, req.measured) == (Comparison.YES_NO, "yes", "")
    doc.undo()
    assert doc.model.get(QualityRequirement, "r1").target == "5"


def test_add_and_delete_are_undoable(panel: QualityPanel, doc: Document, qtbot) -> None:
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table_model.rowCount() == 3
    editor = open_editor(panel)  # typing the new requirement's text starts at once
    qtbot.keyClicks(editor, "Seller smiles")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_editors(panel))
    assert panel.table_model.entity(2).text == "Seller smiles"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in panel.table_model.entities()][:1] == ["r2"] and doc.model.count(QualityRequirement) == 2
    doc.undo()
    assert panel.table_model.entity(0).id == "r1"
    doc.undo()
    doc.undo()
    assert panel.table_model.rowCount() == 2


def test_failing_filter_highlights_touchpoints_with_an_unmet_requirement(
    panel: QualityPanel, doc: Document, qtbot
) -> None:
    tp = doc.model.touchpoints()[1]
    panel.failing_toggle.setChecked(True)
    assert panel.view_state.highlighted("failing") == frozenset()
    panel.table_model.setData(panel.table_model.index(0, MEASURED), "7")
    qtbot.waitUntil(lambda: panel.view_state.highlighted("failing") == {tp.id})
    doc.undo()
    qtbot.waitUntil(lambda: panel.view_state.highlighted("failing") == frozenset())
    panel.table_model.setData(panel.table_model.index(0, MEASURED), "7")
    qtbot.waitUntil(lambda: panel.view_state.highlighted("failing") == {tp.id})
    panel.failing_toggle.setChecked(False)
    assert panel.view_state.highlighted("failing") == frozenset()


def test_stage_and_map_overview(panel: QualityPanel, doc: Document, qtbot) -> None:
    stage = doc.model.stages()[1]
    assert (
        panel.overview.text()
        == f"Stage {stage.title}: 1 of 2 met (50 %) · 1 not checked  ·  Whole map: 1 of 2 met (50 %) · 1 not checked"
    )
    panel.table_model.setData(panel.table_model.index(1, MEASURED), "да")
    qtbot.waitUntil(lambda: panel.overview.text().endswith("Whole map: 2 of 2 met (100 %)"))


def test_huge_text_is_kept_whole_and_shown_cut(panel: QualityPanel, doc: Document) -> None:
    text = "<i>" + "ж" * 10_000 + "</i>\n😀"
    assert panel.table_model.setData(panel.table_model.index(1, TEXT), text)
    assert doc.model.get(QualityRequirement, "r2").text == text
    shown = panel.table_model.index(1, TEXT).data()
    assert shown.startswith("<i>жж") and len(shown) <= 300 and "\n" not in shown
    assert panel.table_model.index(1, TEXT).data(Qt.ItemDataRole.EditRole) == text


def test_read_only_document_cannot_be_edited(journey: JourneyMap, tmp_path: Path, qtbot) -> None:
    tp = journey.touchpoints()[0]
    journey.add(QualityRequirement(id=new_id(), touchpoint_id=tp.id, target="1"))
    ProjectStore.create(tmp_path / "ro.cxd", journey).close()
    doc = Document.open(tmp_path / "ro.cxd", read_only=True)
    view_state = ViewState()
    panel = QualityPanel(doc, view_state)
    qtbot.addWidget(panel)
    view_state.select([tp.id])
    assert panel.table_model.rowCount() == 1 and not panel.add_button.isEnabled()
    assert not panel.table_model.flags(panel.table_model.index(0, MEASURED)) & Qt.ItemFlag.ItemIsEditable
    doc.close()


def test_russian_headers_are_never_cut(qtbot, document, view_state) -> None:  # noqa: ANN001
    """Each column is at least as wide as its header in Russian ("Единица", "Ответственный")."""
    from cxdesigner.panels.quality import QualityPanel
    from cxdesigner.ui import i18n

    assert i18n.set_language("ru")
    try:
        panel = QualityPanel(document, view_state)
        qtbot.addWidget(panel)
        header = panel.table.horizontalHeader()
        titles = [panel.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
        assert "Ответственный" in titles
        for column in range(header.count() - 1):  # the last one stretches
            needed = header.fontMetrics().horizontalAdvance(titles[column])
            assert panel.table.columnWidth(column) >= needed, titles[column]
    finally:
        i18n.set_language("en")


def test_the_history_of_a_requirement_shows_as_a_trend(panel: QualityPanel, doc: Document, qtbot) -> None:
    from cxdesigner.commands import ApplyChanges
    from cxdesigner.domain import control_rounds
    from cxdesigner.domain.control_rounds import ControlRound

    assert panel.history.words.text() == "No control round has measured it yet."
    for day, who, value in (("2025-03-04", "Anna", "9"), ("2025-06-01", "", "6"), ("2025-09-02", "Olga", "4")):
        req = doc.model.get(QualityRequirement, "r1")
        changes = control_rounds.record(doc.model, ControlRound(new_id(), day, who), req, value)
        doc.push(ApplyChanges(doc.model, changes, "Record"))
    line = panel.history.line
    assert line.values == [9.0, 6.0, 4.0] and line.target == 5.0
    ys = [p.y() for p in line.points()]
    assert ys[0] < ys[1] < ys[2]  # the answer gets faster: the line goes down, oldest on the left
    xs = [p.x() for p in line.points()]
    assert xs[0] < xs[1] < xs[2]
    assert panel.history.words.text() == (
        "3 control rounds: 2025-09-02 (Olga): 4 · 2025-06-01: 6 · 2025-03-04 (Anna): 9"
    )
    image = line.grab().toImage()  # the last point drawn in the status colour (met: green)
    last = line.points()[-1]
    assert image.pixelColor(int(last.x()), int(last.y())).green() > image.pixelColor(int(last.x()), int(last.y())).red()
    # the second row has no history: clicking it shows so
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(panel.table_model.index(1, TEXT)).center(),
    )
    assert panel.history.requirement_id == "r2" and panel.history.line.values == []


def test_in_a_narrow_dock_the_current_requirement_is_a_form(panel: QualityPanel, doc: Document, qtbot) -> None:
    from cxdesigner.panels.quality import MEASURED, STATUS, TARGET, TEXT

    assert not panel.form.isVisible() and not panel.table.isColumnHidden(TARGET)  # 800 px: every column
    panel.resize(340, 600)  # a side dock on a laptop
    qtbot.waitUntil(panel.form.isVisible)
    shown = [c for c in range(panel.table_model.columnCount()) if not panel.table.isColumnHidden(c)]
    assert shown == [TEXT, STATUS]
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = open_editor(panel)
    qtbot.keyClicks(editor, "Answered the same day")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_editors(panel))
    row = panel.table_model.rowCount() - 1
    steps = doc.undo_stack.count()
    for name, text in (("target", "100"), ("measured", "60")):
        field = panel.form.fields[name]
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # the delegate commits on a queued call
        qtbot.waitUntil(lambda n=name, t=text: getattr(panel.table_model.entity(row), n) == t)
    req = panel.table_model.entity(row)
    assert (req.text, req.target, req.measured) == ("Answered the same day", "100", "60")
    assert doc.undo_stack.count() == steps + 2  # one step per field, as in a cell
    assert panel.form.fields["status"].text() == "not met"
    assert panel.table_model.index(row, MEASURED).data() == "60"
    doc.undo()
    qtbot.waitUntil(lambda: panel.form.fields["measured"].text() == "")  # the form follows the model
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: not panel.form.isVisible() and not panel.table.isColumnHidden(TARGET))
