"""The Revisions panel: take a snapshot, change the map, compare; differences listed and highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxdesigner.commands import AddEntities, SetFields
from cxdesigner.document import Document
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.panels.revisions import RevisionsPanel
from cxdesigner.viewstate import ViewState


def _panel(qtbot, document: Document, view_state: ViewState) -> RevisionsPanel:
    panel = RevisionsPanel(document, view_state)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _groups(panel: RevisionsPanel) -> dict[str, list[str]]:
    tree = panel.differences
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        out[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return out


def test_take_change_compare_and_highlight(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    assert "Take a snapshot now" in panel.message.text()
    qtbot.keyClicks(panel.label_edit, "Spring <2025>")
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    (snap,) = document.model.all(Snapshot)
    assert snap.label == "Spring <2025>" and panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Spring <2025> — ")
    assert panel.message.text() == "No differences." and panel.label_edit.text() == ""

    model = document.model
    site = next(t for t in model.touchpoints() if t.title == "Website")
    document.push(SetFields(model, site, "Rename", title="Web shop", owner="Olga"))
    card = Touchpoint(id=new_id(), stage_id=site.stage_id, lane_id=site.lane_id, title="Card", order=5.0)
    barrier = Barrier(id=new_id(), touchpoint_id=site.id, description="Slow pages")
    document.push(AddEntities(model, [card, barrier], "Add"))
    qtbot.waitUntil(lambda: len(_groups(panel)) == 3)
    assert _groups(panel) == {
        "Touchpoints added (1)": ["“Card”"],
        "Touchpoints changed (1)": ["“Web shop”: title, owner"],
        "New barriers (1)": ["Slow pages (“Web shop”)"],
    }
    assert view_state.highlighted("changed") == {card.id, site.id, barrier.id}
    group = panel.differences.topLevelItem(1)
    rect = panel.differences.visualItemRect(group.child(0))
    qtbot.mouseClick(panel.differences.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view_state.selection == [site.id]
    panel.highlight_toggle.setChecked(False)
    assert view_state.highlighted("changed") == frozenset()
    panel.highlight_toggle.setChecked(True)
    document.undo()
    document.undo()
    qtbot.waitUntil(lambda: panel.message.text() == "No differences.")
    assert view_state.highlighted("changed") == frozenset()


def test_two_snapshots_compare_and_delete(qtbot, document: Document, view_state: ViewState) -> None:
    panel = _panel(qtbot, document, view_state)
    first = panel.take_snapshot()
    model = document.model
    bag = next(t for t in model.touchpoints() if t.title == "Bag")
    document.push(SetFields(model, bag, "Rename", title="Gift bag"))
    second = panel.take_snapshot()
    assert first is not None and second is not None and first.label.startswith("Snapshot of ")
    assert {s.id for s in panel.snapshots()} == {first.id, second.id} and panel.list.count() == 2
    panel.old_combo.setCurrentIndex(panel.old_combo.findData(first.id))
    panel.new_combo.setCurrentIndex(panel.new_combo.findData(second.id))
    assert _groups(panel) == {"Touchpoints changed (1)": ["“Gift bag”: title"]}
    panel.list.setCurrentRow(panel.list.count() - 1)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert model.count(Snapshot) == 1
    document.undo()
    assert model.count(Snapshot) == 2


def test_a_damaged_snapshot_is_reported_in_one_line(qtbot, document: Document, view_state: ViewState) -> None:
    bad = Snapshot(id=new_id(), label="Broken", taken_at="2024-01-01T00:00:00", payload="{not json")
    document.push(AddEntities(document.model, [bad], "Add"))
    panel = _panel(qtbot, document, view_state)
    assert panel.comparison is None
    assert panel.message.text().startswith("This snapshot cannot be read: line 1")
    assert "\n" not in panel.message.text()


def test_the_voice_of_the_customer_and_measured_values_are_compared(
    qtbot, document: Document, view_state: ViewState
) -> None:
    from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource
    from cxdesigner.domain.quality import QualityRequirement

    model = document.model
    site = next(t for t in model.touchpoints() if t.title == "Website")
    praise = FeedbackItem(id=new_id(), touchpoint_id=site.id, score=5, text="Fast")
    answer = QualityRequirement(id=new_id(), touchpoint_id=site.id, text="Answer time", unit="min", measured="240")
    document.push(AddEntities(model, [praise, answer], "Add"))
    panel = _panel(qtbot, document, view_state)
    panel.take_snapshot()
    complaint = FeedbackItem(
        id=new_id(), touchpoint_id=site.id, source=FeedbackSource.COMPLAINT, score=1, text="No answer"
    )
    document.push(AddEntities(model, [complaint], "Add"))
    document.push(SetFields(model, model.get(QualityRequirement, answer.id), "Measure", measured="120"))
    qtbot.waitUntil(lambda: "Feedback added (1)" in _groups(panel))
    groups = _groups(panel)
    assert groups["Feedback added (1)"] == ["“Website”: No answer (1)"]
    assert groups["Measured emotion changes (1)"] == ["“Website”, all customers: +2.0 → +0.0"]
    assert groups["Measured value changes (1)"] == ["“Website”: Answer time: 240 → 120 min"]


def test_the_panel_says_when_the_map_is_due_again(qtbot, document: Document, view_state: ViewState) -> None:
    from datetime import date

    spring = Snapshot(id=new_id(), label="Spring", taken_at="2025-03-01T10:00:00", payload="{}")
    document.push(AddEntities(document.model, [spring], "Add"))
    panel = _panel(qtbot, document, view_state)
    panel._show_cadence(date(2025, 8, 31))  # noqa: SLF001 - the day is the test's
    assert panel.cadence.text() == "Last mapping: Spring, 2025-03-01. The next is due by 2025-09-01."
    panel._show_cadence(date(2025, 9, 1))  # noqa: SLF001
    assert panel.cadence.text().startswith("Six months have passed since the last mapping (Spring, 2025-03-01)")
    assert panel.cadence.isVisible()


def test_a_russian_map_lists_its_changes_in_russian_in_an_english_window(
    qtbot, document: Document, view_state: ViewState
) -> None:
    from cxdesigner.domain.entities import MapInfo
    from cxdesigner.domain.feedback import FeedbackItem

    model = document.model
    document.push(SetFields(model, model.info, "Language", language="ru"))
    assert isinstance(model.info, MapInfo) and model.info.language == "ru"
    site = next(t for t in model.touchpoints() if t.title == "Website")
    panel = _panel(qtbot, document, view_state)
    panel.take_snapshot()
    document.push(AddEntities(model, [FeedbackItem(id=new_id(), touchpoint_id=site.id, score=4, text="Ок")], "Add"))
    qtbot.waitUntil(lambda: "Добавлены отзывы (1)" in _groups(panel))
    groups = _groups(panel)
    assert groups["Добавлены отзывы (1)"] == ["«Website»: Ок (4)"]
    assert groups["Изменились измеренные эмоции (1)"] == ["«Website», все клиенты: – → +1,0"]
