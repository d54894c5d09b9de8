"""The Conflicts panel on a file merged with conflicts: take mine, take theirs, each one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cxdesigner.cli import main
from cxdesigner.document import Document
from cxdesigner.domain.entities import Emotion, Touchpoint, new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io import json_format
from cxdesigner.panels.conflicts import ConflictsPanel
from cxdesigner.viewstate import ViewState
from tests.conftest import small_map


def merged_with_conflicts(tmp_path: Path) -> tuple[Path, str]:
    """Two people retitled "Website" and set the same emotion differently; ours is merged in place."""
    base = small_map()
    site = next(t for t in base.touchpoints() if t.title == "Website")
    persona = base.personas()[0]
    sides = {}
    for name, title, felt in (("ours", "Online shop", 1), ("theirs", "Web shop", -2)):
        side = json_format.loads(json_format.dumps(base))
        side.update(Touchpoint, site.id, title=title)
        side.add(Emotion(id=new_id(), touchpoint_id=site.id, persona_id=persona.id, designed=felt))
        sides[name] = side
    paths = {}
    for name, journey in (("base", base), *sides.items()):
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_text(json_format.dumps(journey), encoding="utf-8")
    out = tmp_path / "merged.cxd"
    assert main(["merge", str(paths["base"]), str(paths["ours"]), str(paths["theirs"]), "-o", str(out)]) == 1
    return out, site.id


def panel_on(qtbot, path: Path) -> tuple[ConflictsPanel, Document]:
    document = Document.open(path)
    panel = ConflictsPanel(document, ViewState())
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document


def rows(panel: ConflictsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def click_row(qtbot, panel: ConflictsPanel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_take_theirs_then_mine_empties_the_list_and_cleans_the_file(qtbot, tmp_path: Path) -> None:
    path, site_id = merged_with_conflicts(tmp_path)
    panel, document = panel_on(qtbot, path)
    listed = rows(panel)
    assert len(listed) == 2 and panel.message.text() == "2 conflicts from the merge."
    title_row = next(i for i, text in enumerate(listed) if "title changed differently" in text)
    assert "ours “Online shop”, theirs “Web shop”" in listed[title_row]
    click_row(qtbot, panel, title_row)
    qtbot.mouseClick(panel.theirs_button, Qt.MouseButton.LeftButton)
    model = document.model
    assert model.get(Touchpoint, site_id).title == "Web shop"
    assert len(rows(panel)) == 1 and "designed emotion" in rows(panel)[0]
    document.undo_stack.undo()  # one step: the title comes back, and its conflict with it
    panel.refresh()
    assert model.get(Touchpoint, site_id).title == "Online shop" and len(rows(panel)) == 2
    document.undo_stack.redo()
    panel.refresh()
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.mine_button, Qt.MouseButton.LeftButton)
    assert rows(panel) == [] and panel.message.text() == "No merge conflicts."
    assert model.emotion(site_id, model.personas()[0].id).designed == 1
    assert model.all(Snapshot) == []  # the merge record went with the last conflict
    document.close()
    again = Document.open(path)
    assert again.model.get(Touchpoint, site_id).title == "Web shop" and again.model.all(Snapshot) == []
    again.close()


def test_edit_selects_the_thing_in_conflict(qtbot, tmp_path: Path) -> None:
    path, site_id = merged_with_conflicts(tmp_path)
    panel, document = panel_on(qtbot, path)
    selected: list[list[str]] = []
    panel.view_state.selection_changed.connect(selected.append)
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert selected and selected[-1] == [panel.conflicts[0].entity_id]
    document.close()


def test_a_map_without_a_merge_record_has_no_conflicts(qtbot, tmp_path: Path, journey: JourneyMap) -> None:
    path = tmp_path / "plain.cxd"
    Document.create(path, journey).close()
    panel, document = panel_on(qtbot, path)
    assert rows(panel) == [] and not panel.mine_button.isEnabled()
    document.close()


def test_a_merged_file_opens_with_the_conflicts_list_in_front(qtbot, tmp_path: Path) -> None:
    from cxdesigner.ui.main_window import MainWindow

    path, _site = merged_with_conflicts(tmp_path)
    window = MainWindow.open_new(Document.open(path))
    qtbot.waitExposed(window)
    dock = window.docks["conflicts"]
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert window.panels["conflicts"].list.count() == 2
    window.close()
