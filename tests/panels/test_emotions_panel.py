"""The Emotions panel: designed values edited in the table, measured values following feedback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from cxdesigner.commands import AddEntities
from cxdesigner.document import Document
from cxdesigner.domain.entities import Persona, new_id
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.panels.emotion_table import FIXED_COLUMNS, value_text
from cxdesigner.panels.emotions import EmotionsPanel
from cxdesigner.storage.store import ProjectStore


def reopened(document: Document):
    store, journey = ProjectStore.open_file(document.path, read_only=True)
    store.close()
    return journey


def test_editing_a_designed_value_is_undoable(qtbot, document: Document, view_state) -> None:
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    model = panel.table_model
    persona = document.model.personas()[0]
    first = model.rows[0]
    index = model.index(0, FIXED_COLUMNS)
    assert model.setData(index, -2)
    assert document.model.emotion(first.id, persona.id).designed == -2
    assert reopened(document).emotion(first.id, persona.id).designed == -2
    assert model.data(model.index(0, FIXED_COLUMNS)) == "-2"
    assert model.setData(model.index(0, FIXED_COLUMNS), 1)
    assert document.model.emotion(first.id, persona.id).designed == 1
    assert model.setData(model.index(0, FIXED_COLUMNS), None)
    assert document.model.emotion(first.id, persona.id) is None
    document.undo()
    document.undo()
    assert document.model.emotion(first.id, persona.id).designed == -2
    assert not model.setData(model.index(0, FIXED_COLUMNS), 7)
    assert not model.flags(model.index(0, FIXED_COLUMNS + 1)) & Qt.ItemFlag.ItemIsEditable  # measured is read-only


def test_measured_column_follows_added_feedback(qtbot, document: Document, view_state) -> None:
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    tp = panel.table_model.rows[1]
    assert panel.table_model.data(panel.table_model.index(1, FIXED_COLUMNS + 1)) == ""
    item = FeedbackItem(id=new_id(), touchpoint_id=tp.id, score=1.0, scale_min=1.0, scale_max=5.0)
    document.push(AddEntities(document.model, [item], "feedback"))
    assert panel.table_model.data(panel.table_model.index(1, FIXED_COLUMNS + 1)) == "-2"
    curves = panel.chart.curves
    assert any(values.get(tp.id) == -2.0 for _c, values, dashed in curves if dashed) is False  # designed mode
    view_state.set_emotion_mode("both")
    assert any(values.get(tp.id) == -2.0 for _c, values, dashed in panel.chart.curves if dashed)


def test_two_personas_in_their_colours_and_toggles(qtbot, document: Document, view_state) -> None:
    second = Persona(id=new_id(), name="Office worker", color="#2b8a3e", order=5.0)
    document.push(AddEntities(document.model, [second], "persona"))
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    assert panel.table_model.columnCount() == FIXED_COLUMNS + 4
    assert {c.name() for c, _v, _d in panel.chart.curves} == {p.color for p in document.model.personas()}
    box = panel.findChild(QCheckBox, f"persona_{second.id}")
    assert box is not None
    box.setChecked(False)
    assert not view_state.persona_visible(second.id)
    assert panel.table_model.columnCount() == FIXED_COLUMNS + 2


def test_path_limits_rows_and_selecting_a_row_selects_the_card(qtbot, document: Document, view_state) -> None:
    panel = EmotionsPanel(document, view_state)
    qtbot.addWidget(panel)
    ids = [t.id for t in document.model.touchpoints()][:2]
    view_state.set_path(ids)
    assert [t.id for t in panel.table_model.rows] == ids
    assert "2 touchpoints" in panel.path_label.text()
    panel.table.setCurrentIndex(panel.table_model.index(1, 1))
    assert view_state.selection == [ids[1]]


def test_value_text() -> None:
    assert [value_text(v) for v in (None, -2, 0, 2, 0.25)] == ["", "-2", "0", "+2", "+0.2"]


def test_a_closed_panel_reads_no_rows_and_an_open_one_only_those_in_view(
    qtbot, tmp_path, view_state, monkeypatch
) -> None:
    from PySide6.QtWidgets import QHeaderView, QMainWindow

    from cxdesigner.ui.window_layout import scrolling
    from tests.bench.generate import synthetic_map

    document = Document.create(tmp_path / "big.cxd", synthetic_map(300))
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = EmotionsPanel(document, view_state)
    area = scrolling(panel)
    window.setCentralWidget(area)
    area.hide()
    calls = [0]
    model = panel.table_model
    original = type(model).data

    def counting(self, *args):
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(type(model), "data", counting)
    window.show()
    model.beginResetModel()
    model.endResetModel()
    qtbot.wait(50)
    assert calls[0] == 0  # Qt sized a hidden table's columns from every row: 96 reads per card
    area.show()
    qtbot.waitUntil(lambda: calls[0] > 0)
    qtbot.wait(50)
    assert panel.table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert calls[0] < 40 * model.columnCount() * 12  # a screenful of rows, not 300
    document.close()
