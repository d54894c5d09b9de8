"""The strategy checklist panel: scores add, change and remove the map's StrategyScore, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from cxdesigner.commands import SetFields
from cxdesigner.document import Document
from cxdesigner.domain.strategy import CHECKLIST, StrategyScore
from cxdesigner.panels.strategy import NOTES, SCORE, TITLE, StrategyPanel
from cxdesigner.viewstate import ViewState


def _panel(qtbot, document: Document, view_state: ViewState) -> StrategyPanel:
    panel = StrategyPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_scoring_adds_changes_and_removes(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    model, table = document.model, panel.table_model
    speed = next(i for i, c in enumerate(CHECKLIST) if c.key == "speed")
    assert table.rowCount() == 14 and table.index(speed, TITLE).data() == "Speed"
    assert "competitors" in table.index(speed, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert table.index(speed, SCORE).data() == "not scored"
    assert panel.summary.text().startswith("Internal: – of 5 (0 of 5 scored, 0 n/a)")
    assert table.setData(table.index(speed, SCORE), "1")
    (score,) = model.all(StrategyScore)
    assert (score.key, score.score) == ("speed", 1)
    assert table.index(speed, SCORE).data(Qt.ItemDataRole.BackgroundRole).name() == "#ffc9c9"
    assert "External: 1.0 of 5 (1 of 9 scored, 0 n/a)" in panel.summary.text()
    assert table.setData(table.index(speed, NOTES), "Answers take a day <slow> & 😴")
    assert table.setData(table.index(speed, SCORE), "n/a")
    assert model.get(StrategyScore, score.id).score is None
    assert model.get(StrategyScore, score.id).notes == "Answers take a day <slow> & 😴"
    assert "External: – of 5 (0 of 9 scored, 1 n/a)" in panel.summary.text()
    assert table.setData(table.index(speed, SCORE), "")
    assert model.count(StrategyScore) == 0 and table.index(speed, SCORE).data() == "not scored"
    document.undo()
    assert model.get(StrategyScore, score.id).score is None
    document.undo()
    document.undo()
    document.undo()
    assert model.count(StrategyScore) == 0


def test_the_choice_editor_and_russian_names(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    document.push(SetFields(document.model, document.model.info, "Language", language="ru"))
    design = next(i for i, c in enumerate(CHECKLIST) if c.key == "design")
    assert panel.table_model.index(design, TITLE).data() == "Дизайн"
    panel.table.setCurrentIndex(panel.table_model.index(design, SCORE))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    (combo,) = [c for c in panel.table.viewport().findChildren(QComboBox) if c.isVisible()]
    combo.setCurrentIndex(combo.findData("4"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: document.model.count(StrategyScore) == 1)
    assert document.model.all(StrategyScore)[0].score == 4
    view_state.set_locked(True)
    assert panel.table.editTriggers() == panel.table.EditTrigger.NoEditTriggers
