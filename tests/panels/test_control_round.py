"""The control round: journey order, Enter from field to field and on to the next touchpoint, Page keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.panels.control_round import ControlRound, ControlRoundDialog
from cxdesigner.panels.quality_names import today
from cxdesigner.viewstate import ViewState


@pytest.fixture
def doc(journey: JourneyMap, tmp_path: Path):
    tps = journey.touchpoints()
    # the first card in the map (stage 0) gets two requirements, stage 2 one, stage 1 and 3 none
    order = journey_order(journey)
    first, third = journey.get(Touchpoint, order[0]), journey.get(Touchpoint, order[2])
    journey.add(QualityRequirement(id="a1", touchpoint_id=first.id, order=0.0, text="Banner <b>seen</b>", target="3"))
    journey.add(QualityRequirement(id="a2", touchpoint_id=first.id, order=1.0, text="Clicks", target="10"))
    journey.add(QualityRequirement(id="c1", touchpoint_id=third.id, text="Smiles", comparison=Comparison.YES_NO,
                                   target="yes"))  # fmt: skip
    assert len(tps) == 4
    document = Document.create(tmp_path / "round.cxd", journey)
    yield document
    document.close()


@pytest.fixture
def round_(doc: Document, qtbot):
    dialog = ControlRoundDialog(doc, ViewState())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    yield dialog.round  # the fixture's frame keeps the dialog alive


def order(doc: Document) -> list[str]:
    return journey_order(doc.model)


def test_starts_at_the_first_touchpoint_and_selects_it(round_: ControlRound, doc: Document) -> None:
    first = order(doc)[0]
    assert round_.touchpoint_id == first and round_.view_state.selection == [first]
    assert round_.position.text() == "Touchpoint 1 of 2"
    assert [f.text() for f in round_.fields] == ["", ""]
    assert round_.fields[0].hasFocus()


def test_enter_records_and_moves_on(round_: ControlRound, doc: Document, qtbot) -> None:
    qtbot.keyClicks(round_.fields[0], "3,5")
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_Return)
    a1 = doc.model.get(QualityRequirement, "a1")
    assert (a1.measured, a1.checked_on) == ("3,5", today())
    assert round_.fields[1].hasFocus()
    qtbot.keyClicks(round_.fields[1], "8")
    qtbot.keyClick(round_.fields[1], Qt.Key.Key_Return)
    assert doc.model.get(QualityRequirement, "a2").measured == "8"
    third = order(doc)[2]  # the second touchpoint has no requirements: skipped
    assert round_.touchpoint_id == third and round_.view_state.selection == [third]
    assert round_.position.text() == "Touchpoint 2 of 2" and round_.fields[0].hasFocus()
    assert doc.undo_stack.count() == 2
    doc.undo()
    assert doc.model.get(QualityRequirement, "a2").measured == ""


def test_refused_value_is_put_back_with_a_message(round_: ControlRound, doc: Document, qtbot) -> None:
    qtbot.keyClicks(round_.fields[0], "lots")
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_Return)
    assert "not a number" in round_.message.text()
    assert round_.fields[0].text() == "" and round_.fields[0].hasFocus()
    assert doc.model.get(QualityRequirement, "a1").measured == "" and doc.undo_stack.count() == 0


def test_page_keys_and_buttons_walk_the_round(round_: ControlRound, doc: Document, qtbot) -> None:
    first, third = order(doc)[0], order(doc)[2]
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_PageDown)
    assert round_.touchpoint_id == third
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_PageDown)  # the last one stays
    assert round_.touchpoint_id == third and not round_.next_button.isEnabled()
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_PageUp)
    assert round_.touchpoint_id == first
    round_.only_with_requirements.setChecked(False)
    qtbot.mouseClick(round_.next_button, Qt.MouseButton.LeftButton)
    assert round_.touchpoint_id == order(doc)[1] and round_.fields == []
    assert round_.position.text() == "Touchpoint 2 of 4"
    qtbot.mouseClick(round_.previous_button, Qt.MouseButton.LeftButton)
    assert round_.touchpoint_id == first


def test_follows_the_map_and_the_model(round_: ControlRound, doc: Document) -> None:
    third = order(doc)[2]
    round_.view_state.select([third])
    assert round_.touchpoint_id == third and len(round_.fields) == 1
    doc.model.update(QualityRequirement, "c1", measured="нет")  # e.g. edited in the Quality panel
    assert round_.fields[0].text() == "нет" and round_._status_labels[0].text() == "not met"
    doc.model.add(QualityRequirement(id=new_id(), touchpoint_id=third, order=5.0, text="Bag", target="1"))
    assert len(round_.fields) == 2
    doc.model.delete([third])
    assert round_.touchpoint_id == "" and round_.fields == []
    assert round_.position.text() == "1 touchpoints on the round"


def test_a_locked_map_takes_no_measurements(round_: ControlRound, doc: Document) -> None:
    round_.view_state.set_locked(True)
    assert all(f.isReadOnly() for f in round_.fields)
    round_.view_state.set_locked(False)
    assert not any(f.isReadOnly() for f in round_.fields)


def test_each_round_is_kept_with_its_date_and_walker(round_: ControlRound, doc: Document, qtbot) -> None:
    from cxdesigner.domain import control_rounds

    assert round_.walked_on.text() == today()
    round_.walked_on.clear()
    qtbot.keyClicks(round_.walked_on, "2025-03-04")
    qtbot.keyClicks(round_.walked_by, "Anna")
    qtbot.keyClick(round_.walked_by, Qt.Key.Key_Tab)
    assert round_._previous_labels[0].text() == "first round"
    qtbot.keyClicks(round_.fields[0], "240")
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_Return)
    # half a year later, Olga walks again: the first round stays, the new value is the current one
    round_.walked_on.clear()
    qtbot.keyClicks(round_.walked_on, "2025-09-02")
    round_.walked_by.clear()
    qtbot.keyClicks(round_.walked_by, "Olga")
    qtbot.keyClick(round_.walked_by, Qt.Key.Key_Tab)
    assert round_._previous_labels[0].text() == "before: 240 (2025-03-04)"
    round_.fields[0].selectAll()
    qtbot.keyClicks(round_.fields[0], "120")
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_Return)
    a1 = doc.model.get(QualityRequirement, "a1")
    assert (a1.measured, a1.checked_on) == ("120", "2025-09-02")
    assert round_.comparison.text() == "Against the round of 2025-03-04: 1 value changed."
    history = [(r.walked_on, r.walked_by, v) for r, v in control_rounds.history(doc.model, "a1")]
    assert history == [("2025-03-04", "Anna", "240"), ("2025-09-02", "Olga", "120")]
    doc.undo()  # one step: the round's value and the current value go back together
    assert doc.model.get(QualityRequirement, "a1").measured == "240"
    assert len(control_rounds.history(doc.model, "a1")) == 1


def test_a_round_without_a_date_records_nothing(round_: ControlRound, doc: Document, qtbot) -> None:
    round_.walked_on.clear()
    qtbot.keyClicks(round_.walked_on, "spring")
    qtbot.keyClicks(round_.fields[0], "3")
    qtbot.keyClick(round_.fields[0], Qt.Key.Key_Return)
    assert "not a date" in round_.message.text() and doc.undo_stack.count() == 0
