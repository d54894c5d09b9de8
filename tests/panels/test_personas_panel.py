"""The Personas panel: add, edit, hide, and tick expectations — each an undoable edit in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cxdesigner.document import Document
from cxdesigner.domain.entities import Persona
from cxdesigner.domain.personas import Expectation, expectations_of
from cxdesigner.panels.personas import PersonasPanel
from cxdesigner.storage.store import ProjectStore


def reopened(document: Document):
    store, journey = ProjectStore.open_file(document.path, read_only=True)
    store.close()
    return journey


def test_add_persona_brings_nine_expectations_in_one_step(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    before = document.model.count(Persona)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert document.model.count(Persona) == before + 1
    added = panel.current
    assert added is not None and len(expectations_of(document.model, added.id)) == 9
    assert reopened(document).count(Expectation) == 9
    assert added.color != document.model.personas()[0].color  # a colour not yet used
    document.undo()
    assert document.model.count(Persona) == before and document.model.count(Expectation) == 0
    assert reopened(document).count(Expectation) == 0


def test_rename_by_typing_is_one_undo_step(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    persona = panel.current
    panel.name.setFocus()
    panel.name.selectAll()
    QTest.keyClicks(panel.name, "Student <b> &")
    assert document.model.get(Persona, persona.id).name == "Student <b> &"
    assert reopened(document).get(Persona, persona.id).name == "Student <b> &"
    assert panel.personas.currentItem().text() == "Student <b> &"
    document.undo()
    assert document.model.get(Persona, persona.id).name == persona.name


def test_ticking_expectations_counts_toward_loyalty(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    persona = panel.current
    assert "0 of 9" in panel.verdict.text() and "needs 6" in panel.verdict.text()
    for row in range(6):
        panel.expectations.item(row).setCheckState(Qt.CheckState.Checked)
    assert sum(e.met for e in expectations_of(document.model, persona.id)) == 6
    assert "6 of 9" in panel.verdict.text() and "kept" in panel.verdict.text()
    assert sum(e.met for e in reopened(document).all(Expectation)) == 6
    document.undo()
    assert "5 of 9" in panel.verdict.text()


def test_edit_add_remove_expectation(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    persona = panel.current
    panel.expectations.item(0).setText("Answer within 5 minutes")
    assert expectations_of(document.model, persona.id)[0].text == "Answer within 5 minutes"
    qtbot.mouseClick(panel.add_expectation, Qt.MouseButton.LeftButton)
    assert len(expectations_of(document.model, persona.id)) == 10
    panel.expectations.setCurrentRow(9)
    qtbot.mouseClick(panel.remove_expectation, Qt.MouseButton.LeftButton)
    assert len(expectations_of(document.model, persona.id)) == 9


def test_unticking_a_persona_hides_its_curve(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    persona = panel.current
    with qtbot.waitSignal(view_state.personas_changed):
        panel.personas.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not view_state.persona_visible(persona.id)


def test_delete_persona_and_undo(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    persona = panel.current
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert persona.id not in document.model and panel.personas.count() == 0
    assert not panel.name.isEnabled()
    document.undo()
    assert panel.personas.count() == 1


def test_the_ninth_expectation_is_marked_as_our_addition(qtbot, document: Document, view_state) -> None:
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    rows = [panel.expectations.item(i) for i in range(panel.expectations.count())]
    marked = [item.text() for item in rows if item.font().italic()]
    assert marked == ["Keep your promises"] and len(rows) == 9
    assert rows[8].toolTip().startswith("Our addition: the articles name eight")


def test_a_persona_is_linked_to_a_customer_segment_in_one_step_and_shows_its_figures(qtbot, tmp_path, view_state):
    from PySide6.QtWidgets import QComboBox

    from cxdesigner.domain import templates
    from cxdesigner.domain.segments import Segment

    document = Document.create(tmp_path / "sample.cxd", templates.build("sample"))
    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    panel.personas.setCurrentRow(0)
    persona = panel.current
    linked = next(s for s in document.model.all(Segment) if s.persona_id == persona.id)
    assert panel.customer_segment.currentData() == linked.id
    assert f"{linked.customers} customers" in panel.segment_figures.text()
    lost = next(s for s in document.model.all(Segment) if s.key == "lost")
    combo: QComboBox = panel.customer_segment
    assert combo.findData(lost.id) == combo.count() - 1
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last entry, as a user picks it with the keyboard
    owners = {s.key: s.persona_id for s in document.model.all(Segment)}
    assert owners["lost"] == persona.id and owners[linked.key] == ""
    assert f"{lost.customers} customers" in panel.segment_figures.text()
    reread = {s.key: s.persona_id for s in reopened(document).all(Segment)}
    assert reread == owners
    document.undo()  # one step puts both segments back
    assert {s.key: s.persona_id for s in document.model.all(Segment)}[linked.key] == persona.id
    assert panel.customer_segment.currentData() == linked.id
    document.close()


def test_an_expectation_is_tied_to_a_stage_in_one_step(qtbot, document: Document, view_state) -> None:
    from cxdesigner.domain.entities import Stage

    panel = PersonasPanel(document, view_state)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    persona = panel.current
    ninth = expectations_of(document.model, persona.id)[8]
    panel.expectations.setCurrentRow(8)
    combo = panel.expectation_stage
    assert combo.isEnabled() and combo.currentData() == ninth.stage_id == ""
    stages = document.model.stages()
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *(s.id for s in stages)]
    combo.activated.emit(2)  # what a click on the second stage sends
    assert document.model.get(Expectation, ninth.id).stage_id == stages[1].id
    assert reopened(document).get(Expectation, ninth.id).stage_id == stages[1].id
    assert panel.expectations.currentRow() == 8 and combo.currentData() == stages[1].id
    document.undo()
    assert document.model.get(Expectation, ninth.id).stage_id == "" and combo.currentData() == ""
    document.model.update(Stage, stages[1].id, title="Looking around")
    assert combo.itemText(2) == "Looking around"
