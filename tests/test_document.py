"""The open document: edits through commands land in the file, undo/redo too, and the lock holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.commands import DeleteEntities, SetFields
from cxdesigner.document import Document, ProjectLocked
from cxdesigner.domain.entities import Touchpoint
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.storage.store import ProjectStore


def file_state(path: Path) -> list[str]:
    store, journey = ProjectStore.open_file(path, read_only=True)
    store.close()
    return sorted(repr(e) for e in journey.entities())


def model_state(doc: Document) -> list[str]:
    return sorted(repr(e) for e in doc.model.entities())


def test_edit_undo_redo_reach_the_file(qtbot, journey: JourneyMap, project_path: Path) -> None:
    doc = Document.create(project_path, journey)
    tp = journey.touchpoints()[0]
    with qtbot.waitSignal(doc.entity_changed) as sig:
        assert doc.push(SetFields(doc.model, tp, "Rename", title="Баннер"))
    assert sig.args[1].title == "Баннер" and sig.args[2] == frozenset({"title"})
    assert file_state(project_path) == model_state(doc)
    doc.push(DeleteEntities(doc.model, [journey.stages()[0].id], "Delete stage"))
    assert file_state(project_path) == model_state(doc)
    doc.undo()
    doc.undo()
    assert doc.model.get(Touchpoint, tp.id) == tp
    assert file_state(project_path) == model_state(doc)
    doc.redo()
    assert file_state(project_path) == model_state(doc)
    doc.close()


def test_second_opener_is_told_who_holds_the_file(journey: JourneyMap, project_path: Path) -> None:
    doc = Document.create(project_path, journey)
    with pytest.raises(ProjectLocked) as info:
        Document.open(project_path)
    assert "process" in info.value.holder
    viewer = Document.open(project_path, read_only=True)
    assert viewer.read_only
    refused = []
    viewer.edit_refused.connect(refused.append)
    assert not viewer.push(SetFields(viewer.model, viewer.model.touchpoints()[0], "x", title="x"))
    assert refused and viewer.undo_stack.count() == 0
    viewer.close()
    doc.close()
    Document.open(project_path).close()  # free again


def test_refused_edit_reports_reason(journey: JourneyMap, project_path: Path) -> None:
    doc = Document.create(project_path, journey)
    messages = []
    doc.edit_refused.connect(messages.append)
    tp = journey.touchpoints()[0]
    assert not doc.push(SetFields(doc.model, tp, "Move", lane_id="missing"))
    assert messages and "missing" in messages[0]
    doc.close()


def test_save_as_moves_the_document(journey: JourneyMap, tmp_path: Path) -> None:
    doc = Document.create(tmp_path / "a.cxd", journey)
    doc.save_as(tmp_path / "b.cxd")
    assert doc.path == tmp_path / "b.cxd"
    doc.push(SetFields(doc.model, journey.touchpoints()[0], "Rename", title="Only in b"))
    assert file_state(tmp_path / "b.cxd") == model_state(doc)
    assert file_state(tmp_path / "a.cxd") != model_state(doc)
    Document.open(tmp_path / "a.cxd").close()  # a's lock was released
    doc.close()
