"""The Barriers & Improvements panel: add, edit and link with undo; the roadmap puts quick wins first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cxdesigner.commands import AddEntities
from cxdesigner.document import Document
from cxdesigner.domain.entities import new_id
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, ImprovementStatus
from cxdesigner.panels.barriers import BarriersPanel
from cxdesigner.viewstate import ViewState


def _panel(qtbot, document: Document, view_state: ViewState) -> BarriersPanel:
    panel = BarriersPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _editor(table) -> QLineEdit:
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def _type(qtbot, table, text: str) -> None:
    editor = _editor(table)
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()])


def _cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def test_add_a_barrier_at_the_selected_touchpoint_and_edit_it(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    assert not panel.add_barrier_button.isEnabled()
    seller = next(t for t in document.model.touchpoints() if t.title == "Seller")
    view_state.select([seller.id])
    assert panel.add_barrier_button.isEnabled() and "Seller" in panel.hint.text()
    qtbot.mouseClick(panel.add_barrier_button, Qt.MouseButton.LeftButton)
    (barrier,) = document.model.all(Barrier)
    assert barrier.touchpoint_id == seller.id and barrier.stage_id == ""
    _type(qtbot, panel.barrier_table, "Rude <b>answers</b> & 😠")
    assert document.model.get(Barrier, barrier.id).description == "Rude <b>answers</b> & 😠"
    assert _cell(panel.barrier_table, 0, 0) == "Seller"
    model = panel.barrier_model
    assert model.setData(model.index(0, 2), "12,5 %")
    assert document.model.get(Barrier, barrier.id).share_lost == 0.125
    assert _cell(panel.barrier_table, 0, 2) == "12.5 %"
    assert not model.setData(model.index(0, 2), "150")
    assert "0 to 100" in panel.message.text() and document.model.get(Barrier, barrier.id).share_lost == 0.125
    document.undo()  # the share
    document.undo()  # the description
    assert document.model.get(Barrier, barrier.id).description == ""
    document.undo()  # the barrier
    qtbot.waitUntil(lambda: panel.barrier_model.rowCount() == 0)


def test_roadmap_orders_quick_wins_first_and_follows_edits(qtbot, document: Document, view_state: ViewState) -> None:
    model = document.model
    slow = Improvement(id=new_id(), title="New website", effort=5, impact=5)
    quick = Improvement(id=new_id(), title="Card in the bag", effort=1, impact=4, status=ImprovementStatus.PLANNED)
    document.push(AddEntities(model, [slow, quick], "Add"))
    panel = _panel(qtbot, document, view_state)
    table = panel.roadmap_table
    assert [_cell(table, r, 0) for r in range(2)] == ["Card in the bag", "New website"]
    assert _cell(table, 0, 5) == "★" and _cell(table, 1, 5) == ""
    assert table.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#d3f9d8"
    # The website gets cheap: it becomes the first quick win (impact 5 / effort 1).
    assert table.model().setData(table.model().index(1, 3), "1")
    qtbot.waitUntil(lambda: _cell(table, 0, 0) == "New website")
    assert model.get(Improvement, slow.id).effort == 1
    assert table.model().setData(table.model().index(0, 2), "done")
    qtbot.waitUntil(lambda: _cell(table, 1, 0) == "New website")
    assert _cell(table, 1, 2) == "done" and _cell(table, 1, 5) == ""
    document.undo()
    document.undo()
    qtbot.waitUntil(lambda: _cell(table, 0, 0) == "Card in the bag")


def test_link_and_unlink_an_improvement_and_choose_rows_from_the_map(
    qtbot, document: Document, view_state: ViewState
) -> None:
    model = document.model
    stage = model.stages()[2]
    barrier = Barrier(id=new_id(), stage_id=stage.id, description="Queue at the till", share_lost=0.2)
    document.push(AddEntities(model, [barrier], "Add"))
    panel = _panel(qtbot, document, view_state)
    assert _cell(panel.barrier_table, 0, 0) == "stage Choice" and _cell(panel.barrier_table, 0, 2) == "20 %"
    panel.barrier_table.selectRow(0)
    assert view_state.selection == [barrier.id]
    improvement = panel.add_improvement()
    assert improvement is not None
    _editor(panel.roadmap_table).selectAll()
    _type(qtbot, panel.roadmap_table, "Second till")
    (link,) = model.all(ImprovementBarrier)
    assert (link.improvement_id, link.barrier_id) == (improvement.id, barrier.id)
    qtbot.waitUntil(lambda: _cell(panel.barrier_table, 0, 3) == "Second till")
    panel.barrier_table.selectRow(0)
    panel.roadmap_table.selectRow(0)
    assert panel.link_button.text() == "Unlink from the chosen barrier"
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert model.count(ImprovementBarrier) == 0 and panel.link_button.text() == "Link to the chosen barrier"
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert model.count(ImprovementBarrier) == 1
    # Choosing on the map (the view state) chooses the row.
    panel.roadmap_table.clearSelection()
    view_state.select([improvement.id])
    assert panel.chosen(panel.roadmap_table) == model.get(Improvement, improvement.id)
    qtbot.mouseClick(panel.delete_improvement_button, Qt.MouseButton.LeftButton)
    assert model.count(Improvement) == 0 and model.count(ImprovementBarrier) == 0
    document.undo()
    assert model.count(Improvement) == 1 and model.count(ImprovementBarrier) == 1


def test_read_only_or_locked_panel_edits_nothing(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    view_state.select([document.model.touchpoints()[0].id])
    view_state.set_locked(True)
    assert not panel.add_barrier_button.isEnabled() and not panel.add_improvement_button.isEnabled()
